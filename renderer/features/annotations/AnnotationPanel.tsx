import { useEffect, useState } from 'react';
import { ANNOTATION_COLORS, COLOR_RGB, type AnnotationColor } from '../../../shared/annotations/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from './format';
import { useI18n } from '../../app/i18n';
import type { AnnotationSnapshot, AnnotationStore, AnnotationView } from './store';
import './annotations.css';

/** Text edits are committed after a pause (one undo step per pause, not per keystroke) and on blur. */
const TEXT_COMMIT_MS = 700;

export const swatch = (c: AnnotationColor) => {
  const [r, g, b] = COLOR_RGB[c];
  return `rgb(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)})`;
};

/** The list of the document's annotations and the editor of the selected one. */
export function AnnotationPanel({ store, snap, onGo }: { store: AnnotationStore; snap: AnnotationSnapshot; onGo(page: number): void }) {
  const { t, errorText } = useI18n();
  const selected = snap.list.find((a) => a.id === snap.selectedId) ?? null;
  return (
    <div className="an-panel" data-testid="annotation-panel">
      {snap.error ? (
        <p className="pv-panel__error" role="alert">
          {t('annot.error', { message: errorText(snap.error) })}
        </p>
      ) : null}
      {selected ? <AnnotationEditor key={selected.id} a={selected} store={store} /> : null}
      {snap.list.length === 0 ? <p className="pv-muted">{t('annot.list.empty')}</p> : null}
      <ul className="an-list">
        {snap.list.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={`an-item${a.id === snap.selectedId ? ' an-item--selected' : ''}`}
              data-annotation-item={a.id}
              onClick={() => {
                store.select(a.id);
                onGo(a.page);
              }}
            >
              <span className="an-item__dot" style={{ background: swatch(a.color) }} />
              <span className="an-item__body">
                <span className="an-item__head">
                  {t(`annot.kind.${a.kind}`)} · {t('annot.pageN', { page: a.page })} ·{' '}
                  {a.scope === 'shared' ? t('annot.shared') : t('annot.private')}
                </span>
                {a.kind === 'highlight' && a.quote ? <span className="an-item__quote">“{a.quote}”</span> : null}
                {a.text ? <span className="an-item__text">{a.text}</span> : null}
                {a.scope === 'shared' ? (
                  <span className="an-item__by">
                    {t('annot.by', { name: a.authorName, time: formatDateTime(a.sharedAt ?? a.createdAt) })}
                  </span>
                ) : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AnnotationEditor({ a, store }: { a: AnnotationView; store: AnnotationStore }) {
  const { t } = useI18n();
  const [text, setText] = useState(a.text);
  useEffect(() => setText(a.text), [a.text]);
  useEffect(() => {
    if (text === a.text) return;
    const h = setTimeout(() => store.update(a.id, { text }), TEXT_COMMIT_MS);
    return () => clearTimeout(h);
  }, [text, a.id, a.text, store]);
  const [askShare, setAskShare] = useState(false);
  const label = a.kind === 'note' ? t('annot.text.note') : a.kind === 'ink' ? t('annot.text.drawing') : t('annot.text.comment');
  return (
    <section className="an-editor" aria-label={t(`annot.kind.${a.kind}`)} data-testid="annotation-editor">
      <div className="an-editor__meta">
        <strong>{t(`annot.kind.${a.kind}`)}</strong> · {t('annot.pageN', { page: a.page })} ·{' '}
        {a.scope === 'shared' ? t('annot.shared') : t('annot.private')}
        <div className="an-item__by">{t('annot.by', { name: a.authorName, time: formatDateTime(a.sharedAt ?? a.createdAt) })}</div>
      </div>
      {a.mine ? (
        <>
          <div className="an-colors" role="radiogroup" aria-label={t('viewer.zoom')}>
            {ANNOTATION_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={a.color === c}
                className={`an-color${a.color === c ? ' an-color--on' : ''}`}
                style={{ background: swatch(c) }}
                title={t('annot.color', { color: t(`annot.color.${c}`) })}
                aria-label={t('annot.color', { color: t(`annot.color.${c}`) })}
                onClick={() => store.update(a.id, { color: c })}
              />
            ))}
          </div>
          <label className="pv-field">
            <span>{label}</span>
            <textarea
              rows={4}
              value={text}
              autoFocus={a.kind === 'note' && a.text === ''}
              onChange={(e) => setText(e.target.value)}
              onBlur={() => text !== a.text && store.update(a.id, { text })}
            />
          </label>
          <div className="an-editor__actions">
            {a.scope === 'private' ? (
              <button
                type="button"
                className="btn btn--small btn--primary"
                title={t('annot.shareHint')}
                onClick={() => setAskShare(true)}
                data-testid="annot-share"
              >
                {t('annot.share')}
              </button>
            ) : (
              <button
                type="button"
                className="btn btn--small"
                title={t('annot.unshareHint')}
                onClick={() => store.unshare(a.id)}
                data-testid="annot-unshare"
              >
                {t('annot.unshare')}
              </button>
            )}
            <button type="button" className="btn btn--small btn--danger-ghost" onClick={() => store.remove(a.id)}>
              {t('annot.delete')}
            </button>
          </div>
        </>
      ) : (
        <>
          {a.text ? <p className="an-editor__text">{a.text}</p> : null}
          <p className="pv-muted">{t('annot.readOnly')}</p>
        </>
      )}
      {askShare ? (
        <ConfirmDialog
          title={t('annot.shareConfirmTitle')}
          confirmLabel={t('annot.share')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setAskShare(false);
            store.share(a.id);
          }}
          onCancel={() => setAskShare(false)}
        >
          <p>{t('annot.shareHint')}</p>
          <p className="small">{t('annot.shareUndoable')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
