import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, delegateId, ITEM_1, MEETING_ID, makeFixture, mustAck, startMeeting } from './commands-helpers';

const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, 'commands-kill-child.ts');

let f: Fixture;
afterEach(() => f?.cleanup());

const optionFor = (i: number): string => `o${1 + (i % 3)}`;

function setupVote(delegates: number, kind: 'public' | 'secret'): string {
  f = makeFixture({ delegates, agenda: false });
  const p = f.open();
  startMeeting(p, f, delegates);
  const voteId = mustAck(
    p.handle(f.ctx(CHAIR), { type: 'vote:open', commandId: cid(), agendaItemId: ITEM_1, question: 'Q', kind, ruleId: 'hdnd_resolution' }),
  ).voteId!;
  p.close();
  return voteId;
}

/**
 * Runs the child relay, sends it the first `sent` ballots at once, and SIGKILLs it as soon as `killAfter`
 * acks have arrived — typically while it is applying the next ones. Returns every ack the parent received
 * (a few more may already sit in the pipe when the kill lands: those ballots were committed and acked too).
 */
async function castUntilKilled(voteId: string, sent: number, killAfter: number): Promise<Set<string>> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, f.file, MEETING_ID, 'hdnd', JSON.stringify(f.participants)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const acked = new Set<string>();
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') {
        let batch = '';
        for (let i = 1; i <= sent; i++) batch += `cast ${delegateId(i)} ballot-${i} ${voteId} ${optionFor(i)}\n`;
        child.stdin!.write(batch);
        return;
      }
      const [verb, commandId] = line.split(' ');
      if (verb !== 'ack') return reject(new Error(`child refused: ${line}`));
      acked.add(commandId!);
      if (acked.size === killAfter) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => resolve());
  });
  expect(await exited).toBe('SIGKILL');
  return acked;
}

describe('relay killed mid-vote', () => {
  it('in-process: a second processor opened on the file without closing the first sees every acked ballot once', () => {
    f = makeFixture({ delegates: 20 });
    const p1 = f.open();
    startMeeting(p1, f, 20);
    const voteId = mustAck(
      p1.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    ).voteId!;
    const acks = new Map<number, unknown>();
    for (let i = 1; i <= 10; i++)
      acks.set(i, mustAck(p1.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: `b-${i}`, voteId, optionId: optionFor(i) })));
    // "kill": p1 is abandoned (never closed); a new processor takes over the same file
    const p2 = f.open();
    expect(p2.view(f.ctx(CHAIR)).vote!.castCount).toBe(10);
    // clients resend everything they did not see acked — and some that they did: same ack, nothing doubled
    for (let i = 1; i <= 20; i++) {
      const ack = mustAck(p2.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: `b-${i}`, voteId, optionId: optionFor(i) }));
      if (acks.has(i)) expect(ack).toEqual(acks.get(i));
    }
    const t = mustAck(p2.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId })).result!;
    expect(t.cast).toBe(20);
    expect(t.options.map((o) => o.count)).toEqual([6, 7, 7]); // i % 3: o1 for 3,6,...,18; o2 for 1,4,..,19; o3 for 2,5,..,20
  });

  it.each(['public', 'secret'] as const)(
    'SIGKILL during a burst of %s ballots: acked ballots all counted, none twice; resends complete the vote',
    async (kind) => {
      const N = 60;
      const voteId = setupVote(N, kind);
      const SENT = 30;
      const acked = await castUntilKilled(voteId, SENT, 20);
      expect(acked.size).toBeGreaterThanOrEqual(20);

      const p = f.open({ now: () => Date.now() });
      const afterRestart = p.view(f.ctx(CHAIR)).vote!;
      // every acknowledged ballot survived; anything beyond was committed but its ack lost in the kill
      expect(afterRestart.castCount).toBeGreaterThanOrEqual(acked.size);
      expect(afterRestart.castCount).toBeLessThanOrEqual(SENT); // killed mid-vote: 30 of 60 sent at most
      const raw = new Database(f.file, { readonly: true });
      const voted = new Set(
        (
          raw.prepare(`SELECT user_id FROM ${kind === 'secret' ? 'voters' : 'open_ballots'} WHERE vote_id = ?`).all(voteId) as {
            user_id: string;
          }[]
        ).map((r) => r.user_id),
      );
      const ballotRows = (
        raw.prepare(`SELECT COUNT(*) AS c FROM ${kind === 'secret' ? 'ballots' : 'open_ballots'} WHERE vote_id = ?`).get(voteId) as {
          c: number;
        }
      ).c;
      const ackRows = (raw.prepare("SELECT COUNT(*) AS c FROM commands WHERE type = 'vote:cast'").get() as { c: number }).c;
      raw.close();
      for (const id of acked) expect(voted.has(delegateId(Number(id.split('-')[1])))).toBe(true);
      expect(ballotRows).toBe(voted.size); // one ballot per voter, in the same transaction
      expect(ackRows).toBe(voted.size); // and one idempotency record per applied ballot

      // Clients resend every ballot they sent (same command ids): the vote completes with exactly N ballots.
      for (let i = 1; i <= N; i++) {
        mustAck(p.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: `ballot-${i}`, voteId, optionId: optionFor(i) }));
      }
      const t = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId })).result!;
      expect(t.cast).toBe(N);
      expect(t.options.map((o) => o.count)).toEqual([20, 20, 20]);
    },
  );
});
