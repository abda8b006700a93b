import { useCallback, useEffect, useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { DocumentMeta, MeetingDetail } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { CheckInCard } from '../attendance/CheckInCard';
import { itemLabel } from '../chair/agenda-nav';
import { FloorBanner } from '../speakers/FloorBanner';
import { FloorRequestCard } from '../speakers/FloorRequestCard';
import { BallotCard } from '../voting/BallotCard';
import { ResultCard } from '../voting/ResultCard';
import { ResultSummary } from '../voting/ResultSummary';
import { awayFromChairPage, browse, follow, initialFollow, isAway, onChairPush, scrolledTo } from './follow';
import { LiveAgendaList } from './LiveAgendaList';
import { LiveDocumentPane } from './LiveDocumentPane';
import { Card } from '../../components/Card';
import { MemberElections } from '../elections/ElectionPanels';

/** A delegate's (or guest's) live meeting: agenda, what the chair shows (when following), own actions on the right. */
export function DelegateLive({ view, detail, offsetMs }: { view: MeetingLiveView; detail: MeetingDetail; offsetMs: number }) {
  const { t } = useI18n();
  const [fs, setFs] = useState(() => initialFollow(view.current));
  const [reading, setReading] = useState(false);
  const onPage = useCallback((page: number) => setFs((s) => scrolledTo(s, page)), []);
  const chairPlace = view.current;
  const returnToChair = useCallback(() => setFs((s) => follow(s, chairPlace)), [chairPlace]);
  useEffect(() => setFs((s) => onChairPush(s, chairPlace)), [chairPlace]);

  const place = fs.place;
  const doc = place.documentId ? detail.documents.find((d) => d.id === place.documentId) : undefined;
  const hiddenDoc = place.documentId !== null && !doc;
  const item = detail.agenda.find((a) => a.id === place.agendaItemId) ?? null;
  const itemNo = itemLabel(detail.agenda, place.agendaItemId);
  const chairAt = itemLabel(detail.agenda, view.current.agendaItemId);
  const chairDoc = view.current.documentId ? detail.documents.find((d) => d.id === view.current.documentId) : undefined;
  const closed = view.phase === 'closed';
  const away = isAway(fs, view.current);
  const recent = [...view.results].reverse();
  const itemResults = item ? recent.filter((r) => r.agendaItemId === item.id) : [];

  const openDoc = (d: DocumentMeta) => setFs((s) => browse(s, { agendaItemId: d.agendaItemId, documentId: d.id, page: null }));

  return (
    <div className={doc ? 'live-grid live-grid--doc' : 'live-grid'} data-testid="delegate-live">
      <aside className="live-grid__agenda">
        <LiveAgendaList
          agenda={detail.agenda}
          chairItemId={view.current.agendaItemId}
          selectedId={place.agendaItemId}
          closed={closed}
          onSelect={(id) => setFs((s) => browse(s, { agendaItemId: id, documentId: null, page: null }))}
        />
      </aside>
      <main className="live-grid__main">
        <FloorBanner view={view} />
        <MemberElections view={view} itemId={place.agendaItemId} />
        {closed ? (
          <p className="alert alert--info live-closed" role="status" data-testid="meeting-closed">
            <strong>{t('live.closedTitle')}</strong> {t('live.closedBody')}
          </p>
        ) : null}
        <div
          className={fs.following ? 'follow-bar follow-bar--on' : 'follow-bar'}
          data-testid="follow-bar"
          data-following={fs.following ? 'true' : 'false'}
        >
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={fs.following}
              onChange={(e) => setFs((s) => (e.target.checked ? follow(s, view.current) : { ...s, following: false }))}
              data-testid="follow-toggle"
            />
            <span className="switch__track" aria-hidden="true" />
            <span className="switch__label">{t('live.follow')}</span>
          </label>
          <span className="follow-bar__state" data-testid="follow-state">
            {fs.following ? t('live.following') : t('live.notFollowing')}
          </span>
          {!fs.following && away && chairAt ? (
            <span className="follow-bar__chair">
              {t('live.chairIsAt', {
                place: `${chairAt.number}. ${chairAt.title}${chairDoc ? ` — ${chairDoc.title}, ${t('live.page', { n: view.current.page ?? 1 })}` : ''}`,
              })}
            </span>
          ) : null}
          {!fs.following ? (
            <button
              type="button"
              className="btn btn--small btn--primary"
              onClick={() => setFs((s) => follow(s, view.current))}
              data-testid="follow-return"
            >
              {t('live.follow')}
            </button>
          ) : null}
        </div>
        {doc ? (
          <LiveDocumentPane
            doc={doc}
            page={place.page}
            jump={fs.jump}
            following={fs.following}
            chairPage={awayFromChairPage(fs, view.current) ? (view.current.page ?? 1) : null}
            reading={reading}
            onReading={setReading}
            onPage={onPage}
            onReturn={returnToChair}
            onClose={() => {
              setReading(false);
              setFs((s) => browse(s, { ...s.place, documentId: null, page: null }));
            }}
          />
        ) : (
          <section
            className="live-item"
            aria-labelledby="live-item-heading"
            data-testid="live-item"
            data-agenda-item-id={place.agendaItemId ?? ''}
          >
            <p className="live-card__eyebrow">
              {!closed && place.agendaItemId === view.current.agendaItemId ? t('live.currentItem') : t('live.agenda')}
            </p>
            {item && itemNo ? (
              <>
                <h2 id="live-item-heading" className="live-item__title" data-testid="live-item-title">
                  {itemNo.number}. {item.title}
                </h2>
                {item.presenter ? <p className="muted">{item.presenter}</p> : null}
                {hiddenDoc ? <p className="alert alert--info">{t('live.docNotShared')}</p> : null}
                <ItemDocuments docs={detail.documents.filter((d) => d.agendaItemId === item.id)} onOpen={openDoc} />
                {itemResults.length > 0 ? (
                  <div className="live-item__results">
                    <h3 className="section-title">{t('result.ofItem')}</h3>
                    <div className="results-list">
                      {itemResults.map((r) => (
                        <ResultCard key={r.voteId} result={r} chart />
                      ))}
                    </div>
                  </div>
                ) : null}
              </>
            ) : (
              <h2 id="live-item-heading" className="live-item__title live-item__title--empty">
                {t('live.noCurrentItem')}
              </h2>
            )}
          </section>
        )}
      </main>
      <aside className="live-side live-grid__side">
        <CheckInCard view={view} />
        <BallotCard view={view} />
        <FloorRequestCard view={view} offsetMs={offsetMs} />
        {recent.length > 0 ? (
          <Card title={t('live.results')} headingId="latest-result-heading">
            {recent.map((r) => (
              <ResultSummary key={r.voteId} result={r} />
            ))}
          </Card>
        ) : null}
      </aside>
    </div>
  );
}

function ItemDocuments({ docs, onOpen }: { docs: DocumentMeta[]; onOpen(d: DocumentMeta): void }) {
  const { t } = useI18n();
  if (docs.length === 0) return <p className="empty">{t('live.noDocuments')}</p>;
  return (
    <>
      <h3 className="section-title">{t('live.documents')}</h3>
      <ul className="live-docs">
        {docs.map((d) => (
          <li key={d.id} className="live-docs__item">
            <span className="live-docs__title">{d.title}</span>
            <button type="button" className="btn btn--small" onClick={() => onOpen(d)} aria-label={`${t('live.openDocument')}: ${d.title}`}>
              {t('live.openDocument')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
