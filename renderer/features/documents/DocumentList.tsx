import { useState } from 'react';
import type { DocumentMeta, Participant } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { AddVersion } from './AddVersion';
import { lineages } from './doc-form';
import { DocumentBadges } from './DocumentBadges';
import { DocumentEditDialog } from './DocumentEditDialog';
import './documents.css';

/** read: delegates; draft: the secretariat may edit and delete; published: only new versions. */
export type DocumentListMode = 'read' | 'draft' | 'published';

type Props = {
  docs: readonly DocumentMeta[];
  mode: DocumentListMode;
  roster?: readonly Participant[];
  emptyText: string;
  onOpen(doc: DocumentMeta): void;
  onChanged?(): void;
};

export function DocumentList({ docs, mode, roster = [], emptyText, onOpen, onChanged }: Props) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [editing, setEditing] = useState<DocumentMeta | null>(null);
  const [removing, setRemoving] = useState<DocumentMeta | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useAction();
  if (docs.length === 0) return <p className="empty">{emptyText}</p>;

  const confirmRemove = async () => {
    if (!removing) return;
    const done = await remove.run(() => api.invoke('documents:remove', { documentId: removing.id }));
    setRemoving(null);
    if (done !== null) onChanged?.();
  };

  return (
    <>
      {remove.error ? <Alert tone="error">{errorText(remove.error)}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ul className="doc-list">
        {lineages(docs).map(({ current, older }) => (
          <li key={current.id} className="doc" data-testid="document">
            <div className="doc__main">
              <button
                type="button"
                className="doc__open"
                onClick={() => onOpen(current)}
                aria-label={t('doc.open', { title: current.title })}
              >
                <span className="doc__icon" aria-hidden="true">
                  PDF
                </span>
                <span className="doc__title">{current.title}</span>
              </button>
              <DocumentBadges doc={current} showVisibility={mode !== 'read'} />
            </div>
            {mode === 'draft' ? (
              <div className="doc__actions">
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => setEditing(current)}
                  aria-label={t('doc.editHeading', { title: current.title })}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn--small btn--danger-ghost"
                  onClick={() => setRemoving(current)}
                  aria-label={t('doc.remove', { title: current.title })}
                >
                  {t('common.delete')}
                </button>
              </div>
            ) : null}
            {mode === 'published' ? (
              <AddVersion
                doc={current}
                onAdded={(v) => {
                  setNotice(t('doc.versionAdded', { n: v.version }));
                  onChanged?.();
                }}
              />
            ) : null}
            {older.length > 0 ? (
              <details className="doc__older">
                <summary>{t('doc.olderVersions', { n: older.length })}</summary>
                <ul className="doc-list doc-list--older">
                  {older.map((d) => (
                    <li key={d.id} className="doc doc--old">
                      <button
                        type="button"
                        className="doc__open"
                        onClick={() => onOpen(d)}
                        aria-label={t('doc.open', { title: `${d.title} (${t('doc.version', { n: d.version })})` })}
                      >
                        <span className="doc__title">{d.title}</span>
                      </button>
                      <DocumentBadges doc={d} showVisibility={false} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {editing ? (
        <DocumentEditDialog
          doc={editing}
          roster={roster}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onChanged?.();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('doc.removeConfirm', { title: removing.title })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          busy={remove.busy}
          danger
          onConfirm={confirmRemove}
          onCancel={() => setRemoving(null)}
        >
          <p>{removing.fileName}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
