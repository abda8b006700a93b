import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/random';
import type { CandidateId, ElectionBallot, ElectionBasis, ElectionCount } from '../../shared/voting/elections';
import {
  candidateId,
  checkBallot,
  checkFirstRoundList,
  countElection,
  floorNominationAdmitted,
  floorNominationRequired,
  HDND_ELECTION_BASIS,
  maxCandidates,
  PARTY_ELECTION_BASIS,
} from '../../shared/voting/elections';

/** Seeded so every run draws the same ballots. */
const rng = seededRandom;
const ids = (n: number): CandidateId[] => Array.from({ length: n }, (_, i) => candidateId(`c${i + 1}`));

/**
 * Reference count written differently: ballots as bit masks, validity by popcount and a mask of the list,
 * winners by counting, per candidate, how many qualified candidates beat it.
 */
function referenceCount(
  cands: readonly string[],
  seats: number,
  ballots: readonly ElectionBallot[],
  base: 'valid_ballots' | 'total_members',
  members: number,
) {
  const votes: number[] = cands.map(() => 0);
  let valid = 0;
  for (const b of ballots) {
    if (b.kind !== 'strike') throw new Error('reference counts strike ballots only');
    let mask = 0n;
    let ok = true;
    for (const name of b.kept) {
      const i = cands.indexOf(name);
      if (i < 0) ok = false;
      else if ((mask >> BigInt(i)) & 1n) ok = false;
      else mask |= 1n << BigInt(i);
    }
    let bits = 0;
    for (let m = mask; m > 0n; m >>= 1n) bits += Number(m & 1n);
    if (!ok || bits > seats) continue;
    valid++;
    for (let i = 0; i < cands.length; i++) if ((mask >> BigInt(i)) & 1n) votes[i]!++;
  }
  const B = BigInt(base === 'valid_ballots' ? valid : members);
  const q = cands.map((_, i) => B > 0n && BigInt(votes[i]!) * 2n > B);
  const elected: string[] = [];
  const tied: string[] = [];
  let qualifiedCount = 0;
  for (let i = 0; i < cands.length; i++) {
    if (!q[i]) continue;
    qualifiedCount++;
    let better = 0;
    let betterOrEqual = 0;
    for (let j = 0; j < cands.length; j++) {
      if (!q[j]) continue;
      if (votes[j]! > votes[i]!) better++;
      if (votes[j]! >= votes[i]!) betterOrEqual++;
    }
    if (betterOrEqual <= seats) elected.push(cands[i]!);
    else if (better < seats) tied.push(cands[i]!);
  }
  return { votes, valid, invalid: ballots.length - valid, elected, tied, qualifiedCount };
}

function randomBallot(r: () => number, cands: readonly CandidateId[], seats: number): ElectionBallot {
  const roll = r();
  if (roll < 0.04) return { kind: 'strike', kept: [candidateId('ngoai-danh-sach')] };
  if (roll < 0.07 && cands.length > 0) return { kind: 'strike', kept: [cands[0]!, cands[0]!] };
  // mostly keep up to seats, sometimes one or two too many
  const limit = roll < 0.15 ? Math.min(cands.length, seats + 1 + Math.floor(r() * 2)) : seats;
  const kept = cands.filter(() => r() < 0.75);
  return { kind: 'strike', kept: kept.slice(0, r() < 0.9 ? limit : cands.length) };
}

const sorted = (a: readonly string[]) => [...a].sort();

describe('strike-out counting against the reference, every (candidates, seats) up to (20, 15)', () => {
  for (const basis of [PARTY_ELECTION_BASIS, HDND_ELECTION_BASIS] as ElectionBasis[]) {
    it(`base ${basis.base}`, () => {
      let checked = 0;
      const kinds = { none: 0, runoff: 0, further_round: 0 };
      for (let seats = 1; seats <= 15; seats++) {
        for (let c = seats; c <= 20; c++) {
          for (let trial = 0; trial < 6; trial++) {
            const r = rng(seats * 10007 + c * 101 + trial + (basis.base === 'valid_ballots' ? 0 : 500_000));
            const cands = ids(c);
            const nBallots = Math.floor(r() * 60);
            const members = nBallots + Math.floor(r() * 8);
            const ballots = Array.from({ length: nBallots }, () => randomBallot(r, cands, seats));
            const res = countElection({ candidates: cands, seats, basis, members, ballots });
            expect(res.ok).toBe(true);
            if (!res.ok) return;
            const ref = referenceCount(cands, seats, ballots, basis.base, members);
            const got = res.value;
            expect(got.valid).toBe(ref.valid);
            expect(got.invalid).toBe(ref.invalid);
            expect(got.valid + got.invalid).toBe(nBallots);
            for (let i = 0; i < c; i++) expect(got.candidates.find((x) => x.id === cands[i])!.votes).toBe(ref.votes[i]);
            expect(sorted(got.elected)).toEqual(sorted(ref.elected));
            expect(got.elected.length).toBeLessThanOrEqual(seats);
            checkNext(got, ref, seats);
            kinds[got.next.kind]++;
            checked++;
          }
        }
      }
      // the draws reach every outcome, so the comparison is not vacuous
      expect(Math.min(kinds.none, kinds.runoff, kinds.further_round)).toBeGreaterThan(20);
      expect(checked).toBe(6 * [...Array(15).keys()].reduce((s, k) => s + (20 - (k + 1) + 1), 0));
    });
  }
});

