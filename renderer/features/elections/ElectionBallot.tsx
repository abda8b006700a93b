import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { BallotForm } from '../../../shared/meeting-live/election-commands';
import type { ElectionRoundView, ElectionView } from '../../../shared/meeting-live/election-state';
import { assertNever } from '../../../shared/util/result';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../app/i18n';
import { useRelayStatus } from '../connection/useRelayStatus';
import { isBallotShortcut } from '../voting/ballot-shortcut';
import { useCommand } from '../live/useCommand';
import { ballotOf, checkDraft, emptyDraft, type BallotDraft } from './ballot-draft';
import { ApprovalRows, RatingRows, StrikeNames } from './BallotForms';
import { roundKindKey } from './election-view';
import { RoundProgress } from './RoundProgress';
import './elections.css';

type Props = { election: ElectionView; round: ElectionRoundView };

/**
 * A member's election ballot, drawn like the paper one: office, "Bầu … người", the round, the names. Marked,
 * then "Gửi phiếu" → "Xác nhận gửi phiếu"; after the relay's ack it shows "Đã bỏ phiếu" and the marks are
 * dropped (nothing of the choice stays in this component). Mount it keyed by the round id.
 */
export function ElectionBallot({ election, round }: Props) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const { status } = useRelayStatus();
  const offline = status !== null && (status.state !== 'online' || status.linkOwner === 'other');
  const [draft, setDraft] = useState<BallotDraft>(() => emptyDraft(round.form));
  const [confirming, setConfirming] = useState(false);
  const [acked, setAcked] = useState(false);
  const me = election.me;
  const open = round.status === 'open';
  const recorded = acked || (open && me.hasVoted);
  const candidates = round.candidateIds.flatMap((id) => election.candidates.filter((c) => c.id === id));
  const check = checkDraft(draft, round.candidateIds, round.seats);
  const blockedReason = open && !recorded && me.entitled ? me.cannotVoteReason : null;
  const canMark = open && !recorded && me.entitled && !blockedReason && !offline && !cmd.busy;
  const names = useRef<HTMLDivElement>(null);
  // Alt+B from anywhere on the live screen: focus the ballot's first name (as for a vote's ballot).
  useEffect(() => {
    if (!canMark) return;
    const onKey = (e: KeyboardEvent) => {
      const first = names.current?.querySelector<HTMLElement>('button[tabindex="0"], input');
      if (!isBallotShortcut(e) || !first) return;
      e.preventDefault();
      first.scrollIntoView({ block: 'center' });
      first.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canMark]);

  const cast = async () => {
    const ack = await cmd.send({ type: 'election:cast', roundId: round.roundId, ballot: ballotOf(draft, round.candidateIds) });
    setConfirming(false);
    if (ack) {
      // The relay has the ballot: nothing of it stays here.
      setDraft(emptyDraft(round.form));
      setAcked(true);
    }
  };

  const headingId = `ballot-${round.roundId}`;
  return (
    <Card
      emphasis={open && !recorded}
      eyebrow={<>{open ? t('eui.ballot.eyebrowOpen') : t('eui.ballot.eyebrowClosed')}</>}
      labelledBy={headingId}
      testId="election-ballot"
    >
      <div className="paper-ballot">
        <p className="paper-ballot__kicker">{t(election.kind === 'rating' ? 'eui.ballot.kickerRating' : 'eui.ballot.kicker')}</p>
        <h2 id={headingId} className="paper-ballot__office">
          {election.office}
        </h2>
        <p className="paper-ballot__seats" data-testid="ballot-seats">
          {election.kind === 'rating'
            ? t('eui.ballot.ratingRows', { count: candidates.length })
            : t('eui.ballot.seats', { seats: round.seats })}
          {' · '}
          {t(roundKindKey(round.roundKind), { n: round.round })}
        </p>
        {open ? <RoundProgress round={round} /> : null}
        {recorded ? (
          <div className="election-recorded" role="status" data-testid="election-recorded">
            <strong className="election-recorded__title">
              <Icon name="check" /> {t('eui.ballot.recorded')}
            </strong>
            <span className="small">{t('eui.ballot.recordedSecret')}</span>
          </div>
        ) : !open ? (
          <p className="muted" data-testid="election-closed">
            {t('eui.ballot.closed')}
          </p>
        ) : !me.entitled ? (
          <p className="muted">{t(me.cannotVoteReason ?? 'eui.ballot.notEntitled')}</p>
        ) : (
          <>
            {offline ? (
              <Alert tone="warning" title={t('vote.cannot')}>
                {t('vote.offlineReason')}
              </Alert>
            ) : blockedReason ? (
              <Alert tone="warning" title={t('vote.cannot')}>
                <span data-testid="election-blocked">{t(blockedReason)}</span>
              </Alert>
            ) : (
              <p className="paper-ballot__how">{t(howKey(round.form))}</p>
            )}
            <div ref={names}>
              {round.form === 'strike' ? (
                <StrikeNames candidates={candidates} draft={draft} disabled={!canMark} onChange={setDraft} />
              ) : round.form === 'approval' ? (
                <ApprovalRows candidates={candidates} draft={draft} disabled={!canMark} onChange={setDraft} />
              ) : (
                <RatingRows candidates={candidates} draft={draft} disabled={!canMark} onChange={setDraft} />
              )}
            </div>
            {canMark ? (
              <p className="paper-ballot__shortcut">
                <kbd>Alt</kbd>+<kbd>B</kbd> {t('eui.ballot.shortcut')}
              </p>
            ) : null}
            <p className="paper-ballot__count" data-testid="ballot-kept">
              {t(countKey(round.form), { kept: check.kept, of: check.of })}
            </p>
            {check.warning ? (
              <p className="paper-ballot__warning" data-testid="ballot-warning">
                {t(check.warning.key, check.warning.params)}
              </p>
            ) : null}
            <div className="paper-ballot__actions">
              <button
                type="button"
                className="btn btn--primary btn--big"
                disabled={!canMark}
                onClick={() => {
                  cmd.clearError();
                  setConfirming(true);
                }}
              >
                {t('eui.ballot.send')}
              </button>
            </div>
          </>
        )}
      </div>
      {cmd.error ? (
        <Alert tone="error">
          <span data-testid="election-error">{errorText(cmd.error)}</span>
        </Alert>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('eui.ballot.confirmTitle')}
          confirmLabel={cmd.busy ? t('vote.sending') : t('eui.ballot.confirm')}
          cancelLabel={t('common.cancel')}
          busy={cmd.busy}
          onConfirm={() => void cast()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <strong>{t(countKey(round.form), { kept: check.kept, of: check.of })}</strong>
          </p>
          {check.warning ? <p className="paper-ballot__warning">{t(check.warning.key, check.warning.params)}</p> : null}
          <p>{t('eui.ballot.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}

function howKey(form: BallotForm): MessageKey {
  switch (form) {
    case 'strike':
      return 'eui.ballot.howStrike';
    case 'approval':
      return 'eui.ballot.howApproval';
    case 'rating':
      return 'eui.ballot.howRating';
    default:
      return assertNever(form, 'ballot form');
  }
}

/** "Giữ lại X / Y tên", "Đồng ý X / Y", "Đã đánh giá X / Y". */
function countKey(form: BallotForm): MessageKey {
  switch (form) {
    case 'strike':
      return 'eui.ballot.kept';
    case 'approval':
      return 'eui.ballot.agreed';
    case 'rating':
      return 'eui.ballot.rated';
    default:
      return assertNever(form, 'ballot form');
  }
}
