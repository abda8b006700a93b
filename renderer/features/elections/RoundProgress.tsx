import type { ElectionRoundView } from '../../../shared/meeting-live/election-state';
import { useI18n } from '../../app/i18n';
import { roundProgress } from './election-view';
import './elections.css';

/** "Đã nhận X/N phiếu" with a bar: ballots returned so far (a secret ballot is counted per committed batch). */
export function RoundProgress({ round }: { round: ElectionRoundView }) {
  const { t } = useI18n();
  const p = roundProgress(round);
  return (
    <div className="election-progress">
      <div
        className="election-progress__track"
        role="progressbar"
        aria-label={t('eui.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={p.of}
        aria-valuenow={p.done}
      >
        <div className="election-progress__fill" style={{ width: `${Math.round(p.fraction * 100)}%` }} />
      </div>
      <span className="election-progress__caption" data-testid="election-progress">
        {t('eui.progress', { done: p.done, of: p.of })}
      </span>
    </div>
  );
}
