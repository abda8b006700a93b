import { randomUUID } from 'node:crypto';
import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { Result } from '../../../shared/util/result';
import { appError, fail } from '../../../shared/util/result';
import type { SyncClient } from '../sync/sync-client';

/** Ballots are never queued: a ballot is cast while the relay sees this laptop, or not at all. */
const BALLOT_TYPES: ReadonlySet<unknown> = new Set(['vote:cast', 'election:cast']);

/**
 * One live command through the relay link. Ballots: sent now or refused. Anything else: the relay's ack when
 * online; offline (or dropped before the ack) → `offline` with `detail.queued`, and the sync client resends it
 * with the same id once connected.
 */
export function sendLiveCommand(client: SyncClient, command: unknown): Promise<Result<CommandAck>> {
  const type = command && typeof command === 'object' ? (command as { type?: unknown }).type : undefined;
  if (BALLOT_TYPES.has(type)) {
    return client.sendCommand(command, randomUUID(), {
      whenOffline: 'refuse',
      offlineError: appError('offline', 'error.sync.voteOffline'),
      droppedError: appError('offline', 'error.sync.voteDropped'),
    });
  }
  const queued = () => fail('offline', 'error.sync.commandQueued', undefined, { queued: true });
  if (client.state() !== 'online') {
    void client.sendCommand(command);
    return Promise.resolve(queued());
  }
  return new Promise<Result<CommandAck>>((resolve) => {
    let settled = false;
    const settle = (r: Result<CommandAck>) => {
      if (settled) return;
      settled = true;
      off();
      resolve(r);
    };
    // Dropped mid-flight: the caller learns now; the command stays queued and is resent (same id).
    const off = client.onState((s) => {
      if (s !== 'online') settle(queued());
    });
    void client.sendCommand(command).then(settle);
  });
}
