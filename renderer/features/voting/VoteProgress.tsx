import type { OpenVoteView } from '../../../shared/meeting-live/live-state';
import { useI18n } from '../../app/i18n';
import { voteProgress } from './vote-view';
import './voting.css';

export function VoteProgress({ vote }: { vote: OpenVoteView }) {
  const { t } = useI18n();
  const p = voteProgress(vote);
  const pct = Math.round(p.fraction * 100);
  return (
    <div className="vote-progress">
      <div
        className="vote-progress__track"
        role="progressbar"
        aria-label={t('vote.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={p.of}
        aria-valuenow={p.done}
      >
        <div className="vote-progress__fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="vote-progress__caption" data-testid="vote-progress">
        {t('vote.progress', { done: p.done, of: p.of })}
      </span>
    </div>
  );
}
