import type { Store } from './store';

/*
 * Secret ballots. `voters` says who voted, `ballots` holds the choices; they share only the vote id.
 * A ballot's key is 128 random bits (WITHOUT ROWID), so the B-tree order is random. That is not enough on
 * its own: inside a page SQLite places each new cell below the previous ones, so byte offsets (and WAL
 * frames) keep the arrival order of both tables — which would link the n-th voter to the n-th ballot.
 * Closing the vote therefore rewrites both tables in the same transaction as the result (secure_delete
 * zeroes the old cells): ballots in a random order with fresh keys, voters sorted by user id. After the
 * commit the processor truncates the WAL so no earlier page image survives in the files.
 */

export const BALLOT_KEY_BYTES = 16;

export type RandomBytes = (size: number) => Uint8Array;

/** Uniform integer in [0, bound) by rejection sampling, so the shuffle has no modulo bias. */
export function randomBelow(randomBytes: RandomBytes, bound: number): number {
  if (!Number.isInteger(bound) || bound <= 0 || bound > 0x1_0000_0000) throw new RangeError(`bad bound ${bound}`);
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  for (;;) {
    const b = randomBytes(4);
    const x = ((b[0]! << 24) >>> 0) + (b[1]! << 16) + (b[2]! << 8) + b[3]!;
    if (x < limit) return x % bound;
  }
}

export function shuffleInPlace<T>(items: T[], randomBytes: RandomBytes): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomBelow(randomBytes, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function castSecretBallot(store: Store, voteId: string, userId: string, optionId: string, randomBytes: RandomBytes): void {
  store.insertVoter.run(voteId, userId);
  store.insertBallot.run(voteId, randomBytes(BALLOT_KEY_BYTES), optionId);
}

/** Rewrites one vote's voters and ballots so neither file order nor keys reflect arrival order. */
export function scrubSecretVote(store: Store, voteId: string, randomBytes: RandomBytes): void {
  const choices = shuffleInPlace(store.listBallotChoices.all(voteId).map((r) => r.option_id), randomBytes);
  const voters = store.listVoters.all(voteId).map((r) => r.user_id);
  store.deleteBallots.run(voteId);
  store.deleteVoters.run(voteId);
  for (const optionId of choices) store.insertBallot.run(voteId, randomBytes(BALLOT_KEY_BYTES), optionId);
  for (const userId of voters) store.insertVoter.run(voteId, userId);
}
