import { useState } from 'react';
import type { OpenVoteView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../app/i18n';
import { formatTime, voteKindLabel } from '../live/labels';
import { useCommand } from '../live/useCommand';
import { liveCountRows, voteProgress } from './vote-view';
import { VoteProgress } from './VoteProgress';
import { Card } from '../../components/Card';
import './voting.css';

/** The chair's view of the open vote: progress, live counts (never for a secret ballot), who has not voted (named). */
export function VoteMonitor({ vote, canClose }: { vote: OpenVoteView; canClose: boolean }) {
  const { t, locale, errorText } = useI18n();
  const cmd = useCommand();
  const [confirming, setConfirming] = useState(false);
  const counts = liveCountRows(vote);
  const p = voteProgress(vote);
  return (
    <Card
      emphasis
      eyebrow={
        <>
          {t('vote.open')} · {voteKindLabel(vote.kind, locale)} · {formatTime(vote.openedAt, locale)}
        </>
      }
      labelledBy="monitor-heading"
      testId="vote-monitor"
    >
      <h3 id="monitor-heading" className="ballot__question">
        {vote.question}
      </h3>
      <p className="small muted">
        {vote.rule.label[locale]} · {t('vote.frozen', { n: vote.n, present: vote.presentAtOpen })}
      </p>
      <VoteProgress vote={vote} />
      {counts ? (
        <div className="vote-monitor__counts">
          <h4 className="small">{t('vote.liveCounts')}</h4>
          <ul>
            {counts.map((c) => (
              <li key={c.id}>
                <span>{c.label}</span>
                <strong>{c.count}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : vote.kind === 'secret' ? (
        <p className="hint">{t('vote.secretNoCounts')}</p>
      ) : null}
      {vote.notVoted ? (
        <details className="vote-monitor__notvoted" open={vote.notVoted.length <= 12}>
          <summary>{t('vote.notVoted', { n: vote.notVoted.length })}</summary>
          {vote.notVoted.length === 0 ? <p>{t('vote.allVoted')}</p> : <p>{vote.notVoted.map((m) => m.fullName).join(', ')}</p>}
        </details>
      ) : null}
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
      {canClose ? (
        <div className="form__actions">
          <button type="button" className="btn btn--danger" disabled={cmd.busy} onClick={() => setConfirming(true)}>
            {t('vote.close')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('vote.close')}
          confirmLabel={t('vote.close')}
          cancelLabel={t('common.cancel')}
          danger
          busy={cmd.busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            void cmd.send({ type: 'vote:close', voteId: vote.voteId }).then(() => setConfirming(false));
          }}
        >
          <p>{t('vote.closeConfirm', { question: vote.question, done: p.done, of: p.of })}</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
