/** Alt+B (by physical key, so any keyboard layout or IME): jump to the open ballot. */
export const isBallotShortcut = (e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): boolean =>
  e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyB';
