import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFiles } from '../../electron/record';
import type { MeetingId } from '../../shared/model/ids';
import type { ElectionRoundView, ElectionView } from '../../shared/meeting-live/election-state';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import { mustAck } from '../helpers/command-socket';
import type { ElectionRoom } from '../helpers/election-room';
import { delegateKey, openElectionRoom } from '../helpers/election-room';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { containsBytes, physicalWriteOrder, readIndexBtree } from './commands-sqlite-pages';

/*
 * Issue 10 through real sockets: an HĐND of 51 members elects 15 of 17 candidates by secret strike-out ballots
 * (4 of them invalid), the counting board confirms and the chair announces; the raw database after close links
 * no ballot to a voter. The counts are checked against a reference computed here, independently of the relay.
 */
const DELEGATES = 50; // + the chair = 51 members
const SEATS = 15;
const dKey = delegateKey;
/** Votes each candidate c1..c17 is designed to get from the 47 valid ballots. */
const DESIGNED = [47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 20, 10];
const INVALID = 4;
const BOARD = [dKey(48), dKey(49), dKey(50)];

let room: ElectionRoom;
let fx: MeetingFixture;
let dataDir: string;

beforeAll(async () => {
  room = await openElectionRoom(DELEGATES, 'relay-elections');
  ({ fx, dataDir } = room);
});
afterAll(() => room.close());

const sock = (key: string) => room.sock(key);
const voters = () => room.voters;
const candidateIds = DESIGNED.map((_, i) => `c${i + 1}`);

/**
 * Ballots giving each candidate exactly DESIGNED[k] names from 47 voters, none keeping more than 15: each
 * candidate goes to the voters holding the fewest names so far. Then four ballots keeping 16 names (invalid).
 */
function designedBallots(): string[][] {
  const kept: string[][] = Array.from({ length: DELEGATES + 1 - INVALID }, () => []);
  DESIGNED.forEach((votes, k) => {
    const order = kept.map((b, i) => ({ i, n: b.length })).sort((a, b) => a.n - b.n || a.i - b.i);
    for (const { i } of order.slice(0, votes)) kept[i]!.push(candidateIds[k]!);
  });
  for (let j = 0; j < INVALID; j++) kept.push(candidateIds.filter((_, k) => k !== j));
  return kept;
}

/** The reference count: votes per candidate on valid ballots (at most SEATS names), elected with more than half of N. */
function referenceCount(ballots: string[][], n: number) {
  const valid = ballots.filter((b) => b.length <= SEATS);
  const votes = new Map(candidateIds.map((c) => [c, valid.filter((b) => b.includes(c)).length]));
  const overHalf = candidateIds.filter((c) => 2 * votes.get(c)! > n);
  const elected = [...overHalf].sort((a, b) => votes.get(b)! - votes.get(a)!).slice(0, SEATS);
  return { valid: valid.length, invalid: ballots.length - valid.length, votes, elected };
}

const electionOf = (v: MeetingLiveView): ElectionView | undefined => v.elections[0];
const latestRound = (v: MeetingLiveView): ElectionRoundView | undefined => electionOf(v)?.rounds.at(-1);

