import type { OpenVoteView } from '../../../shared/meeting-live/live-state';
import { useI18n } from '../../app/i18n';
import { CountProgress } from '../../components/CountProgress';
import { voteProgress } from './vote-view';

export function VoteProgress({ vote }: { vote: OpenVoteView }) {
  const { t } = useI18n();
  const p = voteProgress(vote);
  return (
    <CountProgress
      label={t('vote.progressLabel')}
      done={p.done}
      of={p.of}
      caption={t('vote.progress', { done: p.done, of: p.of })}
      testId="vote-progress"
    />
  );
}
