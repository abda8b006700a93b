import type { Store } from './store';

/*
 * Secret ballots (batching: ballot-batcher.ts and SecretBallotWriter below). `voters` says who voted, `ballots` holds the choices; they share only the vote id.
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

/**
 * Where a secret ballot goes. Standalone (one command, one transaction) it is written at once with its
 * "has voted" mark. Inside a batch (processor.handleBatch, fed shuffled by ballot-batcher.ts) the marks are
 * written in the batch's order and the ballots are held back and written at the end of the same transaction
 * in an independently shuffled order, so neither cell order nor the WAL commit pairs a mark with its ballot
 * beyond "same batch".
 */
export type SecretBallotWriter = {
  cast(voteId: string, userId: string, optionId: string): void;
  /**
   * An election round's ballot (its "has voted" mark is the caller's): `write` stores the ballot; called at
   * once standalone, or held and called in the batch's shuffled order.
   */
  hold(write: () => void): void;
  /** Runs fn as a batch: ballots cast inside are written, shuffled, when it returns (same transaction). */
  batch<T>(fn: (scope: { mark(): number; rollbackTo(mark: number): void }) => T): T;
};

export function createSecretBallotWriter(store: Store, randomBytes: RandomBytes): SecretBallotWriter {
  let held: (() => void)[] | null = null;
  return {
    cast(voteId, userId, optionId) {
      if (!held) return castSecretBallot(store, voteId, userId, optionId, randomBytes);
      store.insertVoter.run(voteId, userId);
      held.push(() => store.insertBallot.run(voteId, randomBytes(BALLOT_KEY_BYTES), optionId));
    },
    hold(write) {
      if (!held) write();
      else held.push(write);
    },
    batch(fn) {
      const mine: (() => void)[] = [];
      held = mine;
      try {
        // A command refused after its cast (its savepoint rolled back) must not leave its ballot behind.
        const out = fn({ mark: () => mine.length, rollbackTo: (m) => void mine.splice(m) });
        for (const write of shuffleInPlace(mine, randomBytes)) write();
        return out;
      } finally {
        held = null;
      }
    },
  };
}

/**
 * Rewrites one vote's voters and ballots so neither file order nor keys reflect arrival order, and deletes the
 * cast acknowledgements (voter, command id, exact time): idempotency by command id holds while the vote is
 * open; afterwards a resent cast is simply refused as late.
 */
export function scrubSecretVote(store: Store, voteId: string, randomBytes: RandomBytes): void {
  dropCastAcks(store, 'vote:cast', 'voteId', voteId);
  const choices = shuffleInPlace(
    store.listBallotChoices.all(voteId).map((r) => r.option_id),
    randomBytes,
  );
  const voters = store.listVoters.all(voteId).map((r) => r.user_id);
  store.deleteBallots.run(voteId);
  store.deleteVoters.run(voteId);
  for (const optionId of choices) store.insertBallot.run(voteId, randomBytes(BALLOT_KEY_BYTES), optionId);
  for (const userId of voters) store.insertVoter.run(voteId, userId);
}

/**
 * Deletes the cast acknowledgements (voter, command id, exact time) of one secret vote or election round by
 * rebuilding the whole idempotency table. Deleting only those rows is not enough: `commands` is a WITHOUT
 * ROWID table, whose interior pages hold full copies of some rows as dividers, and a deleted row's divider
 * can stay. Emptying the table frees (and, with secure_delete, zeroes) every page; re-inserting the rows that
 * remain builds dividers from them only.
 */
export function dropCastAcks(store: Store, type: 'vote:cast' | 'election:cast', field: 'voteId' | 'roundId', id: string): void {
  const keep = store.listAcks.all().filter((r) => !(r.type === type && (JSON.parse(r.ack) as Record<string, unknown>)[field] === id));
  store.deleteAllAcks.run();
  for (const r of keep) store.insertAck.run(r.user_id, r.command_id, r.type, r.ack);
}