describe('a 51-member HĐND elects 15 of 17 by secret strike-out ballots through the relay', () => {
  let electionId = '';
  let roundId = '';
  const ballots = designedBallots();
  const castIds: string[] = [];
  let castAt = 0;
  let walAfterClose = -1;
  const copyAfterClose = join(tmpdir(), `elections-after-close-${process.pid}.db`);
  afterAll(() => rmSync(copyAfterClose, { force: true }));

  it('the secretariat prepares the list and the counting board; the relay refuses what the rules forbid', async () => {
    const item = fx.pkg.agenda[0]!.id;
    const candidates = candidateIds.map((_, i) => ({
      fullName: `Ứng cử viên Số ${i + 1}`,
      source: 'list',
      ...(i < 5 ? { accountId: fx.users[dKey(i + 1)]!.id } : {}),
    }));
    const prepare = {
      type: 'election:prepare',
      agendaItemId: item,
      kind: 'election',
      office: 'Ủy viên Ủy ban nhân dân tỉnh',
      seats: SEATS,
    };
    // A candidate on the counting board, a floor nomination without 30 % agreement, a delegate proposing: refused.
    const onBoard = await sock('secretary').send({ ...prepare, commandId: 'p-bad-1', candidates, board: [fx.users[dKey(1)]!.id] });
    expect(onBoard).toMatchObject({ ok: false, error: { key: 'election.board.candidate' } });
    const floor = [...candidates, { fullName: 'Người Đề Cử Tại Chỗ', source: 'floor', floorAgreement: { agree: 15, base: 50 } }];
    const floorRefused = await sock('secretary').send({ ...prepare, commandId: 'p-bad-2', candidates: floor, board: [] });
    expect(floorRefused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const byDelegate = await sock(dKey(3)).send({ ...prepare, commandId: 'p-bad-3', candidates, board: [] });
    expect(byDelegate).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.relay.role.election:prepare' } });

    const board = BOARD.map((k) => fx.users[k]!.id);
    electionId = mustAck(await sock('secretary').send({ ...prepare, commandId: 'prep-1', candidates, board })).electionId as string;
    const view = await sock(dKey(7)).untilView((v) => electionOf(v)?.electionId === electionId, 'prepared election');
    expect(electionOf(view)).toMatchObject({ kind: 'election', seats: SEATS, rounds: [], basis: { base: 'total_members' } });
    expect(electionOf(view)!.candidates.map((c) => c.id)).toEqual(candidateIds);
    expect(electionOf(view)!.board.map((b) => b.userId)).toEqual(board);
  });

  it('the chair opens the round; 51 secret ballots arrive at once and each is acknowledged without its content', async () => {
    mustAck(await sock('chair').send({ type: 'meeting:open', commandId: 'open-1' }));
    await Promise.all(
      voters().map((k) =>
        sock(k)
          .send({ type: 'attendance:check-in', commandId: `in-${k}` })
          .then(mustAck),
      ),
    );
    roundId = mustAck(await sock('chair').send({ type: 'election:open', commandId: 'round-1', electionId })).roundId as string;

    const acks = await Promise.all(
      voters().map((k, i) => {
        castIds.push(`cast-${k}`);
        return sock(k).send({ type: 'election:cast', commandId: `cast-${k}`, roundId, ballot: { kind: 'strike', kept: ballots[i] } });
      }),
    );
    for (const a of acks) expect(Object.keys(mustAck(a)).sort()).toEqual(['at', 'commandId', 'electionId', 'roundId', 'type', 'version']);
    castAt = mustAck(acks[0]!).at as number;

    // One ballot per delegate; a name outside the list or the wrong form is refused; the secretariat has no ballot.
    const twice = await sock(dKey(1)).send({ type: 'election:cast', commandId: 'again-1', roundId, ballot: { kind: 'strike', kept: [] } });
    expect(twice).toMatchObject({ ok: false, error: { key: 'error.relay.alreadyVoted' } });
    const resend = await sock(dKey(2)).send({
      type: 'election:cast',
      commandId: `cast-${dKey(2)}`,
      roundId,
      ballot: { kind: 'strike', kept: ballots[2] },
    });
    expect(mustAck(resend).commandId).toBe(`cast-${dKey(2)}`);
    const secretary = await sock('secretary').send({
      type: 'election:cast',
      commandId: 'sec-1',
      roundId,
      ballot: { kind: 'strike', kept: [] },
    });
    expect(secretary).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const form = await sock('chair').send({
      type: 'election:cast',
      commandId: 'form-1',
      roundId,
      ballot: { kind: 'approval', marks: { c1: 'agree' } },
    });
    expect(form).toMatchObject({ ok: false });

    const v = await sock(dKey(9)).untilView((x) => latestRound(x)?.castCount === voters().length, 'all ballots returned');
    expect(electionOf(v)!.me).toMatchObject({ entitled: true, hasVoted: true, onBoard: false });
    expect(latestRound(v)).toMatchObject({ status: 'open', form: 'strike', n: 51, presentAtOpen: 51, result: null });
  });

  it('closing counts exactly as the reference; the board and the chair see the count first, everyone after the announcement', async () => {
    const ref = referenceCount(ballots, 51);
    mustAck(await sock('chair').send({ type: 'election:close', commandId: 'close-1', roundId }));
    // The files as a copier would find them right after the close (the next test reads them).
    const file = join(dataDir, 'commands', `${fx.meetingId}.db`);
    walAfterClose = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
    copyFileSync(file, copyAfterClose);
    const chairView = await sock('chair').untilView((v) => latestRound(v)?.status === 'closed', 'closed for the chair');
    const result = latestRound(chairView)!.result!;
    expect(result.kind).toBe('election');
    if (result.kind !== 'election') return;
    expect(result.count).toMatchObject({
      ballots: 51,
      valid: ref.valid,
      invalid: ref.invalid,
      base: 51,
      required: 26,
      next: { kind: 'none' },
    });
    expect(result.count.valid).toBe(47);
    expect(Object.fromEntries(result.count.candidates.map((c) => [c.id, c.votes]))).toEqual(Object.fromEntries(ref.votes));
    expect([...result.count.elected].sort()).toEqual([...ref.elected].sort());
    expect(result.count.candidates.find((c) => c.id === 'c1')!.percentOfBase).toBe('92,16');

    const delegateView = await sock(dKey(9)).untilView((v) => latestRound(v)?.status === 'closed', 'closed for a delegate');
    expect(latestRound(delegateView)!.result).toBeNull();
    const boardView = await sock(BOARD[0]!).untilView((v) => latestRound(v)?.status === 'closed', 'closed for the board');
    expect(latestRound(boardView)!.result).not.toBeNull();

    // Announcing before the whole board confirmed, or confirming from outside the board: refused.
    mustAck(await sock(BOARD[0]!).send({ type: 'election:confirm', commandId: 'ok-1', roundId }));
    expect(await sock('chair').send({ type: 'election:announce', commandId: 'ann-early', roundId })).toMatchObject({
      ok: false,
      error: { key: 'election.board.pending' },
    });
    expect(await sock(dKey(9)).send({ type: 'election:confirm', commandId: 'ok-x', roundId })).toMatchObject({
      ok: false,
      error: { key: 'election.board.notMember' },
    });
    for (const [i, k] of BOARD.slice(1).entries())
      mustAck(await sock(k).send({ type: 'election:confirm', commandId: `ok-${i + 2}`, roundId }));
    mustAck(await sock('chair').send({ type: 'election:announce', commandId: 'ann-1', roundId }));
    const after = await sock(dKey(9)).untilView((v) => latestRound(v)?.announcedAt != null, 'announced');
    expect(latestRound(after)!.result).toMatchObject({ kind: 'election' });
    expect(latestRound(after)!.confirmedBy.map((c) => c.userId)).toEqual(BOARD.map((k) => fx.users[k]!.id));
    // All seats are filled: there is no further round.
    expect(await sock('chair').send({ type: 'election:open', commandId: 'round-2', electionId })).toMatchObject({
      ok: false,
      error: { key: 'election.error.allFilled' },
    });
  });

  it('after close the raw database links no ballot to a voter, and no cast acknowledgement remains', () => {
    // Closing emptied the WAL: no page image from before the rewrite survives beside the file.
    expect(walAfterClose).toBe(0);
    const file = copyAfterClose;
    const bytes = new Uint8Array(readFileSync(file));
    for (const id of castIds) expect(containsBytes(bytes, new TextEncoder().encode(`"commandId":"${id}"`)), id).toBe(false);
    expect(containsBytes(bytes, new TextEncoder().encode(`"type":"election:cast","at":${castAt}`))).toBe(false);

    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM commands WHERE type = 'election:cast'").get()).toEqual({ n: 0 });
    const root = (t: string) => (db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(t) as { rootpage: number }).rootpage;
    const [votersRoot, ballotsRoot] = [root('election_voters'), root('election_ballots')];
    const logged = (db.prepare('SELECT body FROM record_log').all() as { body: string }[])
      .map(
        (r) => JSON.parse(r.body) as { type: string; outcome: string; actor: unknown; commandId: unknown; args: Record<string, unknown> },
      )
      .filter((b) => b.type === 'election:cast');
    db.close();
    // The record keeps each ballot's arrival without sender, command id or content.
    expect(logged.filter((b) => b.outcome === 'applied')).toHaveLength(51);
    for (const b of logged) expect([b.actor, b.commandId, Object.keys(b.args)]).toEqual([null, null, ['roundId']]);

    // On the pages: voters are written in user-id order, ballots in a random order unrelated to arrival.
    const voterCells = physicalWriteOrder(readIndexBtree(file, votersRoot).filter((c) => c.values[0] === roundId));
    const ids = voterCells.map((c) => c.values[1] as string);
    expect(ids).toEqual([...ids].sort());
    const ballotCells = physicalWriteOrder(readIndexBtree(file, ballotsRoot).filter((c) => c.values[0] === roundId));
    expect(ballotCells).toHaveLength(51);
    const arrival = voters().map((k, i) => JSON.stringify({ kind: 'strike', kept: [...ballots[i]!].sort() }));
    const byUser = new Map(voters().map((k, i) => [fx.users[k]!.id as string, arrival[i]!]));
    // Pairing the n-th voter cell with the n-th ballot cell matches no better than chance (the ballots are mostly distinct).
    const paired = voterCells.filter((v, i) => byUser.get(v.values[1] as string) === ballotCells[i]!.values[2]).length;
    expect(paired).toBeLessThan(8);
  });

  it('the biên bản kiểm phiếu is produced from the committed data: PDF with every figure, and CSV', async () => {
    const r = await recordFiles(dataDir, fx.meetingId as MeetingId, 'count-records', new Date());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((f) => f.name)).toEqual([
      'bien-ban-kiem-phieu-1-lan-1.pdf',
      'bien-ban-kiem-phieu-1-lan-1-tong-hop.csv',
      'bien-ban-kiem-phieu-1-lan-1-ket-qua.csv',
    ]);
    const pdf = join(tmpdir(), `count-record-${process.pid}.pdf`);
    writeFileSync(pdf, r.value[0]!.bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    rmSync(pdf, { force: true });
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const ref = referenceCount(ballots, 51);
    for (const [i, id] of candidateIds.entries()) {
      const line = text.split('\n').find((l) => l.includes(`Ứng cử viên Số ${i + 1} `) || l.trimEnd().endsWith(`Ứng cử viên Số ${i + 1}`));
      expect(line, id).toBeDefined();
      expect(line!, id).toMatch(new RegExp(`\\b${ref.votes.get(id)}\\b`));
    }
    const nameOf = (k: string) => fx.pkg.participants.find((p) => p.userId === fx.users[k]!.id)!.fullName;
    for (const k of BOARD) expect(text).toContain(nameOf(k));
    const summary = new TextDecoder().decode(r.value[1]!.bytes);
    expect(summary).toMatch(/Số phiếu hợp lệ[^\n]*47/);
    expect(summary).toMatch(/Số phiếu không hợp lệ[^\n]*4/);
  });
});
