import type { CommandAck } from '../../../shared/meeting-live/commands';
import type { Result } from '../../../shared/util/result';
import type { RandomBytes } from './secret-ballot';
import { shuffleInPlace } from './secret-ballot';
import type { CommandContext, CommandProcessor } from './types';

/**
 * Secret ballots committed in shuffled batches. A copy of the database taken while a vote is open shows, for
 * each commit, which voters were marked and which ballots were added, and inside a page the cells keep their
 * insertion order. One ballot per commit would therefore link every ballot to its voter. Here casts into an
 * open secret vote wait until `batchSize` of them are queued (or `deadlineMs` passed since the first), then
 * go to disk in ONE durable transaction (synchronous=FULL): marks in a shuffled order, ballots in another
 * (SecretBallotWriter). Each voter's ack is sent only after that commit. A mid-vote copy links a ballot to
 * its batch, never to a voter within it; a batch flushed by the deadline may be small (a lone voter's batch
 * of one hides nothing until the vote closes and is rewritten). Everything else passes straight through;
 * vote:close and meeting:close first flush what is queued, so no ballot that arrived earlier is late.
 */
export const SECRET_BATCH_SIZE = 10;
export const SECRET_BATCH_DEADLINE_MS = 2000;

export type BallotBatcherOptions = { batchSize?: number; deadlineMs?: number; randomBytes: RandomBytes };

export type BatchingProcessor = CommandProcessor & {
  /** Applies a command; `reply` gets the result once it is durable (at once, or when its batch commits). */
  submit(ctx: CommandContext, command: unknown, reply: (r: Result<CommandAck>) => void): void;
  /** Commits whatever is queued now. */
  flush(): void;
};

type Queued = { ctx: CommandContext; command: unknown; reply: (r: Result<CommandAck>) => void };

const fieldOf = (command: unknown, key: string): unknown =>
  command && typeof command === 'object' ? (command as Record<string, unknown>)[key] : undefined;

const FLUSH_FIRST = new Set(['vote:close', 'election:close', 'meeting:close']);

/** Secret ballots: casts into an open secret vote and every election ballot (always secret). */
const isSecretCast = (processor: CommandProcessor, command: unknown): boolean => {
  const type = fieldOf(command, 'type');
  if (type === 'vote:cast') return processor.isOpenSecretVote(fieldOf(command, 'voteId'));
  return type === 'election:cast' && processor.isOpenRound(fieldOf(command, 'roundId'));
};

export function withBallotBatching(processor: CommandProcessor, opts: BallotBatcherOptions): BatchingProcessor {
  const batchSize = opts.batchSize ?? SECRET_BATCH_SIZE;
  const deadlineMs = opts.deadlineMs ?? SECRET_BATCH_DEADLINE_MS;
  let queue: Queued[] = [];
  let timer: NodeJS.Timeout | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (queue.length === 0) return;
    const items = shuffleInPlace(queue, opts.randomBytes);
    queue = [];
    const results = processor.handleBatch(items);
    items.forEach((q, i) => q.reply(results[i]!));
  }

  const beforeDirect = (command: unknown) => {
    if (FLUSH_FIRST.has(String(fieldOf(command, 'type')))) flush();
  };

  return {
    ...processor,
    submit(ctx, command, reply) {
      if (isSecretCast(processor, command)) {
        queue.push({ ctx, command, reply });
        if (queue.length >= batchSize) flush();
        else if (!timer) timer = setTimeout(flush, deadlineMs);
        return;
      }
      beforeDirect(command);
      reply(processor.handle(ctx, command));
    },
    handle(ctx, command) {
      beforeDirect(command);
      return processor.handle(ctx, command);
    },
    flush,
    close() {
      flush();
      processor.close();
    },
  };
}
