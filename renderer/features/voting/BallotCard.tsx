import { useEffect, useRef, useState } from 'react';
import type { MeetingLiveView, OpenVoteView, VoteOptionView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../app/i18n';
import { voteKindLabel } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { useRelayStatus } from '../connection/useRelayStatus';
import { ballotState } from './vote-view';
import { VoteProgress } from './VoteProgress';
import { isBallotShortcut } from './ballot-shortcut';
import { Icon } from '../../components/Icon';
import { Card } from '../../components/Card';
import './voting.css';

/**
 * A member's ballot: the options as big buttons, a confirmation, then "Đã ghi nhận phiếu" — only once the
 * relay has acknowledged (the live view's `me.vote.hasVoted` or the ack itself). A refusal (vote closed,
 * offline, already voted) is shown exactly as the relay worded it — also when the vote closed while the
 * member was confirming: the card stays until the answer is read.
 */
export function BallotCard({ view }: { view: MeetingLiveView }) {
  const { t, locale, errorText } = useI18n();
  const cmd = useCommand();
  const { status } = useRelayStatus();
  // A ballot is never queued: while the laptop is not online the options are disabled, and say why.
  const offline = status !== null && (status.state !== 'online' || status.linkOwner === 'other');
  const [choice, setChoice] = useState<VoteOptionView | null>(null);
  /** Acked in this session before the next view arrives (the view catches up a moment later). */
  const [ackedVote, setAckedVote] = useState<string | null>(null);
  /** The vote the member is acting on, kept if it closes meanwhile. */
  const [held, setHeld] = useState<OpenVoteView | null>(null);
  const firstOption = useRef<HTMLButtonElement>(null);
  const live = ballotState(view);
  const canVote = live.kind === 'can_vote';
  // Alt+B from anywhere on the live screen: focus the open ballot's first option (then Enter, Enter).
  useEffect(() => {
    if (!canVote) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isBallotShortcut(e) || !firstOption.current) return;
      e.preventDefault();
      firstOption.current.scrollIntoView({ block: 'center' });
      firstOption.current.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canVote]);
  const state = live.kind === 'none' && held && (choice || cmd.busy || cmd.error) ? ({ kind: 'can_vote', vote: held } as const) : live;
  if (state.kind === 'none') return null;
  const { vote } = state;
  const closedMeanwhile = live.kind === 'none';
  const recorded = state.kind === 'voted' || ackedVote === vote.voteId;

  const cast = async () => {
    if (!choice) return;
    const ack = await cmd.send({ type: 'vote:cast', voteId: vote.voteId, optionId: choice.id });
    setChoice(null);
    if (ack) {
      setAckedVote(vote.voteId);
      setHeld(null);
    }
  };

  return (
    <Card
      emphasis
      eyebrow={
        <>
          {closedMeanwhile ? t('vote.closedMeanwhile') : t('vote.open')} · {voteKindLabel(vote.kind, locale)}
        </>
      }
      labelledBy="ballot-heading"
      testId="ballot"
    >
      <h2 id="ballot-heading" className="ballot__question">
        {vote.question}
      </h2>
      {closedMeanwhile ? null : <VoteProgress vote={vote} />}
      {recorded ? (
        <div className="ballot__recorded" role="status" data-testid="ballot-recorded">
          <strong className="ballot__recorded-title">
            <Icon name="check" /> {t('vote.recorded')}
          </strong>
          {state.kind === 'voted' && state.optionLabel ? <span>{t('vote.recordedChoice', { option: state.optionLabel })}</span> : null}
          {vote.kind === 'secret' ? <span className="small">{t('vote.recordedSecret')}</span> : null}
        </div>
      ) : state.kind === 'not_entitled' ? (
        <p className="muted">{state.reason ? t(state.reason) : t('vote.notEntitled')}</p>
      ) : closedMeanwhile ? null : (
        <>
          {offline ? (
            <Alert tone="warning" title={t('vote.cannot')}>
              <span data-testid="ballot-offline">{t('vote.offlineReason')}</span>
            </Alert>
          ) : state.kind === 'blocked' ? (
            <Alert tone="warning" title={t('vote.cannot')}>
              {t(state.reason)}
            </Alert>
          ) : (
            <p className="ballot__prompt">{t('vote.choose')}</p>
          )}
          {state.kind === 'can_vote' ? (
            <p className="ballot__shortcut" data-testid="ballot-shortcut">
              <kbd>Alt</kbd>+<kbd>B</kbd> {t('a11y.ballotShortcut.hint')}
            </p>
          ) : null}
          <div className="ballot__options">
            {vote.options.map((o, i) => (
              <button
                key={o.id}
                ref={i === 0 ? firstOption : undefined}
                aria-keyshortcuts={i === 0 ? 'Alt+B' : undefined}
                type="button"
                className={`ballot__option ballot__option--${i === 0 ? 'favour' : i === 1 ? 'against' : 'other'}`}
                disabled={cmd.busy || offline}
                onClick={() => {
                  cmd.clearError();
                  setHeld(vote);
                  setChoice(o);
                }}
              >
                {o.label}
              </button>
            ))}
          </div>
        </>
      )}
      {cmd.error ? (
        <Alert tone="error">
          <span data-testid="ballot-error">{errorText(cmd.error)}</span>
        </Alert>
      ) : null}
      {closedMeanwhile && cmd.error ? (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            cmd.clearError();
            setHeld(null);
          }}
        >
          {t('common.close')}
        </button>
      ) : null}
      {choice ? (
        <ConfirmDialog
          title={t('vote.confirmTitle')}
          confirmLabel={cmd.busy ? t('vote.sending') : t('vote.confirm')}
          cancelLabel={t('common.cancel')}
          busy={cmd.busy}
          onConfirm={() => void cast()}
          onCancel={() => setChoice(null)}
        >
          <p>{t('vote.confirmBody', { option: choice.label })}</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
