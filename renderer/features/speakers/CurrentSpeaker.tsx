import type { CurrentSpeaker as Current } from '../../../shared/meeting-live/live-state';
import { useI18n } from '../../app/i18n';
import { formatClock, speakerTimer } from '../live/clock';
import { speakerKindLabel } from '../live/labels';
import { useNow } from '../live/useNow';
import './speakers.css';

type Props = { current: Current | null; offsetMs: number; size?: 'normal' | 'big' };

/** The current speaker with a running timer on the relay's clock and the configured limit. */
export function CurrentSpeaker({ current, offsetMs, size = 'normal' }: Props) {
  const { t, locale } = useI18n();
  const now = useNow(current !== null);
  if (!current) return <p className={size === 'big' ? 'speaker speaker--none speaker--big' : 'speaker speaker--none'}>{t('spk.nobody')}</p>;
  const timer = speakerTimer(current.startedAt, current.limitSec, now, offsetMs);
  const tone = timer.over ? 'over' : timer.warning ? 'warning' : 'ok';
  return (
    <div className={`speaker speaker--${size} speaker--${tone}`} data-testid="current-speaker">
      <div className="speaker__who">
        <span className="speaker__name" data-testid="current-speaker-name">
          {current.fullName}
        </span>
        <span className="speaker__kind">
          {speakerKindLabel(current.kind, locale)}
          {current.topic ? ` — ${current.topic}` : ''}
        </span>
      </div>
      <div
        className="speaker__timer"
        role="timer"
        aria-label={t('spk.timerLabel', { elapsed: formatClock(timer.elapsedSec), limit: formatClock(timer.limitSec) })}
      >
        <span className="speaker__elapsed" data-testid="speaker-elapsed">
          {formatClock(timer.elapsedSec)}
        </span>
        {timer.limitSec > 0 ? (
          <span className="speaker__limit">
            {' / '}
            {formatClock(timer.limitSec)}
          </span>
        ) : null}
        {timer.limitSec > 0 ? (
          <span className="speaker__left">
            {timer.over
              ? t('spk.over', { over: formatClock(timer.overSec) })
              : t('spk.remaining', { left: formatClock(timer.remainingSec) })}
          </span>
        ) : null}
      </div>
      {timer.limitSec > 0 ? (
        <div className="speaker__bar" aria-hidden="true">
          <div className="speaker__fill" style={{ width: `${timer.fraction * 100}%` }} />
        </div>
      ) : null}
    </div>
  );
}
