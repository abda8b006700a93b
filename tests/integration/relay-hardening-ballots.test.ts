import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { CommandSocket } from '../helpers/command-socket';
import { mustAck, openCommandSocket } from '../helpers/command-socket';
import type { RawCell } from './commands-sqlite-pages';
import { containsBytes, physicalWriteOrder, readIndexBtree } from './commands-sqlite-pages';

/**
 * Point 5 of the relay hardening: secret ballots through the relay's /commands socket (raw ws frames). A raw copy
 * of the command database (main file and WAL) taken while the vote is open links a ballot to its batch and to
 * nothing finer: inside each batch of 10, neither cell order nor key order pairs a voter's mark with its ballot
 * better than chance. A voter alone within the batch deadline forms a batch of one (linkable until close,
 * PROTOCOL.md says so). After close no cast acknowledgement (voter, command id, exact time) of the vote remains.
 */
const BATCH = 10;
const GROUPS = 4;
const VOTERS = BATCH * GROUPS + 1; // the last one votes alone
const DEADLINE_MS = 300;
const dKey = (i: number) => `d${String(i).padStart(2, '0')}`;

let fx: MeetingFixture;
let relay: Relay;
let dataDir: string;
let scratch: string;
const sockets: CommandSocket[] = [];

beforeAll(async () => {
  fx = await makeMeetingFixture({
    users: [
      { key: 'secretary', role: 'secretariat' },
      { key: 'chair', role: 'chair' },
      ...Array.from({ length: VOTERS }, (_, i) => ({ key: dKey(i + 1), role: 'delegate' as const, group: 'to-1' })),
    ],
    docs: [{ key: 'public', sizeBytes: 10_000 }],
  });
  dataDir = tempDir('relay-ballots');
  scratch = tempDir('relay-ballots-copy');
  relay = await createRelay({
    dataDir,
    port: 0,
    commandOptions: { requireQuorumToOpenVote: false, secretBatch: { batchSize: BATCH, deadlineMs: DEADLINE_MS } },
  });
  relay.loadPackage(fx.pkg, fx.blobDir);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await relay.close();
  for (const d of [dataDir, scratch, fx.dir]) removeDir(d);
});

const commandSocket = async (key: string): Promise<CommandSocket> => {
  const socket = await openCommandSocket(relay, fx.users[key]!.id, key);
  sockets.push(socket);
  return socket;
};

const must = mustAck;

/** SQLite's WAL: the page images of each commit, in order (https://www.sqlite.org/fileformat2.html#walformat). */
function walCommits(wal: Uint8Array): { pageSize: number; commits: Map<number, Uint8Array>[] } {
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const pageSize = view.getUint32(8);
  const salt = [view.getUint32(16), view.getUint32(20)];
  const commits: Map<number, Uint8Array>[] = [];
  let pending = new Map<number, Uint8Array>();
  for (let at = 32; at + 24 + pageSize <= wal.byteLength; at += 24 + pageSize) {
    if (view.getUint32(at + 8) !== salt[0] || view.getUint32(at + 12) !== salt[1]) break;
    pending.set(view.getUint32(at), wal.slice(at + 24, at + 24 + pageSize));
    if (view.getUint32(at + 4) !== 0) {
      commits.push(pending);
      pending = new Map();
    }
  }
  return { pageSize, commits };
}

/** The database as of each commit: main file plus every WAL frame up to it, written to a file the page reader opens. */
function imagesPerCommit(mainFile: string, walFile: string): string[] {
  const main = new Uint8Array(readFileSync(mainFile));
  const { pageSize, commits } = walCommits(new Uint8Array(readFileSync(walFile)));
  let image = main;
  return commits.map((pages, k) => {
    for (const [no, bytes] of pages) {
      const end = no * pageSize;
      if (image.byteLength < end) {
        const grown = new Uint8Array(end);
        grown.set(image);
        image = grown;
      }
      image.set(bytes, (no - 1) * pageSize);
    }
    const file = join(scratch, `commit-${k}.db`);
    writeFileSync(file, image);
    return file;
  });
}

