/**
 * The signals of "Mời bạn phát biểu" beyond the banner: a short chime (Web Audio, no sound file) the delegate
 * can turn off (remembered on this laptop), and the system notification when running in Electron (the web
 * Notification API in Electron's renderer; browser mode skips it: the page may not be the one in front).
 */
const SOUND_KEY = 'phg.floorSound';
const CHIME_HZ = [660, 880] as const;
const NOTE_MS = 180;

export const floorSoundPref = {
  get(): boolean {
    try {
      return localStorage.getItem(SOUND_KEY) !== 'off';
    } catch {
      return true;
    }
  },
  set(on: boolean): void {
    try {
      localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    } catch {
      // No storage: the choice lasts for this page only.
    }
  },
};

type AudioCtor = typeof AudioContext;

/** Two short rising notes. Returns false when the browser has no Web Audio (nothing played). */
export function playChime(): boolean {
  const Ctor: AudioCtor | undefined = window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioCtor }).webkitAudioContext;
  if (!Ctor) return false;
  const ctx = new Ctor();
  const start = ctx.currentTime;
  CHIME_HZ.forEach((hz, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = hz;
    const t0 = start + (i * NOTE_MS) / 1000;
    const t1 = t0 + NOTE_MS / 1000;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.3, t0 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t1);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t1);
  });
  window.setTimeout(() => void ctx.close(), CHIME_HZ.length * NOTE_MS + 200);
  return true;
}

/** The OS notification, in Electron only (the preload's `window.phg` tells the app runs there). */
export function notifyOs(title: string, body: string): void {
  if (!window.phg || typeof Notification === 'undefined') return;
  const show = () => new Notification(title, { body, silent: true });
  if (Notification.permission === 'granted') show();
  else if (Notification.permission !== 'denied') void Notification.requestPermission().then((p) => p === 'granted' && show());
}