function checkNext(got: ElectionCount, ref: ReturnType<typeof referenceCount>, seats: number) {
  switch (got.next.kind) {
    case 'none':
      expect(ref.elected.length).toBe(seats);
      break;
    case 'runoff':
      expect(sorted(got.next.among)).toEqual(sorted(ref.tied));
      expect(ref.tied.length).toBeGreaterThan(got.next.seats);
      expect(got.next.seats).toBe(seats - ref.elected.length);
      break;
    case 'further_round':
      expect(ref.tied).toEqual([]);
      expect(ref.qualifiedCount).toBeLessThan(seats);
      expect(got.next.seats).toBe(seats - ref.elected.length);
      expect(sorted(got.next.among)).toEqual(sorted(got.candidates.map((x) => x.id).filter((x) => !ref.elected.includes(x))));
      break;
  }
}

const strike = (...kept: string[]): ElectionBallot => ({ kind: 'strike', kept: kept.map(candidateId) });
const many = (k: number, b: ElectionBallot) => Array.from({ length: k }, () => b);

describe('winners, runoffs and further rounds', () => {
  const abc = ids(3);
  it('a tie at the cut-off goes to a runoff among the tied only', () => {
    // 2 seats; c1 9, c2 7, c3 7 of 12 valid ballots (7 needed): c1 elected, runoff c2/c3 for one seat
    const ballots = [...many(4, strike('c1', 'c2')), ...many(4, strike('c1', 'c3')), ...many(3, strike('c2', 'c3')), strike('c1')];
    const r = countElection({ candidates: abc, seats: 2, basis: PARTY_ELECTION_BASIS, members: 12, ballots });
    expect(r.ok && r.value.elected).toEqual(['c1']);
    expect(r.ok && r.value.next).toEqual({ kind: 'runoff', seats: 1, among: ['c2', 'c3'] });
  });
  it('the runoff itself is counted like any round and can elect', () => {
    const ballots = [...many(6, strike('c2')), ...many(4, strike('c3'))];
    const r = countElection({ candidates: ids(3).slice(1), seats: 1, basis: PARTY_ELECTION_BASIS, members: 12, ballots });
    expect(r.ok && r.value.elected).toEqual(['c2']);
    expect(r.ok && r.value.next).toEqual({ kind: 'none' });
  });
  it('exactly half is not more than half: seats left go to a further round among the rest', () => {
    const ballots = [...many(5, strike('c1', 'c2')), ...many(5, strike('c1'))];
    const r = countElection({ candidates: abc, seats: 2, basis: PARTY_ELECTION_BASIS, members: 10, ballots });
    expect(r.ok && r.value.required).toBe(6);
    expect(r.ok && r.value.elected).toEqual(['c1']);
    expect(r.ok && r.value.next).toEqual({ kind: 'further_round', seats: 1, among: ['c2', 'c3'] });
  });
  it('invalid ballots leave the Party base (valid ballots) but not the HĐND base (total delegates)', () => {
    const ballots = [...many(6, strike('c1')), ...many(5, strike('c1', 'c2', 'c3'))];
    const party = countElection({ candidates: abc, seats: 2, basis: PARTY_ELECTION_BASIS, members: 13, ballots });
    const hdnd = countElection({ candidates: abc, seats: 2, basis: HDND_ELECTION_BASIS, members: 13, ballots });
    expect(party.ok && [party.value.valid, party.value.invalid, party.value.base, party.value.elected]).toEqual([6, 5, 6, ['c1']]);
    expect(hdnd.ok && [hdnd.value.base, hdnd.value.required, hdnd.value.elected]).toEqual([13, 7, []]);
    expect(party.ok && party.value.candidates[0]!.percentOfBase).toBe('100,00');
    expect(hdnd.ok && hdnd.value.candidates[0]!.percentOfBase).toBe('46,15');
    expect(HDND_ELECTION_BASIS.needsLegalConfirmation).toBe(true);
    expect(PARTY_ELECTION_BASIS.citation.article).toBe('30');
  });
  it('no valid ballot elects nobody', () => {
    const r = countElection({ candidates: abc, seats: 1, basis: PARTY_ELECTION_BASIS, members: 3, ballots: [strike('c1', 'c2')] });
    expect(r.ok && [r.value.valid, r.value.elected, r.value.next.kind]).toEqual([0, [], 'further_round']);
  });
  it('agree/disagree ballots when the list has no extra candidates', () => {
    const two = ids(2);
    const agreeBoth: ElectionBallot = { kind: 'approval', marks: { c1: 'agree', c2: 'agree' } };
    const onlyC1: ElectionBallot = { kind: 'approval', marks: { c1: 'agree', c2: 'disagree' } };
    const unmarked: ElectionBallot = { kind: 'approval', marks: { c1: 'agree' } };
    expect(checkBallot(unmarked, two, 2)).toMatchObject({ valid: false, reason: 'unmarked' });
    const r = countElection({
      candidates: two,
      seats: 2,
      basis: PARTY_ELECTION_BASIS,
      members: 9,
      ballots: [...many(3, agreeBoth), ...many(3, onlyC1), unmarked],
    });
    expect(r.ok && [r.value.valid, r.value.invalid, r.value.elected]).toEqual([6, 1, ['c1']]);
    expect(r.ok && r.value.next).toEqual({ kind: 'further_round', seats: 1, among: ['c2'] });
  });
  it('ballot validity: more names than seats, unknown and duplicate names are invalid; none kept is valid', () => {
    expect(checkBallot(strike('c1', 'c2', 'c3'), abc, 2)).toMatchObject({ valid: false, reason: 'too_many_kept' });
    expect(checkBallot(strike('x'), abc, 2)).toMatchObject({ valid: false, reason: 'unknown_name' });
    expect(checkBallot(strike('c1', 'c1'), abc, 2)).toMatchObject({ valid: false, reason: 'duplicate_name' });
    expect(checkBallot(strike(), abc, 2)).toEqual({ valid: true, kept: [] });
  });
  it('refuses bad input with message keys', () => {
    const base = { basis: PARTY_ELECTION_BASIS, members: 5, ballots: [] };
    expect(countElection({ ...base, candidates: abc, seats: 0 })).toMatchObject({ ok: false, error: { key: 'election.error.seats' } });
    expect(countElection({ ...base, candidates: abc, seats: 4 })).toMatchObject({
      ok: false,
      error: { key: 'election.error.tooFewCandidates' },
    });
    expect(countElection({ ...base, candidates: [abc[0]!, abc[0]!], seats: 1 })).toMatchObject({
      ok: false,
      error: { key: 'election.error.duplicateCandidate' },
    });
    expect(countElection({ ...base, members: 1, candidates: abc, seats: 1, ballots: [strike(), strike()] })).toMatchObject({
      ok: false,
      error: { key: 'election.error.tooManyBallots' },
    });
  });
});

