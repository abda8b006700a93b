import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { ClientCommandFrame } from '../../../shared/relay-protocol/types';
import type { AppError, Result } from '../../../shared/util/result';

/**
 * Commands sent on the control channel and not acknowledged yet. By default a command stays here until the
 * relay acks it, and is resent (same frame id, same command id) on every reconnection; a 'refuse' command is
 * failed instead when the connection drops before its ack (votes: the caller looks at the live view).
 */
export type OfflinePolicy =
  /** Keep it and send it (same id) once connected, until acknowledged. */
  | { whenOffline: 'queue' }
  /** Refuse at once when offline, and fail (not resend) if the connection drops before the ack (votes). */
  | { whenOffline: 'refuse'; offlineError: AppError; droppedError: AppError };

export type CommandQueue = {
  /** Adds a command; `send` is tried at once (it returns false while there is no open channel). */
  add(id: string, command: unknown, policy: OfflinePolicy, send: (text: string) => void): Promise<Result<CommandAck>>;
  /** The relay's answer to frame `id`. */
  settle(id: string, result: Result<CommandAck>): void;
  /** The connection dropped: 'refuse' commands fail with their own error; queued ones wait for `resend`. */
  dropped(): void;
  resend(send: (text: string) => void): void;
  /** Every pending command fails with this error (the client is closing). */
  failAll(error: AppError): void;
};

type Pending = { text: string; resolve: (r: Result<CommandAck>) => void; policy: OfflinePolicy };

export function createCommandQueue(): CommandQueue {
  const pending = new Map<string, Pending>();
  return {
    add(id, command, policy, send) {
      const frame: ClientCommandFrame = { type: 'command', id, command };
      const text = JSON.stringify(frame);
      return new Promise((resolve) => {
        pending.set(id, { text, resolve, policy });
        send(text);
      });
    },
    settle(id, result) {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      p.resolve(result);
    },
    dropped() {
      for (const [id, p] of pending) {
        if (p.policy.whenOffline !== 'refuse') continue;
        pending.delete(id);
        p.resolve({ ok: false, error: p.policy.droppedError });
      }
    },
    resend(send) {
      for (const p of pending.values()) send(p.text);
    },
    failAll(error) {
      for (const p of pending.values()) p.resolve({ ok: false, error });
      pending.clear();
    },
  };
}
