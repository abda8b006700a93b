import { useState } from 'react';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { CommandBody } from '../live/command-id';
import { useCommand } from '../live/useCommand';

/**
 * A one-line note on the current agenda item for the minutes (conclusion, dissent): its text, whether the
 * meeting lets it be written, and the "saved" notice that any edit clears. Line breaks become spaces (the
 * relay refuses control characters in a record line).
 */
export function useItemNote(view: MeetingLiveView) {
  const cmd = useCommand();
  const [text, setTextState] = useState('');
  const [saved, setSaved] = useState(false);
  const item = view.current.agendaItemId;
  const open = view.phase === 'open';
  const clean = text.replace(/\s+/g, ' ').trim();

  const setText = (value: string) => {
    setTextState(value);
    setSaved(false);
  };

  /** Sends the command built for the current item; on its ack clears the text and shows "saved". */
  async function save(build: (item: AgendaItemId, text: string) => CommandBody): Promise<boolean> {
    if (!item || clean === '') return false;
    setSaved(false);
    const ack = await cmd.send(build(item, clean));
    if (!ack) return false;
    setTextState('');
    setSaved(true);
    return true;
  }

  return { cmd, text, setText, saved, setSaved, item, open, clean, save };
}
