import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { AgendaItem } from '../../../shared/model/types';
import { summarizeDenominator } from '../../../shared/voting/denominator';
import { useI18n } from '../../app/i18n';
import { itemLabel } from '../chair/agenda-nav';
import { formatTime, voteKindLabel } from '../live/labels';
import { useNow } from '../live/useNow';
import { CurrentSpeaker } from '../speakers/CurrentSpeaker';
import { ResultChart } from '../voting/ResultChart';
import { OutcomeBadge } from '../voting/VoteBasisView';
import { screenVote, voteProgress } from '../voting/vote-view';
import { ProjectorElection } from '../elections/ProjectorElection';
import { screenElection } from '../elections/election-view';
import './projector.css';

const NEXT_SPEAKERS_SHOWN = 3;

export type ProjectorBoardProps = {
  /** The public live view (a projector session's, or a signed-in window's). */
  view: MeetingLiveView | null;
  /** This laptop's clock minus the relay's (live/clock.ts). */
  offsetMs: number;
  title: string;
  agenda: readonly AgendaItem[];
  exit?: { href: string; label: string };
};

/**
 * The room's big screen. Dark on light, type sized to the window so it reads from the back of the room; shows
 * only what the whole room may see (cast / N while a vote is open, never live counts).
 */
export function ProjectorBoard({ view, offsetMs, title, agenda, exit }: ProjectorBoardProps) {
  const { t, locale } = useI18n();
  const now = useNow(true, 1000);
  if (!view) {
    return (
      <div className="projector projector--waiting" data-testid="projector">
        <p className="projector__waiting">{t('projector.waiting')}</p>
      </div>
    );
  }
  const item = itemLabel(agenda, view.current.agendaItemId);
  const q = view.attendance.quorum;
  const sv = screenVote(view);
  const se = sv.kind === 'open' ? ({ kind: 'none' } as const) : screenElection(view);
  const split = sv.kind !== 'none' || se.kind !== 'none';
  const next = view.speakers.queue.slice(0, NEXT_SPEAKERS_SHOWN).map((s) => s.fullName);
  return (
    <div className="projector" data-testid="projector">
      <header className="projector__top">
        <span className="projector__meeting">{title}</span>
        <span
          className={q.met ? 'projector__quorum projector__quorum--met' : 'projector__quorum projector__quorum--short'}
          data-testid="projector-quorum"
        >
          {t('projector.quorum', { present: q.present, total: q.total })} {t('projector.quorumNeed', { required: q.required })}
        </span>
        <span className="projector__clock">{formatTime(now - offsetMs, locale)}</span>
      </header>
      <section className="projector__item" data-testid="projector-item">
        {item ? (
          <>
            <span className="projector__item-no">{t('live.itemNumber', { n: item.number })}</span>
            <h1 className="projector__item-title">{item.title}</h1>
          </>
        ) : (
          <h1 className="projector__item-title projector__item-title--empty">{title}</h1>
        )}
      </section>
      <div className={split ? 'projector__body projector__body--split' : 'projector__body'}>
        <section className="projector__speaker" aria-label={t('projector.speaker')}>
          <h2 className="projector__label">{t('projector.speaker')}</h2>
          <CurrentSpeaker current={view.speakers.current} offsetMs={offsetMs} size="big" />
          {next.length > 0 ? <p className="projector__next">{t('projector.nextSpeakers', { names: next.join(', ') })}</p> : null}
        </section>
        {se.kind !== 'none' ? (
          <ProjectorElection screen={se} />
        ) : sv.kind === 'open' ? (
          <section className="projector__vote" data-testid="projector-vote">
            <h2 className="projector__label projector__label--vote">
              {t('projector.voteOpen')} · {voteKindLabel(sv.vote.kind, locale)}
            </h2>
            <p className="projector__question">{sv.vote.question}</p>
            <ProjectorProgress done={voteProgress(sv.vote).done} of={voteProgress(sv.vote).of} />
          </section>
        ) : sv.kind === 'result' ? (
          <section className="projector__vote" data-testid="projector-result">
            <h2 className="projector__label">{t('projector.result')}</h2>
            <p className="projector__question">{sv.result.question}</p>
            <p className="projector__outcome-line" data-testid="projector-outcome">
              <OutcomeBadge result={sv.result} className="projector__outcome" />
            </p>
            <p className="projector__numbers" data-testid="projector-n">
              {sv.result.basis ? summarizeDenominator(sv.result.basis.denominator, locale) : `N = ${sv.result.tally.n}`} ·{' '}
              {t('result.present')}: {sv.result.tally.present} · {t('result.cast')}: {sv.result.tally.cast} · {t('result.notCast')}:{' '}
              {sv.result.tally.notCast}
            </p>
            <ResultChart tally={sv.result.tally} label={t('result.chartLabel', { question: sv.result.question })} size="big" />
            <p className="projector__rule">
              {sv.result.tally.rule.label[locale]}
              {sv.result.tally.rule.citation ? ` — ${sv.result.tally.rule.citation.text}` : ''}
            </p>
          </section>
        ) : null}
      </div>
      {exit ? (
        <a className="projector__exit" href={exit.href}>
          {exit.label}
        </a>
      ) : null}
    </div>
  );
}

function ProjectorProgress({ done, of }: { done: number; of: number }) {
  const { t } = useI18n();
  const pct = of > 0 ? Math.min(100, (done / of) * 100) : 0;
  return (
    <div className="projector__progress">
      <p className="projector__cast" data-testid="projector-cast">
        <span className="projector__cast-done">{done}</span>
        <span className="projector__cast-of">/{of}</span>
      </p>
      <div
        className="projector__bar"
        role="progressbar"
        aria-label={t('vote.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={of}
        aria-valuenow={done}
      >
        <div className="projector__fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
