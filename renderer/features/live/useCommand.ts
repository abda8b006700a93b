import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { AppError } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
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
 * Authoritative commands for one control (a button, a form). One at a time; a retry of the same command
 * after a failure keeps its command id, so a command applied but not acknowledged is never applied twice.
 */
export function useCommand(): CommandControl {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const pending = useRef<PendingCommand | null>(null);
  const inFlight = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const send = useCallback(
    async (body: CommandBody): Promise<CommandAck | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      const { command, pending: next } = assignCommandId(pending.current, body, newCommandId);
      pending.current = next;
      setBusy(true);
      setError(null);
      try {
        const r = await api.invoke('live:command', { command });
        if (r.ok) {
          pending.current = null;
          return r.value;
        }
        if (live.current) setError(r.error);
        return null;
      } finally {
        inFlight.current = false;
        if (live.current) setBusy(false);
      }
    },
    [api],
  );
  const clearError = useCallback(() => setError(null), []);
  return { send, busy, error, clearError };
}
