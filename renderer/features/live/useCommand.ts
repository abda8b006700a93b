import { useCallback, useEffect, useRef } from 'react';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { useAction } from '../../app/useAction';
import { assignCommandId, newCommandId, type CommandBody, type PendingCommand } from './command-id';

export type CommandControl = {
  /** Sends one command; resolves with the relay's ack, or null after showing the refusal in `error`. */
  send(body: CommandBody): Promise<CommandAck | null>;
  busy: boolean;
  /** The relay's (or the local service's) refusal, shown verbatim. */
  error: AppError | null;
  clearError(): void;
};

/**
 * Authoritative commands for one control (a button, a form): `useAction` (busy, error) plus command ids.
 * One at a time; a retry of the same command after a failure keeps its command id, so a command applied
 * but not acknowledged is never applied twice.
 */
export function useCommand(): CommandControl {
  const api = useApi();
  const { busy, error, setError, run } = useAction();
  const pending = useRef<PendingCommand | null>(null);
  const inFlight = useRef(false);

  const send = useCallback(
    async (body: CommandBody): Promise<CommandAck | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      const { command, pending: next } = assignCommandId(pending.current, body, newCommandId);
      pending.current = next;
      try {
        const r = await run(() => api.invoke('live:command', { command }));
        if (!r) return null;
        pending.current = null;
        return r.value;
      } finally {
        inFlight.current = false;
      }
    },
    [api, run],
  );
  const clearError = useCallback(() => setError(null), [setError]);
  // An "offline" refusal (queued, not sent, vote refused offline) is about the link: once the laptop is
  // online again its cause is gone, and it must not stay next to a green "Trực tuyến" badge.
  useEffect(
    () =>
      api.on('relay:status', (s) => {
        if (s.state === 'online') setError((e) => (e?.code === 'offline' ? null : e));
      }),
    [api, setError],
  );
  return { send, busy, error, clearError };
}
