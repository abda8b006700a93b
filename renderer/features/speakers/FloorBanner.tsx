import { useEffect, useRef, useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { useI18n } from '../../app/i18n';
import { floorSoundPref, notifyOs, playChime } from './floor-alert';
import { myFloor } from './speakers-view';
import './floor-banner.css';

/**
 * "Mời bạn phát biểu", unmissable: a wide banner across the top of the live screen (no modal: the delegate
 * keeps reading), a short chime when the floor is given (can be turned off), and the OS notification in
 * Electron. Signals fire once per grant, not again on every view while speaking.
 */
export function FloorBanner({ view }: { view: MeetingLiveView }) {
  const { t } = useI18n();
  const speaking = view.me.isMember && myFloor(view).kind === 'speaking';
  const [sound, setSound] = useState(floorSoundPref.get);
  const was = useRef(speaking);

  useEffect(() => {
    const granted = speaking && !was.current;
    was.current = speaking;
    if (!granted) return;
    if (floorSoundPref.get()) playChime();
    notifyOs(t('spk.banner.title'), t('spk.banner.body'));
  }, [speaking, t]);

  if (!speaking) return null;
  const toggle = () => {
    floorSoundPref.set(!sound);
    setSound(!sound);
  };
  return (
    <div className="floor-banner" role="alert" data-testid="floor-banner">
      <svg className="floor-banner__icon" viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">
        <rect x="9" y="2" width="6" height="12" rx="3" fill="currentColor" />
        <path d="M5 11a7 7 0 0 0 14 0M12 18v4M8 22h8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <div className="floor-banner__text">
        <strong className="floor-banner__title">{t('spk.banner.title')}</strong>
        <span>{t('spk.banner.body')}</span>
      </div>
      <button type="button" className="btn btn--small floor-banner__sound" aria-pressed={sound} onClick={toggle} data-testid="floor-sound">
        {sound ? t('spk.banner.soundOn') : t('spk.banner.soundOff')}
      </button>
    </div>
  );
}
