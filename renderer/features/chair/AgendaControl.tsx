import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { DocumentId } from '../../../shared/model/ids';
import type { DocumentMeta, MeetingDetail } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { useCommand } from '../live/useCommand';
import { itemLabel, neighbourItem, orderedItems, parsePage } from './agenda-nav';
import './chair.css';

/** The chair moves through the agenda and pushes a document page to everyone who follows. */
export function AgendaControl({ view, detail }: { view: MeetingLiveView; detail: MeetingDetail }) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const currentId = view.current.agendaItemId;
  const items = orderedItems(detail.agenda);
  const open = view.phase === 'open';
  const prev = neighbourItem(detail.agenda, currentId, -1);
  const next = neighbourItem(detail.agenda, currentId, 1);
  const pushedDoc = view.current.documentId ? detail.documents.find((d) => d.id === view.current.documentId) : undefined;
  const current = itemLabel(detail.agenda, currentId);

  return (
    <section aria-labelledby="agenda-control-heading" data-testid="agenda-control">
      <div className="agenda-control__head">
        <h2 id="agenda-control-heading" className="page__subtitle">
          {t('chair.currentIs')}: {current ? `${current.number}. ${current.title}` : '—'}
        </h2>
        <div className="agenda-control__nav">
          <button
            type="button"
            className="btn"
            disabled={cmd.busy || !open || !prev}
            onClick={() => prev && void cmd.send({ type: 'agenda:set-current', agendaItemId: prev })}
          >
            {t('chair.prevItem')}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={cmd.busy || !open || !next}
            onClick={() => next && void cmd.send({ type: 'agenda:set-current', agendaItemId: next })}
          >
            {t('chair.nextItem')}
          </button>
        </div>
      </div>
      {pushedDoc ? (
        <p className="agenda-control__pushed">{t('chair.pushed', { title: pushedDoc.title, page: view.current.page ?? 1 })}</p>
      ) : null}
      {!open ? <Alert tone="info">{t('chair.openFirst')}</Alert> : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      <ol className="agenda-control__list">
        {items.map((n) => {
          const isCurrent = n.item.id === currentId;
          const docs = detail.documents.filter((d) => d.agendaItemId === n.item.id && !d.superseded);
          return (
            <li
              key={n.item.id}
              className={`agenda-control__item${n.item.parentId ? ' agenda-control__item--sub' : ''}${isCurrent ? ' agenda-control__item--current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
              data-testid="chair-agenda-item"
            >
              <div className="agenda-control__row">
                <span className="agenda-row__num">{n.number}.</span>
                <span className="agenda-control__title">{n.item.title}</span>
                {isCurrent ? (
                  <span className="badge badge--info">{view.phase === 'closed' ? t('live.lastItem') : t('live.here')}</span>
                ) : (
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={cmd.busy || !open}
                    aria-label={`${t('chair.goToItem')}: ${n.number}. ${n.item.title}`}
                    onClick={() => void cmd.send({ type: 'agenda:set-current', agendaItemId: n.item.id })}
                  >
                    {t('chair.goToItem')}
                  </button>
                )}
              </div>
              {isCurrent && docs.length > 0 ? (
                <ul className="agenda-control__docs">
                  {docs.map((d) => (
                    <DocPush
                      key={d.id}
                      doc={d}
                      pushed={view.current.documentId === d.id}
                      disabled={cmd.busy || !open}
                      onPush={(page) =>
                        void cmd.send({ type: 'agenda:set-current', agendaItemId: n.item.id, documentId: d.id as DocumentId, page })
                      }
                    />
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function DocPush({ doc, pushed, disabled, onPush }: { doc: DocumentMeta; pushed: boolean; disabled: boolean; onPush(page: number): void }) {
  const { t } = useI18n();
  const [page, setPage] = useState('1');
  const parsed = parsePage(page, doc.pages);
  return (
    <li className={pushed ? 'doc-push doc-push--on' : 'doc-push'}>
      <span className="doc-push__title">{doc.title}</span>
      <label className="doc-push__page">
        <span>{t('chair.pageField')}</span>
        <input
          className="num-input"
          inputMode="numeric"
          value={page}
          onChange={(e) => setPage(e.target.value)}
          aria-invalid={parsed === null}
        />
        <span className="small muted">/ {doc.pages}</span>
      </label>
      <button
        type="button"
        className="btn btn--small btn--primary"
        disabled={disabled || parsed === null}
        onClick={() => parsed && onPush(parsed)}
        title={parsed === null ? t('chair.pageInvalid', { max: doc.pages }) : undefined}
      >
        {t('chair.pushDoc')}
      </button>
    </li>
  );
}
