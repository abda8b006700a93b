import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { formatClock } from '../live/clock';
import { formatTime, speakerKindLabel } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { CurrentSpeaker } from './CurrentSpeaker';
import { statsByUser, statsRows } from './speakers-view';
import { Card } from '../../components/Card';
import './speakers.css';

/** The chair's speaker queue: grant a request, call the next, end the turn; per-member counts and totals. */
export function SpeakerConsole({ view, offsetMs }: { view: MeetingLiveView; offsetMs: number }) {
  const { t, locale, errorText } = useI18n();
  const cmd = useCommand();
  const { queue, current, stats } = view.speakers;
  const byUser = statsByUser(stats);
  const open = view.phase === 'open';
  return (
    <section aria-labelledby="speakers-heading" data-testid="speaker-console">
      <h2 id="speakers-heading" className="page__subtitle">
        {t('spk.title')}
      </h2>
      <Card as="div">
        <CurrentSpeaker current={current} offsetMs={offsetMs} />
        <div className="form__actions form__actions--start">
          <button
            type="button"
            className="btn btn--primary"
            disabled={cmd.busy || !open || queue.length === 0}
            onClick={() => void cmd.send({ type: 'speaker:next' })}
          >
            {t('spk.grantNext')}
          </button>
          <button type="button" className="btn" disabled={cmd.busy || !current} onClick={() => void cmd.send({ type: 'speaker:end' })}>
            {t('spk.end')}
          </button>
          <span className="small muted">{t('spk.limit', { limit: formatClock(view.speakers.limitSec) })}</span>
        </div>
        {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      </Card>
      <h3 className="section-title">{t('spk.queue', { n: queue.length })}</h3>
      {queue.length === 0 ? (
        <p className="empty">{t('spk.queueEmpty')}</p>
      ) : (
        <table className="table speaker-queue">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('spk.col.order')}
              </th>
              <th scope="col">{t('spk.col.name')}</th>
              <th scope="col">{t('spk.col.kind')}</th>
              <th scope="col">{t('spk.col.topic')}</th>
              <th scope="col">{t('spk.col.requestedAt')}</th>
              <th scope="col">{t('spk.col.spoken')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('spk.grant')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.map((q, i) => {
              const s = byUser.get(q.userId);
              return (
                <tr key={q.requestId} data-testid="queue-row">
                  <td className="num">{i + 1}</td>
                  <th scope="row">{q.fullName}</th>
                  <td>{speakerKindLabel(q.kind, locale)}</td>
                  <td>{q.topic ?? ''}</td>
                  <td>{formatTime(q.requestedAt, locale)}</td>
                  <td className="nowrap">{s ? t('spk.turns', { n: s.count, total: formatClock(s.totalSec) }) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--small btn--primary"
                      disabled={cmd.busy || !open}
                      aria-label={`${t('spk.grant')}: ${q.fullName}`}
                      onClick={() => void cmd.send({ type: 'speaker:grant', requestId: q.requestId })}
                    >
                      {t('spk.grant')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3 className="section-title speaker-stats__title">{t('spk.stats')}</h3>
      {stats.length === 0 ? (
        <p className="empty">{t('spk.statsEmpty')}</p>
      ) : (
        <table className="table speaker-stats">
          <thead>
            <tr>
              <th scope="col">{t('spk.col.name')}</th>
              <th scope="col">{t('spk.col.count')}</th>
              <th scope="col">{t('spk.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {statsRows(stats).map((s) => (
              <tr key={s.userId}>
                <th scope="row">{s.fullName}</th>
                <td>{s.count}</td>
                <td>{formatClock(s.totalSec)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
