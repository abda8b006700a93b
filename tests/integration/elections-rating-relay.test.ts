import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import { mustAck } from '../helpers/command-socket';
import type { ElectionRoom } from '../helpers/election-room';
import { delegateKey, openElectionRoom } from '../helpers/election-room';
import type { MeetingFixture } from '../helpers/relay-fixture';

/*
 * Issue 10: a confidence rating (lấy phiếu tín nhiệm, Nghị quyết 96/2023/QH15) of 20 office-holders by 49
 * delegates through real sockets, secret. Per person: counts per level and % of N, and the band from the
 * "tín nhiệm thấp" count: at least 2/3 of N → removal proposal; more than half → may resign. The expected
 * figures are computed here with integers, independently of the relay's code.
 */
const DELEGATES = 48; // + the chair = 49
const N = 49;
const HOLDERS = 20;
const dKey = delegateKey;
/** "Tín nhiệm thấp" per office-holder around every boundary of N = 49: 2/3 → 33, more than half → 25. */
const LOW = [33, 32, 25, 24, 49, 0, 26, 34, 1, 12, 5, 30, 3, 7, 9, 11, 2, 4, 8, 6];
/** "Tín nhiệm cao" per office-holder; the rest rate "Tín nhiệm"; the first two voters leave row 10 blank. */
const HIGH = [5, 10, 20, 0, 0, 40, 3, 15, 30, 25, 35, 10, 40, 30, 20, 30, 45, 40, 30, 35];

let room: ElectionRoom;
let fx: MeetingFixture;

beforeAll(async () => {
  room = await openElectionRoom(DELEGATES, 'relay-rating');
  ({ fx } = room);
});
afterAll(() => room.close());

const sock = (key: string) => room.sock(key);
const voters = () => room.voters;
const holderId = (k: number) => `c${k + 1}`;
const BLANK_ROW = 9;

function levelsOf(voter: number): Record<string, 'high' | 'normal' | 'low' | null> {
  const out: Record<string, 'high' | 'normal' | 'low' | null> = {};
  for (let k = 0; k < HOLDERS; k++) {
    if (k === BLANK_ROW && voter >= N - 2) out[holderId(k)] = null;
    else out[holderId(k)] = voter < LOW[k]! ? 'low' : voter < LOW[k]! + HIGH[k]! ? 'high' : 'normal';
  }
  return out;
}

/** Hundredths of a percent, half up, as "38,88": written out here so the test does not reuse the relay's helper. */
const pct = (count: number) => {
  const h = Math.floor((2 * count * 10000 + N) / (2 * N));
  return `${Math.floor(h / 100)},${String(h % 100).padStart(2, '0')}`;
};
const band = (low: number) => (3 * low >= 2 * N ? 'removal_proposal' : 2 * low > N ? 'may_resign' : 'none');

describe('a confidence rating of 20 office-holders by 49 delegates through the relay', () => {
  it('counts every row exactly, with % of N and the band at each boundary', async () => {
    const item = fx.pkg.agenda[0]!.id;
    const candidates = Array.from({ length: HOLDERS }, (_, k) => ({ fullName: `Người Giữ Chức Vụ ${k + 1}`, source: 'list' }));
    const board = [fx.users[dKey(47)]!.id, fx.users[dKey(48)]!.id];
    const electionId = mustAck(
      await sock('secretary').send({
        type: 'election:prepare',
        commandId: 'prep',
        agendaItemId: item,
        kind: 'rating',
        office: 'Lấy phiếu tín nhiệm giữa nhiệm kỳ',
        seats: 1,
        candidates,
        board,
      }),
    ).electionId as string;
    mustAck(await sock('chair').send({ type: 'meeting:open', commandId: 'open' }));
    await Promise.all(
      voters().map((k) =>
        sock(k)
          .send({ type: 'attendance:check-in', commandId: `in-${k}` })
          .then(mustAck),
      ),
    );
    const roundId = mustAck(await sock('chair').send({ type: 'election:open', commandId: 'round', electionId })).roundId as string;
    // A strike-out ballot is not this round's form.
    const wrong = await sock(dKey(1)).send({ type: 'election:cast', commandId: 'wrong', roundId, ballot: { kind: 'strike', kept: [] } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await Promise.all(
      voters().map((k, v) =>
        sock(k)
          .send({ type: 'election:cast', commandId: `cast-${k}`, roundId, ballot: { kind: 'rating', levels: levelsOf(v) } })
          .then(mustAck),
      ),
    );
    mustAck(await sock('chair').send({ type: 'election:close', commandId: 'close', roundId }));
    const view: MeetingLiveView = await sock('chair').untilView((v) => v.elections[0]?.rounds[0]?.status === 'closed', 'closed');
    const round = view.elections[0]!.rounds[0]!;
    expect(round).toMatchObject({ form: 'rating', n: N, seats: HOLDERS, castCount: N });
    const result = round.result!;
    if (result.kind !== 'rating') throw new Error('not a rating');
    expect(result.count).toMatchObject({ n: N, ballots: N, valid: N, invalid: 0 });
    expect(result.count.rows).toHaveLength(HOLDERS);
    result.count.rows.forEach((row, k) => {
      const blanks = k === BLANK_ROW ? 2 : 0;
      const normal = N - LOW[k]! - HIGH[k]! - blanks;
      expect(row.id).toBe(holderId(k));
      expect(row.counts, `row ${k + 1}`).toEqual({ high: HIGH[k], normal, low: LOW[k] });
      expect(row.percents, `row ${k + 1}`).toEqual({ high: pct(HIGH[k]!), normal: pct(normal), low: pct(LOW[k]!) });
      expect(row.band, `row ${k + 1}`).toBe(band(LOW[k]!));
    });
    // The boundaries themselves: 33 of 49 is two thirds (67,35 %), 32 is not; 25 is more than half, 24 is not.
    expect(result.count.rows.slice(0, 4).map((r) => r.band)).toEqual(['removal_proposal', 'may_resign', 'may_resign', 'none']);
    expect(result.count.rows[0]!.percents.low).toBe('67,35');
    expect(result.count.citation.document).toMatch(/96\/2023\/QH15/);

    // A rating has one round: once announced there is nothing further to open.
    for (const [i, b] of board.entries()) {
      const key = Object.keys(fx.users).find((k) => fx.users[k]!.id === b)!;
      mustAck(await sock(key).send({ type: 'election:confirm', commandId: `ok-${i}`, roundId }));
    }
    mustAck(await sock('chair').send({ type: 'election:announce', commandId: 'ann', roundId }));
    expect(await sock('chair').send({ type: 'election:open', commandId: 'again', electionId })).toMatchObject({
      ok: false,
      error: { key: 'election.error.allFilled' },
    });
  });
});
