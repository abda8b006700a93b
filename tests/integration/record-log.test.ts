import Database from 'better-sqlite3';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS_MIGRATIONS } from '../../electron/relay/commands';
import { migrate } from '../../electron/common/sqlite/migrate';
import { canonicalJson, entryHash } from '../../electron/relay/record/chain';
import { readRecordRows } from '../../electron/relay/record/read';
import { verifyRecord } from '../../electron/relay/record/verify';
import type { VoteId, VoteOptionId } from '../../shared/meeting-live/ids';
import { CHAIR, delegateId, ITEM_1, makeFixture, SECRETARIAT, type Fixture } from './commands-helpers';

/** A small meeting on a real command database: open, attendance, a public and a secret vote, close. */
function runMeeting(f: Fixture): void {
  const p = f.open();
  const c = (u: Parameters<Fixture['ctx']>[0], cmd: Record<string, unknown>) => p.handle(f.ctx(u), cmd);
  let n = 0;
  const id = () => `c${++n}`;
  expect(c(CHAIR, { type: 'meeting:open', commandId: id() }).ok).toBe(true);
  for (let i = 1; i <= 4; i++) c(delegateId(i), { type: 'attendance:check-in', commandId: id() });
  c(CHAIR, { type: 'attendance:check-in', commandId: id() });
  c(SECRETARIAT, { type: 'attendance:set', commandId: id(), userId: delegateId(4), status: 'present' });
  expect(
    c(delegateId(1), {
      type: 'vote:open',
      commandId: id(),
      agendaItemId: ITEM_1,
      question: 'Refused',
      kind: 'public',
      ruleId: 'hdnd_resolution',
    }).ok,
  ).toBe(false);
  for (const kind of ['public', 'secret'] as const) {
    const open = c(CHAIR, {
      type: 'vote:open',
      commandId: id(),
      agendaItemId: ITEM_1,
      question: `Q ${kind}`,
      kind,
      ruleId: 'hdnd_resolution',
    });
    if (!open.ok) throw new Error(open.error.message);
    const voteId = open.value.voteId as VoteId;
    for (let i = 1; i <= 4; i++)
      c(delegateId(i), { type: 'vote:cast', commandId: id(), voteId, optionId: (i === 4 ? 'o2' : 'o1') as VoteOptionId });
    expect(c(delegateId(1), { type: 'vote:cast', commandId: id(), voteId, optionId: 'o1' }).ok).toBe(false);
    c(CHAIR, { type: 'vote:close', commandId: id(), voteId });
  }
  c(CHAIR, { type: 'minutes:conclusion', commandId: id(), agendaItemId: ITEM_1, text: 'Kết luận' });
  c(CHAIR, { type: 'meeting:close', commandId: id() });
  p.close();
}

function verifyFile(f: Fixture) {
  const r = readRecordRows(f.file);
  if (!r.ok) throw new Error(r.failure.detail);
  return verifyRecord(r.rows.log);
}

function tamper(f: Fixture, fn: (db: Database.Database) => void): void {
  const db = new Database(f.file);
  fn(db);
  db.close();
}

