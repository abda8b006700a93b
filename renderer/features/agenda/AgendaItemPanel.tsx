import { useState } from 'react';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem, DocumentMeta, Meeting, Participant } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { DocumentImport } from '../documents/DocumentImport';
import { DocumentList } from '../documents/DocumentList';
import { AgendaItemForm } from './AgendaItemForm';
import './agenda.css';

type Props = {
  meeting: Meeting;
  item: AgendaItem;
  number: string;
  documents: readonly DocumentMeta[];
  roster: readonly Participant[];
  onAddSub(parentId: AgendaItemId): void;
  onRemoved(): void;
  onOpen(doc: DocumentMeta): void;
  refresh(): Promise<void>;
};

/** The selected agenda item: its details, its documents and the PDF import. */
export function AgendaItemPanel({ meeting, item, number, documents, roster, onAddSub, onRemoved, onOpen, refresh }: Props) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const remove = useAction();
  const published = meeting.status === 'published';
  const docs = documents.filter((d) => d.agendaItemId === item.id);

  const doRemove = async () => {
    const r = await remove.run(() => api.invoke('agenda:remove', { itemId: item.id }));
    setConfirmRemove(false);
    if (r) {
      onRemoved();
      await refresh();
    }
  };

  return (
    <article className="item-panel" aria-labelledby="item-panel-title">
      <header className="item-panel__head">
        <div>
          <p className="eyebrow">{t('agenda.itemNumber', { number })}</p>
          <h2 id="item-panel-title" className="item-panel__title">
            {item.title}
          </h2>
        </div>
        <div className="item-panel__actions">
          {item.parentId === null ? (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => onAddSub(item.id)}
              aria-label={t('agenda.addSubItemTo', { title: item.title })}
            >
              + {t('agenda.addSubItem')}
            </button>
          ) : null}
          <button
            type="button"
            className="btn btn--small btn--danger-ghost"
            onClick={() => setConfirmRemove(true)}
            aria-label={t('agenda.remove', { title: item.title })}
          >
            {t('common.delete')}
          </button>
        </div>
      </header>
      {remove.error ? <Alert tone="error">{errorText(remove.error)}</Alert> : null}

      <section className="card" aria-label={t('agenda.editItem')}>
        <AgendaItemForm
          key={item.id}
          item={item}
          submitLabel={t('common.save')}
          onSubmit={async (patch) => {
            const r = await api.invoke('agenda:update', { itemId: item.id, patch });
            if (!r.ok) return r.error;
            await refresh();
            return null;
          }}
        />
      </section>

      <section className="card" aria-labelledby="item-docs-heading">
        <h3 id="item-docs-heading" className="section-title">
          {t('documents.heading')}
        </h3>
        {published ? <p className="hint">{t('doc.frozen')}</p> : null}
        <DocumentList
          docs={docs}
          mode={published ? 'published' : 'draft'}
          roster={roster}
          emptyText={t('agenda.noDocuments')}
          onOpen={onOpen}
          onChanged={() => void refresh()}
        />
      </section>

      {!published ? (
        <section className="card">
          <DocumentImport key={item.id} meetingId={meeting.id} agendaItemId={item.id} roster={roster} onImported={() => void refresh()} />
        </section>
      ) : null}

      {confirmRemove ? (
        <ConfirmDialog
          title={t('agenda.removeConfirm', { title: item.title })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          busy={remove.busy}
          danger
          onConfirm={doRemove}
          onCancel={() => setConfirmRemove(false)}
        >
          <p>{item.title}</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
