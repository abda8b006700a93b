import type { ElectionRoundView } from '../../../shared/meeting-live/election-state';
import { useI18n } from '../../app/i18n';
import { CountProgress } from '../../components/CountProgress';
import { roundProgress } from './election-view';

/** "Đã nhận X/N phiếu" with a bar: ballots returned so far (a secret ballot is counted per committed batch). */
export function RoundProgress({ round }: { round: ElectionRoundView }) {
  const { t } = useI18n();
  const p = roundProgress(round);
  return (
    <CountProgress
      label={t('eui.progressLabel')}
      done={p.done}
      of={p.of}
      caption={t('eui.progress', { done: p.done, of: p.of })}
      testId="election-progress"
    />
  );
}
