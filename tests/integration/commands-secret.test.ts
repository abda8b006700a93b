import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, delegateId, ITEM_1, makeFixture, mustAck, startMeeting } from './commands-helpers';
import { containsBytes, physicalWriteOrder, readIndexBtree } from './commands-sqlite-pages';

/*
 * After a secret vote, someone who reads the relay's database file must find nothing that links a ballot to
 * a voter: no shared key, no rowid, no time, and no physical order. Twelve delegates each choose a different
 * option, in a known order, so any order that survived in the file would give the link away completely.
 */

let f: Fixture;
afterEach(() => f?.cleanup());

const VOTERS = 12;
// cast order is a fixed permutation, neither sorted by id nor by option
const CAST_ORDER = [7, 2, 11, 5, 9, 1, 12, 4, 8, 3, 10, 6];
const choiceOf = (i: number): string => `o${((i * 5) % VOTERS) + 1}`; // a bijection delegate → option

function rootPage(db: Database.Database, table: string): number {
  return (db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as { rootpage: number }).rootpage;
}

describe('secret ballot storage', () => {
  it('schema: voters and ballots share only the vote id; no rowid, no time, no autoincrement', () => {
    f = makeFixture({ delegates: 2 });
    f.open().close();
    const db = new Database(f.file, { readonly: true });
    const cols = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('voters')).toEqual(['vote_id', 'user_id']);
    expect(cols('ballots')).toEqual(['vote_id', 'ballot_key', 'option_id']);
    expect(cols('voters').filter((c) => cols('ballots').includes(c))).toEqual(['vote_id']);
    const fks = (t: string) =>
      (db.prepare(`PRAGMA foreign_key_list(${t})`).all() as { table: string; from: string }[]).map((k) => `${k.from}->${k.table}`);
    expect(fks('ballots').sort()).toEqual(['option_id->vote_options', 'vote_id->vote_options']);
    expect(fks('voters').sort()).toEqual(['user_id->vote_entitled', 'vote_id->vote_entitled']);
    // WITHOUT ROWID: there is no rowid to order by
    expect(() => db.prepare('SELECT rowid FROM ballots').all()).toThrow(/no such column/);
    expect(() => db.prepare('SELECT rowid FROM voters').all()).toThrow(/no such column/);
    const sql = (
      db.prepare("SELECT group_concat(sql, ';') AS s FROM sqlite_schema WHERE type = 'table' AND name IN ('voters', 'ballots')").get() as {
        s: string;
      }
    ).s;
    expect(sql).not.toMatch(/AUTOINCREMENT|_at\b|time|date|seq/i);
    db.close();
  });

  it('after close, neither keys, nor file order, nor the WAL link a ballot to its voter', () => {
    f = makeFixture({ delegates: VOTERS });
    const p = f.open();
    startMeeting(p, f, VOTERS);
    const options = Array.from({ length: VOTERS }, (_, i) => `Phương án ${i + 1}`);
    const voteId = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Bầu chức danh',
        kind: 'secret',
        ruleId: 'hdnd_resolution',
        options,
      }),
    ).voteId!;
    for (const i of CAST_ORDER) {
      const ack = mustAck(p.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: `ballot-${i}`, voteId, optionId: choiceOf(i) }));
      expect(Object.keys(ack).sort()).toEqual(['at', 'commandId', 'type', 'version', 'voteId']);
    }
    const castChoices = CAST_ORDER.map(choiceOf);
    const castVoters = CAST_ORDER.map(delegateId);

    // The chair sees progress only, never per-option counts of a secret ballot.
    const chairView = p.view(f.ctx(CHAIR));
    expect(chairView.vote!.castCount).toBe(VOTERS);
    expect(chairView.vote!.liveCounts).toBeUndefined();
    expect(p.view(f.ctx(delegateId(1))).me.vote).toEqual({ entitled: true, hasVoted: true, cannotVoteReason: 'error.relay.alreadyVoted' });

    // Detector check, mid-vote: checkpoint into the main file from a second connection. Here the file order
    // still follows arrival — which is exactly why closing the vote rewrites both tables.
    const spy = new Database(f.file);
    spy.pragma('wal_checkpoint(TRUNCATE)');
    const oldKeys = (spy.prepare('SELECT ballot_key FROM ballots').all() as { ballot_key: Buffer }[]).map(
      (r) => new Uint8Array(r.ballot_key),
    );
    const ballotsRoot = rootPage(spy, 'ballots');
    const votersRoot = rootPage(spy, 'voters');
    spy.close();
    const midBallots = physicalWriteOrder(readIndexBtree(f.file, ballotsRoot)).map((c) => c.values[2]);
    const midVoters = physicalWriteOrder(readIndexBtree(f.file, votersRoot)).map((c) => c.values[1]);
    expect(midBallots).toEqual(castChoices);
    expect(midVoters).toEqual(castVoters);
    expect(oldKeys).toHaveLength(VOTERS);

    const result = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId })).result!;
    expect(result.options.map((o) => o.count)).toEqual(Array(VOTERS).fill(1));
    expect(result.cast).toBe(VOTERS);

    // Right after close, while the relay is still running: the WAL holds no page image.
    const wal = `${f.file}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const dbBytes = new Uint8Array(readFileSync(f.file));
    // secure_delete: none of the keys written during the vote survives anywhere in the file
    for (const k of oldKeys) expect(containsBytes(dbBytes, k)).toBe(false);

    const ballotCells = readIndexBtree(f.file, ballotsRoot);
    const voterCells = readIndexBtree(f.file, votersRoot);
    expect(ballotCells).toHaveLength(VOTERS);
    expect(voterCells).toHaveLength(VOTERS);
    const afterBallots = physicalWriteOrder(ballotCells).map((c) => c.values[2]);
    const afterVoters = physicalWriteOrder(voterCells).map((c) => c.values[1]);
    // Same multiset of choices, but not in arrival order (nor reversed): a 1 / 12! coincidence at most.
    expect([...afterBallots].sort()).toEqual([...castChoices].sort());
    expect(afterBallots).not.toEqual(castChoices);
    expect(afterBallots).not.toEqual([...castChoices].reverse());
    // Voters are stored sorted by user id, which is public knowledge anyway.
    expect(afterVoters).toEqual([...castVoters].sort());
    // Key order (what SELECT without ORDER BY returns) is random too, and keys are fresh.
    const db = new Database(f.file, { readonly: true });
    const keyed = db.prepare('SELECT ballot_key, option_id FROM ballots WHERE vote_id = ?').all(voteId) as {
      ballot_key: Buffer;
      option_id: string;
    }[];
    expect(keyed.map((r) => r.option_id)).not.toEqual(castChoices);
    for (const r of keyed) expect(r.ballot_key.length).toBe(16);
    // The idempotency records of the casts (voter, command id, exact time) are gone with the close.
    const acks = db.prepare("SELECT ack FROM commands WHERE type = 'vote:cast'").all() as { ack: string }[];
    expect(acks).toHaveLength(0);
    for (const i of CAST_ORDER) expect(containsBytes(dbBytes, new TextEncoder().encode(`ballot-${i}`))).toBe(false);
    db.close();

    // The results name no voter.
    const res = p.view(f.ctx(CHAIR)).results[0]!;
    expect(res.choices).toBeUndefined();
    expect(JSON.stringify(res)).not.toMatch(/d0\d\d/);
  });

  it('a second secret vote after a reopened processor keeps the same guarantees', () => {
    f = makeFixture({ delegates: VOTERS });
    const p1 = f.open();
    startMeeting(p1, f, VOTERS);
    const open = () =>
      mustAck(
        p1.handle(f.ctx(CHAIR), {
          type: 'vote:open',
          commandId: cid(),
          agendaItemId: ITEM_1,
          question: 'Q',
          kind: 'secret',
          ruleId: 'hdnd_resolution',
          options: Array.from({ length: VOTERS }, (_, i) => `PA ${i + 1}`),
        }),
      ).voteId!;
    const v1 = open();
    for (const i of CAST_ORDER)
      mustAck(p1.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: cid(), voteId: v1, optionId: choiceOf(i) }));
    mustAck(p1.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId: v1 }));
    const v2 = open();
    for (const i of [...CAST_ORDER].reverse())
      mustAck(p1.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: cid(), voteId: v2, optionId: choiceOf(i) }));
    mustAck(p1.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId: v2 }));
    p1.close();
    const db = new Database(f.file, { readonly: true });
    const cells = readIndexBtree(f.file, rootPage(db, 'ballots'));
    db.close();
    for (const v of [v1, v2]) {
      const order = physicalWriteOrder(cells.filter((c) => c.values[0] === v)).map((c) => c.values[2]);
      expect(order).toHaveLength(VOTERS);
      expect(order).not.toEqual(CAST_ORDER.map(choiceOf));
      expect(order).not.toEqual([...CAST_ORDER].reverse().map(choiceOf));
    }
  });
});
