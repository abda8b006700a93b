import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { CommandSocket } from './command-socket';
import { openCommandSocket } from './command-socket';
import type { MeetingFixture } from './relay-fixture';
import { makeMeetingFixture } from './relay-fixture';
import { removeDir, tempDir } from './relay-harness';

/** "d01", "d02", …: the delegates' fixture keys. */
export const delegateKey = (i: number) => `d${String(i).padStart(2, '0')}`;

export type ElectionRoom = {
  fx: MeetingFixture;
  relay: Relay;
  dataDir: string;
  /** A raw /commands socket per fixture user key ('secretary', 'chair', 'd01', …). */
  sock(key: string): CommandSocket;
  /** The chair and every delegate: the members who vote. */
  voters: string[];
  close(): Promise<void>;
};

/**
 * A real relay with a published meeting of a secretary, a chair and `delegates` delegates (N = delegates + 1),
 * secret ballots batched by ten, and a raw command socket open for everyone.
 */
export async function openElectionRoom(delegates: number, label: string): Promise<ElectionRoom> {
  const fx = await makeMeetingFixture({
    users: [
      { key: 'secretary', role: 'secretariat' },
      { key: 'chair', role: 'chair' },
      ...Array.from({ length: delegates }, (_, i) => ({ key: delegateKey(i + 1), role: 'delegate' as const, group: 'to-1' })),
    ],
    docs: [{ key: 'public', sizeBytes: 10_000 }],
  });
  const dataDir = tempDir(label);
  const relay = await createRelay({ dataDir, port: 0, commandOptions: { secretBatch: { batchSize: 10, deadlineMs: 200 } } });
  relay.loadPackage(fx.pkg, fx.blobDir);
  const sockets = new Map<string, CommandSocket>();
  for (const key of Object.keys(fx.users)) sockets.set(key, await openCommandSocket(relay, fx.users[key]!.id, key));
  return {
    fx,
    relay,
    dataDir,
    sock: (key) => sockets.get(key)!,
    voters: ['chair', ...Array.from({ length: delegates }, (_, i) => delegateKey(i + 1))],
    async close() {
      for (const s of sockets.values()) s.close();
      await relay.close();
      for (const d of [dataDir, fx.dir]) removeDir(d);
    },
  };
}