describe('record log: tamper evidence', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  it('an untouched log verifies; secret ballots carry neither voter nor choice', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    const report = verifyFile(f);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    const rows = readRecordRows(f.file);
    if (!rows.ok) throw new Error('unreadable');
    const bodies = rows.rows.log.entries.map(
      (e) => JSON.parse(e.body) as { type: string; actor: string | null; args: Record<string, unknown>; outcome: string },
    );
    const secretVoteId = rows.rows.votes.find((v) => v.kind === 'secret')!.id;
    const secretCasts = bodies.filter((b) => b.type === 'vote:cast' && b.args['voteId'] === secretVoteId);
    expect(secretCasts.length).toBe(5); // four ballots and one refused second ballot
    for (const b of secretCasts) expect([b.actor, b.args['optionId']]).toEqual([null, undefined]);
    expect(bodies.some((b) => b.type === 'vote:cast' && b.actor === delegateId(4) && b.args['optionId'] === 'o2')).toBe(true);
    expect(bodies.filter((b) => b.outcome === 'refused').length).toBe(3);
    expect(rows.rows.log.checkpoints.map((c) => c.reason)).toEqual(['vote_closed', 'vote_closed', 'meeting_closed']);
  });

  it('an edited entry is named', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    tamper(f, (db) => db.prepare("UPDATE record_log SET body = replace(body, 'Q public', 'Q pubLic') WHERE seq = 9").run());
    const r = verifyFile(f);
    expect(r.ok).toBe(false);
    expect(r.firstBrokenSeq).toBe(9);
    expect(r.checks.find((c) => c.name === 'chain')).toMatchObject({ ok: false, key: 'record.verify.edited', seq: 9 });
  });

  it('an edit with recomputed hashes is caught by the signature', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    tamper(f, (db) => {
      const rows = db.prepare('SELECT seq, body, prev_hash FROM record_log ORDER BY seq').all() as {
        seq: number;
        body: string;
        prev_hash: string;
      }[];
      let prev = rows[0]!.prev_hash;
      for (const row of rows) {
        const body = row.seq === 9 ? row.body.replace('Q public', 'Q pubLic') : row.body;
        const hash = entryHash(prev, body);
        db.prepare('UPDATE record_log SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(body, prev, hash, row.seq);
        prev = hash;
      }
    });
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'chain')!.ok).toBe(true);
    expect(r.checks.find((c) => c.name === 'signatures')).toMatchObject({ ok: false, key: 'record.verify.forged', seq: 9 });
    expect(r.checks.find((c) => c.name === 'checkpoints')!.ok).toBe(false);
  });

  it('a deleted entry is named', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    tamper(f, (db) => db.prepare('DELETE FROM record_log WHERE seq = 5').run());
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'chain')).toMatchObject({ ok: false, key: 'record.verify.deleted', params: { from: 5, to: 5 } });
    expect(r.firstBrokenSeq).toBe(5);
  });

  it('reordered entries are named', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    tamper(f, (db) => {
      db.prepare('UPDATE record_log SET seq = -1 WHERE seq = 3').run();
      db.prepare('UPDATE record_log SET seq = 3 WHERE seq = 4').run();
      db.prepare('UPDATE record_log SET seq = 4 WHERE seq = -1').run();
    });
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'chain')).toMatchObject({
      ok: false,
      key: 'record.verify.reordered',
      seq: 3,
      params: { other: 4 },
    });
  });

  it('a truncated tail is named', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    const total = verifyFile(f).entries;
    tamper(f, (db) => db.prepare('DELETE FROM record_log WHERE seq > ?').run(total - 3));
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'head')).toMatchObject({
      ok: false,
      key: 'record.verify.truncated',
      params: { last: total - 3, head: total },
    });
    expect(r.checks.find((c) => c.name === 'chain')!.ok).toBe(true);
    expect(r.ok).toBe(false);
  });

  it('a forged entry appended with a correct link (and head) is refused for its signature', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    tamper(f, (db) => {
      const last = db.prepare('SELECT seq, hash, key_id FROM record_log ORDER BY seq DESC LIMIT 1').get() as {
        seq: number;
        hash: string;
        key_id: number;
      };
      const seq = last.seq + 1;
      const body = canonicalJson({
        v: 1,
        seq,
        at: 1,
        outcome: 'refused',
        type: 'vote:cast',
        actor: null,
        role: null,
        commandId: null,
        args: {},
        version: null,
        refusal: { code: 'forbidden', reason: null },
      });
      const hash = entryHash(last.hash, body);
      const sig = sign(null, Buffer.from(hash, 'hex'), generateKeyPairSync('ed25519').privateKey);
      db.prepare('INSERT INTO record_log (seq, body, prev_hash, hash, key_id, sig) VALUES (?, ?, ?, ?, ?, ?)').run(
        seq,
        body,
        last.hash,
        hash,
        last.key_id,
        sig,
      );
      db.prepare('UPDATE record_head SET seq = ?, hash = ?').run(seq, hash);
    });
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'chain')!.ok).toBe(true);
    expect(r.checks.find((c) => c.name === 'signatures')).toMatchObject({ ok: false, key: 'record.verify.forged' });
    expect(r.firstBrokenSeq).toBe(r.entries);
  });

  it('a checkpoint that no longer matches is named, and so is an anchor quoted in the minutes', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    const cp = readRecordRows(f.file);
    if (!cp.ok) throw new Error('unreadable');
    const first = cp.rows.log.checkpoints[0]!;
    tamper(f, (db) => db.prepare('UPDATE record_checkpoints SET hash = ? WHERE seq = ?').run('f'.repeat(64), first.seq));
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'checkpoints')).toMatchObject({
      ok: false,
      key: 'record.verify.checkpointMismatch',
      seq: first.seq,
    });
    const rows = readRecordRows(f.file);
    if (!rows.ok) throw new Error('unreadable');
    const anchored = verifyRecord({ ...rows.rows.log, checkpoints: [], anchors: [{ seq: first.seq, hash: 'e'.repeat(64) }] });
    expect(anchored.checks.find((c) => c.name === 'anchors')).toMatchObject({ ok: false, seq: first.seq });
  });

  it('an applied command removed from the log and the chain rebuilt is caught by the cross-check', () => {
    f = makeFixture({ delegates: 4 });
    runMeeting(f);
    tamper(f, (db) => db.prepare("DELETE FROM commands WHERE command_id = 'c2'").run());
    const r = verifyFile(f);
    expect(r.checks.find((c) => c.name === 'commands')).toMatchObject({ ok: false, key: 'record.verify.noCommandRow', seq: 2 });
  });

  it('a database upgraded mid-meeting verifies from its baseline on', () => {
    f = makeFixture({ delegates: 4 });
    mkdirSync(dirname(f.file), { recursive: true });
    const old = new Database(f.file);
    migrate(old, COMMANDS_MIGRATIONS, 1);
    old.prepare("INSERT INTO meeting (id, meeting_id, body_kind, version) VALUES (1, ?, 'hdnd', 2)").run(f.config.meeting.meetingId);
    old
      .prepare(
        "INSERT INTO commands (user_id, command_id, type, ack) VALUES ('chair', 'old1', 'meeting:open', '{}'), ('chair', 'old2', 'attendance:check-in', '{}')",
      )
      .run();
    old.close();
    const p = f.open();
    expect(p.handle(f.ctx(delegateId(1)), { type: 'attendance:check-in', commandId: 'new1' }).ok).toBe(true);
    p.close();
    const r = verifyFile(f);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.entries).toBe(1);
  });
});
