import type { AttendanceCounts } from '../../../shared/meeting-live/live-state';
import type { QuorumStatus } from '../../../shared/voting/quorum';
import { useI18n } from '../../app/i18n';
import { quorumMeter } from './attendance-view';
import './attendance.css';

/**
 * Present (checked in on a laptop or recorded by the secretariat; the connection does not matter) against the
 * body's quorum rule in force, out of N members in office, with the threshold marked and the rule cited.
 */
export function QuorumMeter({
  quorum,
  counts,
  showBasis = false,
}: {
  quorum: QuorumStatus;
  counts?: AttendanceCounts;
  showBasis?: boolean;
}) {
  const { t, locale } = useI18n();
  const m = quorumMeter(quorum);
  return (
    <div className={m.met ? 'quorum quorum--met' : 'quorum quorum--short'} data-testid="quorum">
      <div className="quorum__head">
        <span className="quorum__count" data-testid="quorum-count">
          {t('quorum.count', { present: m.present, total: m.total })}
        </span>
        <span className="quorum__state">{m.met ? t('quorum.met') : t('quorum.notMet', { missing: m.missing })}</span>
      </div>
      <div
        className="quorum__track"
        role="meter"
        aria-label={t('quorum.meterLabel', { present: m.present, total: m.total, required: m.required })}
        aria-valuemin={0}
        aria-valuemax={m.total}
        aria-valuenow={m.present}
      >
        <div className="quorum__fill" style={{ width: `${m.fraction * 100}%` }} />
        <div className="quorum__mark" style={{ left: `${m.thresholdFraction * 100}%` }} />
      </div>
      {counts ? (
        <p className="quorum__sources small" data-testid="quorum-sources">
          {t('quorum.sources', {
            laptop: counts.checkedInLaptop,
            secretariat: counts.checkedInSecretariat,
            offline: counts.presentOffline,
          })}
        </p>
      ) : null}
      <p className="quorum__rule">
        {quorum.label[locale]} · {t('quorum.required', { required: m.required })}
      </p>
      {showBasis ? (
        <p className="quorum__basis">
          {t('quorum.basis', { text: quorum.legalBasis })}
          {quorum.citation?.needsLegalConfirmation ? <span className="rules__flag"> · {t('rule.needsConfirmation')}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
