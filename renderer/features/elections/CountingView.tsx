import type { ElectionRoundView, ElectionView } from '../../../shared/meeting-live/election-state';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { useI18n } from '../../app/i18n';
import { useCommand } from '../live/useCommand';
import { BoardConfirmations } from './BoardConfirmations';
import { ElectionCount } from './ElectionCount';
import { roundKindKey } from './election-view';
import { RoundProgress } from './RoundProgress';
import './election-count.css';

/**
 * A counting-board member's view of a round: the ballots coming in while it is open, then the count, which the
 * member confirms ("Xác nhận kết quả kiểm phiếu"); the chair announces once the whole board has.
 */
export function CountingView({ election, round }: { election: ElectionView; round: ElectionRoundView }) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const headingId = `counting-${round.roundId}`;
  const mine = election.me.confirmedLatest;
  return (
    <Card
      emphasis={round.status === 'closed' && !mine && round.announcedAt === null}
      eyebrow={t('eui.counting.eyebrow')}
      labelledBy={headingId}
      testId="counting-view"
    >
      <h2 id={headingId} className="live-card__title">
        {election.office}
      </h2>
      <p className="small muted">{t(roundKindKey(round.roundKind), { n: round.round })}</p>
      {round.status === 'open' ? (
        <>
          <RoundProgress round={round} />
          <p className="small">{t('eui.counting.whileOpen')}</p>
        </>
      ) : round.result ? (
        <>
          <ElectionCount election={election} round={round} />
          <BoardConfirmations election={election} round={round} />
          {mine ? (
            <p className="election-done" role="status" data-testid="counting-confirmed">
              {t('eui.counting.confirmed')}
            </p>
          ) : round.announcedAt === null ? (
            <button
              type="button"
              className="btn btn--primary btn--big"
              disabled={cmd.busy}
              onClick={() => void cmd.send({ type: 'election:confirm', roundId: round.roundId })}
            >
              {t('eui.counting.confirm')}
            </button>
          ) : null}
        </>
      ) : (
        <p className="small">{t('common.loading')}</p>
      )}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </Card>
  );
}