describe('30 % limits at every boundary', () => {
  it('extra candidates: c - s <= 30 % of s, exact, for every s up to 500', () => {
    for (let s = 1; s <= 500; s++) {
      const max = maxCandidates(s);
      expect(10n * BigInt(max - s) <= 3n * BigInt(s)).toBe(true);
      expect(10n * BigInt(max + 1 - s) <= 3n * BigInt(s)).toBe(false);
      if (s <= 60) {
        expect(checkFirstRoundList(ids(max), s).ok).toBe(true);
        expect(checkFirstRoundList(ids(max + 1), s)).toMatchObject({ ok: false, error: { key: 'election.error.tooManyCandidates' } });
        expect(checkFirstRoundList(ids(s), s).ok).toBe(true);
      }
    }
    expect([maxCandidates(3), maxCandidates(4), maxCandidates(10), maxCandidates(15), maxCandidates(25)]).toEqual([3, 5, 13, 19, 32]);
  });
  it('floor nominations need more than 30 % agreement, every base up to 500 and every count', () => {
    const wrong: string[] = [];
    for (let n = 0; n <= 500; n++) {
      for (let a = 0; a <= n; a++)
        if (floorNominationAdmitted(a, n) !== (n > 0 && 10n * BigInt(a) > 3n * BigInt(n))) wrong.push(`${a}/${n}`);
      if (n > 0) expect(floorNominationRequired(n) * 10 > 3 * n && (floorNominationRequired(n) - 1) * 10 <= 3 * n).toBe(true);
    }
    expect(wrong).toEqual([]);
    expect([floorNominationRequired(10), floorNominationRequired(51), floorNominationRequired(100)]).toEqual([4, 16, 31]);
  });
});
