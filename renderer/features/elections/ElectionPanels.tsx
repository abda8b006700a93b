import type { ElectionView } from '../../../shared/meeting-live/election-state';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { isMemberRole } from '../../../shared/meeting-live/commands';
import { Card } from '../../components/Card';
import { useI18n } from '../../app/i18n';
import { CountingView } from './CountingView';
import { ElectionBallot } from './ElectionBallot';
import { ElectionControlCard } from './ElectionControlCard';
import { ElectionCount } from './ElectionCount';
import { electionStage, roundKindKey } from './election-view';
import { ElectionPrepareForm } from './ElectionPrepareForm';
import './elections.css';

/** Elections with a round in progress (open, or closed and not yet announced). */
const active = (view: MeetingLiveView): ElectionView[] =>
  view.elections.filter((e) => {
    const s = electionStage(e).kind;
    return s === 'open' || s === 'counting';
  });

/**
 * A member's elections on the live screen: the ballot of an open round (then "Đã bỏ phiếu"), the counting view
 * for counting-board members, and the announced results of the agenda item being viewed.
 */
export function MemberElections({ view, itemId }: { view: MeetingLiveView; itemId: AgendaItemId | null }) {
  const member = isMemberRole(view.me.role);
  const announced = view.elections.filter((e) => e.agendaItemId === itemId && electionStage(e).kind === 'announced');
  return (
    <>
      {active(view).map((e) => {
        const round = e.rounds.at(-1)!;
        return (
          <div key={e.electionId} className="member-election">
            {member ? <ElectionBallot key={round.roundId} election={e} round={round} /> : null}
            {e.me.onBoard ? <CountingView election={e} round={round} /> : null}
          </div>
        );
      })}
      {announced.map((e) => (
        <AnnouncedResult key={e.electionId} election={e} />
      ))}
    </>
  );
}

/** An announced count as everyone sees it. */
export function AnnouncedResult({ election }: { election: ElectionView }) {
  const { t } = useI18n();
  const stage = electionStage(election);
  if (stage.kind !== 'announced') return null;
  const headingId = `result-${stage.round.roundId}`;
  return (
    <Card eyebrow={t('eui.result.eyebrow')} labelledBy={headingId} testId="election-result">
      <h2 id={headingId} className="live-card__title">
        {election.office}
      </h2>
      <p className="small muted">{t(roundKindKey(stage.round.roundKind), { n: stage.round.round })}</p>
      <ElectionCount election={election} round={stage.round} />
    </Card>
  );
}

/** The chair's "Bầu cử" tab: each election to run, the chair's own ballot, and the counting view if on the board. */
export function ChairElections({ view }: { view: MeetingLiveView }) {
  const { t } = useI18n();
  if (view.elections.length === 0) return <p className="empty">{t('eui.none')}</p>;
  return (
    <div className="election-stack">
      {active(view).map((e) => {
        const round = e.rounds.at(-1)!;
        return (
          <div key={e.electionId} className="election-stack">
            {round.status === 'open' ? <ElectionBallot key={round.roundId} election={e} round={round} /> : null}
            {e.me.onBoard ? <CountingView election={e} round={round} /> : null}
          </div>
        );
      })}
      {[...view.elections].reverse().map((e) => (
        <ElectionControlCard key={e.electionId} election={e} canRun />
      ))}
    </div>
  );
}

/** The secretariat's "Bầu cử" tab: the form to prepare a list, then every election as it runs (no actions). */
export function SecretariatElections({ view, agenda }: { view: MeetingLiveView; agenda: readonly AgendaItem[] }) {
  const members = (view.attendance.members ?? [])
    .filter((m) => isMemberRole(m.role))
    .map((m) => ({ userId: m.userId as string, fullName: m.fullName }));
  return (
    <div className="election-stack">
      {[...view.elections].reverse().map((e) => (
        <ElectionControlCard key={e.electionId} election={e} canRun={false} meetingId={view.meetingId} />
      ))}
      <ElectionPrepareForm agenda={agenda} currentItemId={view.current.agendaItemId} members={members} />
    </div>
  );
}