const hex = (v: unknown) => Buffer.from(v as Uint8Array).toString('hex');

describe('secret ballots through the relay', () => {
  const choice = new Map<string, string>();
  let voteId: string;
  let chair: CommandSocket;
  const castIds: string[] = [];
  let firstAck: Record<string, unknown>;
  let voterSockets: CommandSocket[];

  it('a mid-vote raw copy of the database links ballots to voters no better than chance within a batch', async () => {
    chair = await commandSocket('chair');
    must(await chair.send({ type: 'meeting:open', commandId: 'open-1' }));
    voterSockets = await Promise.all(Array.from({ length: VOTERS }, (_, i) => commandSocket(dKey(i + 1))));
    await Promise.all(voterSockets.map((s, i) => s.send({ type: 'attendance:check-in', commandId: `in-${i}` }).then(must)));
    const options = Array.from({ length: BATCH }, (_, i) => `Phương án ${i + 1}`);
    voteId = must(
      await chair.send({
        type: 'vote:open',
        commandId: 'vote-1',
        agendaItemId: fx.pkg.agenda[0]!.id,
        question: 'Bầu chức danh',
        kind: 'secret',
        ruleId: 'hdnd_resolution',
        options,
      }),
    ).voteId as string;

    // Four groups of ten, each voter of a group choosing a different option; then one voter alone.
    for (let g = 0; g < GROUPS; g++) {
      const acks = await Promise.all(
        Array.from({ length: BATCH }, (_, j) => {
          const i = g * BATCH + j;
          const optionId = `o${j + 1}`;
          choice.set(fx.users[dKey(i + 1)]!.id, optionId);
          castIds.push(`cast-${i}`);
          return voterSockets[i]!.send({ type: 'vote:cast', commandId: `cast-${i}`, voteId, optionId });
        }),
      );
      for (const a of acks) expect(Object.keys(must(a)).sort()).toEqual(['at', 'commandId', 'type', 'version', 'voteId']);
      if (g === 0) firstAck = must(acks[0]!);
    }
    const lone = fx.users[dKey(VOTERS)]!.id;
    choice.set(lone, 'o3');
    castIds.push('cast-lone');
    must(await voterSockets[VOTERS - 1]!.send({ type: 'vote:cast', commandId: 'cast-lone', voteId, optionId: 'o3' }));

    // Idempotent while open: the same command id again gets the very same ack, and counts once.
    expect(must(await voterSockets[0]!.send({ type: 'vote:cast', commandId: 'cast-0', voteId, optionId: 'o1' }))).toEqual(firstAck);
    const again = await voterSockets[0]!.send({ type: 'vote:cast', commandId: 'cast-0-bis', voteId, optionId: 'o2' });
    expect(again.ok).toBe(false);

    // The copy: main file and WAL as they are on disk right now, with the relay running.
    const file = join(dataDir, 'commands', `${fx.meetingId}.db`);
    copyFileSync(file, join(scratch, 'copy.db'));
    copyFileSync(`${file}-wal`, join(scratch, 'copy.db-wal'));
    const images = imagesPerCommit(join(scratch, 'copy.db'), join(scratch, 'copy.db-wal'));
    const schema = new Database(images.at(-1)!, { readonly: true });
    const root = (t: string) =>
      (schema.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(t) as { rootpage: number }).rootpage;
    const [votersRoot, ballotsRoot] = [root('voters'), root('ballots')];
    schema.close();

    const ofVote = (cells: RawCell[]) => cells.filter((c) => c.values[0] === voteId);
    const batches: { voters: RawCell[]; ballots: RawCell[] }[] = [];
    let seenVoters = new Set<string>();
    let seenBallots = new Set<string>();
    for (const img of images) {
      const voters = ofVote(readIndexBtree(img, votersRoot));
      const ballots = ofVote(readIndexBtree(img, ballotsRoot));
      const newVoters = voters.filter((c) => !seenVoters.has(c.values[1] as string));
      const newBallots = ballots.filter((c) => !seenBallots.has(hex(c.values[1])));
      expect(newBallots.length).toBe(newVoters.length);
      if (newVoters.length > 0) batches.push({ voters: newVoters, ballots: newBallots });
      seenVoters = new Set(voters.map((c) => c.values[1] as string));
      seenBallots = new Set(ballots.map((c) => hex(c.values[1])));
    }
    // Each commit that marks voters marks a whole batch: the WAL groups them by ten, never one by one.
    expect(batches.map((b) => b.voters.length)).toEqual([...Array(GROUPS).fill(BATCH), 1]);

    // Two linking attacks inside each batch: pair the n-th mark with the n-th ballot in write order (cell
    // offsets), and in key order. Chance gives one right pair per batch on average; arrival-ordered cells gave 10.
    let byWriteOrder = 0;
    let byKeyOrder = 0;
    for (const b of batches.slice(0, GROUPS)) {
      const optionsInBatch = b.ballots.map((c) => c.values[2] as string).sort();
      expect(optionsInBatch).toEqual(b.voters.map((c) => choice.get(c.values[1] as string)!).sort());
      const v1 = physicalWriteOrder(b.voters);
      const b1 = physicalWriteOrder(b.ballots);
      byWriteOrder += v1.filter((v, i) => choice.get(v.values[1] as string) === b1[i]!.values[2]).length;
      byKeyOrder += b.voters.filter((v, i) => choice.get(v.values[1] as string) === b.ballots[i]!.values[2]).length;
    }
    // P(≥ 15 right of 40 | chance) < 1e-4; the pre-batching storage gave 40 of 40.
    expect(byWriteOrder).toBeLessThan(15);
    expect(byKeyOrder).toBeLessThan(15);
    // Honest exposure (PROTOCOL.md): the lone voter's batch of one links until the vote closes.
    expect(batches[GROUPS]!.voters[0]!.values[1]).toBe(lone);
    expect(batches[GROUPS]!.ballots[0]!.values[2]).toBe('o3');
  });

  it('after close, no cast acknowledgement of the secret vote (voter, command id, time) remains', async () => {
    const closed = must(await chair.send({ type: 'vote:close', commandId: 'close-1', voteId }));
    expect((closed.result as { cast: number }).cast).toBe(VOTERS);

    const file = join(dataDir, 'commands', `${fx.meetingId}.db`);
    const wal = `${file}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const bytes = new Uint8Array(readFileSync(file));
    // No cast ack anywhere in the file: not its command id, not the ack's JSON with its time.
    for (const id of castIds) expect(containsBytes(bytes, new TextEncoder().encode(`"commandId":"${id}"`)), id).toBe(false);
    expect(containsBytes(bytes, new TextEncoder().encode(`"type":"vote:cast","at":${firstAck.at as number}`))).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM commands WHERE type = 'vote:cast'").get()).toEqual({ n: 0 });
    // The tamper-evident record keeps one entry per ballot, with its time but without sender or command id.
    const logged = (db.prepare('SELECT body FROM record_log').all() as { body: string }[])
      .map((r) => JSON.parse(r.body) as { type: string; actor: unknown; commandId: unknown; args: Record<string, unknown> })
      .filter((b) => b.type === 'vote:cast');
    expect(logged.length).toBeGreaterThanOrEqual(VOTERS);
    for (const b of logged) expect([b.actor, b.commandId, b.args.optionId]).toEqual([null, null, undefined]);
    db.close();

    // A late resend of a cast is refused as late (the ack is gone), and counts nothing.
    const late = await voterSockets[0]!.send({ type: 'vote:cast', commandId: 'cast-0', voteId, optionId: 'o1' });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
