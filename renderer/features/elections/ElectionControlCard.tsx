import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { ElectionView } from '../../../shared/meeting-live/election-state';
import { assertNever } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../app/i18n';
import { formatTime } from '../live/labels';
import { useCommand } from '../live/useCommand';
import type { MeetingId } from '../../../shared/model/ids';
import { BoardConfirmations } from './BoardConfirmations';
import { CountRecordDownload } from './CountRecordDownload';
import { ElectionCount } from './ElectionCount';
import { boardRows, candidateName, electionStage, nextRound, roundKindKey, type ElectionStage } from './election-view';
import { RoundProgress } from './RoundProgress';
import './election-count.css';

/**
 * One election as the chair runs it (open the round, close it, wait for the board, announce, open the further
 * round or runoff the count left) and as the secretariat follows it (`canRun` false: the same, without actions).
 */
export function ElectionControlCard({ election, canRun, meetingId }: { election: ElectionView; canRun: boolean; meetingId?: MeetingId }) {
  const { t, locale } = useI18n();
  const stage = electionStage(election);
  const round = stage.kind === 'prepared' ? null : stage.round;
  const headingId = `election-${election.electionId}`;
  const earlier = election.rounds.slice(0, -1);
  return (
    <Card
      emphasis={stage.kind === 'open'}
      eyebrow={
        <>
          {t(election.kind === 'rating' ? 'eui.kind.rating' : 'eui.kind.election')} · {t(stageKey(stage.kind))}
        </>
      }
      labelledBy={headingId}
      testId="election-control"
    >
      <h3 id={headingId} className="live-card__title">
        {election.office}
      </h3>
      <p className="small muted">
        {election.kind === 'rating'
          ? t('eui.ballot.ratingRows', { count: election.candidates.length })
          : t('eui.summary', { seats: election.seats, candidates: election.candidates.length })}
        {round ? ` · ${t(roundKindKey(round.roundKind), { n: round.round })}` : ''}
        {round ? ` · ${t('eui.openedAt', { time: formatTime(round.openedAt, locale) })}` : ''}
      </p>
      {stage.kind === 'prepared' ? (
        <>
          <ol className="election-names">
            {election.candidates.map((c) => (
              <li key={c.id}>
                {c.fullName}
                {c.source === 'floor' ? <span className="muted"> · {t('eui.source.floor')}</span> : null}
              </li>
            ))}
          </ol>
          <p className="small">{t('eui.board.names', { names: election.board.map((b) => b.fullName).join(', ') || '—' })}</p>
          {canRun ? <RoundAction election={election} label={t('eui.chair.open')} /> : null}
        </>
      ) : null}
      {stage.kind === 'open' ? (
        <>
          <RoundProgress round={stage.round} />
          {canRun ? <CloseAction election={election} /> : null}
        </>
      ) : null}
      {stage.kind === 'counting' || stage.kind === 'announced' ? (
        <>
          <ElectionCount election={election} round={stage.round} />
          <BoardConfirmations election={election} round={stage.round} />
          {stage.kind === 'announced' ? (
            <p className="election-done" data-testid="election-announced">
              {t('eui.announcedAt', { time: formatTime(stage.round.announcedAt!, locale) })}
            </p>
          ) : canRun ? (
            <AnnounceAction election={election} />
          ) : null}
          {meetingId ? <CountRecordDownload meetingId={meetingId} roundId={stage.round.roundId} /> : null}
        </>
      ) : null}
      {stage.kind === 'announced' && nextRound(stage.round).kind !== 'none' ? <NextRoundPanel election={election} canRun={canRun} /> : null}
      {earlier.length > 0 ? (
        <details className="election-earlier">
          <summary>{t('eui.earlierRounds', { count: earlier.length })}</summary>
          {earlier.map((r) => (
            <div key={r.roundId} className="election-earlier__round">
              <h4 className="small">{t(roundKindKey(r.roundKind), { n: r.round })}</h4>
              <ElectionCount election={election} round={r} />
            </div>
          ))}
        </details>
      ) : null}
    </Card>
  );
}

function stageKey(kind: ElectionStage['kind']): MessageKey {
  switch (kind) {
    case 'prepared':
      return 'eui.stage.prepared';
    case 'open':
      return 'eui.stage.open';
    case 'counting':
      return 'eui.stage.counting';
    case 'announced':
      return 'eui.stage.announced';
    default:
      return assertNever(kind, 'election stage');
  }
}

/** "Bầu bổ sung" / "Bầu lại": who stays on the ballot and for how many seats. */
function NextRoundPanel({ election, canRun }: { election: ElectionView; canRun: boolean }) {
  const { t } = useI18n();
  const stage = electionStage(election);
  if (stage.kind !== 'announced') return null;
  const next = nextRound(stage.round);
  if (next.kind === 'none') return null;
  const title = t(next.kind === 'runoff' ? 'eui.next.runoffTitle' : 'eui.next.furtherTitle');
  return (
    <div className="election-next" data-testid="election-next">
      <h4 className="election-next__title">{title}</h4>
      <p>{t(next.kind === 'runoff' ? 'election.next.runoff' : 'election.next.furtherRound', { seats: next.seats })}</p>
      <ol className="election-names">
        {next.among.map((id) => (
          <li key={id}>{candidateName(election, id)}</li>
        ))}
      </ol>
      {canRun ? <RoundAction election={election} label={t('eui.chair.openNext', { title })} /> : null}
    </div>
  );
}

function RoundAction({ election, label }: { election: ElectionView; label: string }) {
  const { errorText } = useI18n();
  const cmd = useCommand();
  return (
    <div className="election-actions">
      <button
        type="button"
        className="btn btn--primary"
        disabled={cmd.busy}
        onClick={() => void cmd.send({ type: 'election:open', electionId: election.electionId })}
      >
        {label}
      </button>
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </div>
  );
}

function CloseAction({ election }: { election: ElectionView }) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const [confirming, setConfirming] = useState(false);
  const round = election.rounds.at(-1)!;
  return (
    <div className="election-actions">
      <button type="button" className="btn btn--danger" disabled={cmd.busy} onClick={() => setConfirming(true)}>
        {t('eui.chair.close')}
      </button>
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('eui.chair.close')}
          confirmLabel={t('eui.chair.close')}
          cancelLabel={t('common.cancel')}
          danger
          busy={cmd.busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void cmd.send({ type: 'election:close', roundId: round.roundId }).then(() => {
              setConfirming(false);
            })
          }
        >
          <p>{t('eui.chair.closeBody', { done: round.castCount, of: round.n })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function AnnounceAction({ election }: { election: ElectionView }) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const round = election.rounds.at(-1)!;
  const board = boardRows(election, round);
  return (
    <div className="election-actions">
      {board.all ? (
        <button
          type="button"
          className="btn btn--primary"
          disabled={cmd.busy}
          onClick={() => void cmd.send({ type: 'election:announce', roundId: round.roundId })}
        >
          {t('eui.chair.announce')}
        </button>
      ) : (
        <p className="small" data-testid="election-waiting-board">
          {t('eui.chair.waitBoard', { count: board.rows.length - board.confirmed })}
        </p>
      )}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </div>
  );
}
