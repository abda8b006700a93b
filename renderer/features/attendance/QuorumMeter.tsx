import type { QuorumStatus } from '../../../shared/voting/quorum';
import { useI18n } from '../../app/i18n';
import { quorumMeter } from './attendance-view';
import './attendance.css';

/** Present (checked in AND seen by the relay's heartbeat) against the body's quorum rule, with the threshold marked. */
export function QuorumMeter({ quorum, showBasis = false }: { quorum: QuorumStatus; showBasis?: boolean }) {
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
      <p className="quorum__rule">
        {quorum.label[locale]} · {t('quorum.required', { required: m.required })}
      </p>
      {showBasis ? <p className="quorum__basis">{t('quorum.basis', { text: quorum.legalBasis })}</p> : null}
    </div>
  );
}
