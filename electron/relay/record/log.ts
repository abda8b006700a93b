import { sign } from 'node:crypto';
import type { Command, CommandAck } from '../../../shared/meeting-live/commands';
import { COMMAND_TYPES } from '../../../shared/meeting-live/commands';
import { parseCommand } from '../../../shared/meeting-live/validate';
import type { AppError } from '../../../shared/util/result';
import { assertNever } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import type { LogBody } from './chain';
import { canonicalJson, entryHash, GENESIS_HASH, RECORD_LOG_VERSION } from './chain';
import { createLogStore } from './log-store';
import { loadOrCreateSigningKey } from './signing-key';

/** A checkpoint every this many entries, besides one at each vote result and at the close. */
export const CHECKPOINT_EVERY_ENTRIES = 50;

export type RecordActor = { userId: string; role: string };

export type RecordLogDeps = {
  db: Db;
  /** Private key file (created on first use). */
  keyFile: string;
  /** true: secret, false: public/named, null: no such vote. Read inside the command's transaction. */
  voteIsSecret: (voteId: string) => boolean | null;
  checkpointEvery?: number;
};

export type RecordLog = {
  /** Inside the command's transaction, after it was applied. */
  appendApplied(actor: RecordActor, cmd: Command, ack: CommandAck): void;
  /** After a refusal (nothing of the command was written); its own transaction or a savepoint of a batch. */
  appendRefused(actor: RecordActor, raw: unknown, error: AppError, at: number): void;
};

type Args = LogBody['args'];

/** The fields of a command worth recording. A secret ballot keeps only its vote id. */
function argsOf(cmd: Command, ack: CommandAck | null, secretBallot: boolean): Args {
  switch (cmd.type) {
    case 'attendance:check-in':
    case 'speaker:withdraw':
    case 'speaker:next':
    case 'speaker:end':
    case 'meeting:open':
    case 'meeting:close':
      return ack?.requestId ? { requestId: ack.requestId } : {};
    case 'attendance:set':
      return { userId: cmd.userId, status: cmd.status, reason: cmd.reason ?? null };
    case 'agenda:set-current':
      return { agendaItemId: cmd.agendaItemId, documentId: cmd.documentId ?? null, page: cmd.page ?? null };
    case 'speaker:request':
      return { kind: cmd.kind, topic: cmd.topic ?? null, requestId: ack?.requestId ?? null };
    case 'speaker:grant':
      return { requestId: cmd.requestId };
    case 'vote:open':
      return {
        agendaItemId: cmd.agendaItemId,
        question: cmd.question,
        kind: cmd.kind,
        ruleId: cmd.ruleId,
        options: (cmd.options ?? []).join(' | '),
        voteId: ack?.voteId ?? null,
      };
    case 'vote:cast':
      return secretBallot ? { voteId: cmd.voteId } : { voteId: cmd.voteId, optionId: cmd.optionId };
    case 'vote:close':
      return ack?.result
        ? {
            voteId: cmd.voteId,
            n: ack.result.n,
            cast: ack.result.cast,
            favour: ack.result.favourCount,
            required: ack.result.required,
            passed: ack.result.passed,
          }
        : { voteId: cmd.voteId };
    case 'minutes:conclusion':
      return { agendaItemId: cmd.agendaItemId, text: cmd.text };
    case 'minutes:dissent':
      return { agendaItemId: cmd.agendaItemId, userId: cmd.userId, text: cmd.text };
    case 'minutes:edit':
      return { section: cmd.section, text: cmd.text };
    case 'minutes:finalise':
      return { version: cmd.version };
    case 'minutes:revise':
      return { reason: cmd.reason };
    case 'election:prepare':
      return {
        agendaItemId: cmd.agendaItemId,
        kind: cmd.kind,
        office: cmd.office,
        seats: cmd.seats,
        candidates: cmd.candidates.map((c) => c.fullName).join(' | '),
        board: cmd.board.join(' | '),
        electionId: ack?.electionId ?? null,
      };
    case 'election:open':
      return { electionId: cmd.electionId, roundId: ack?.roundId ?? null };
    case 'election:cast':
      // Always secret: the round only, never the ballot.
      return { roundId: cmd.roundId };
    case 'election:close':
    case 'election:confirm':
    case 'election:announce':
      return { roundId: cmd.roundId };
    default:
      return assertNever(cmd, 'command');
  }
}

export function createRecordLog(deps: RecordLogDeps): RecordLog {
  const { db } = deps;
  const store = createLogStore(db);
  const key = loadOrCreateSigningKey(deps.keyFile);
  const every = deps.checkpointEvery ?? CHECKPOINT_EVERY_ENTRIES;

  const keyId = db.transaction((): number => {
    const known = store.listKeys.all().find((k) => k.public_key === key.publicKeyPem);
    if (known) return known.key_id;
    const from = (store.getHead.get()?.seq ?? 0) + 1;
    return Number(store.insertKey.run(key.publicKeyPem, from, Date.now()).lastInsertRowid);
  })();

  function append(fields: Omit<LogBody, 'v' | 'seq'>, checkpoint: 'vote_closed' | 'meeting_closed' | null): void {
    const head = store.getHead.get() ?? { seq: 0, hash: GENESIS_HASH };
    const seq = head.seq + 1;
    const body = canonicalJson({ v: RECORD_LOG_VERSION, seq, ...fields } satisfies LogBody);
    const hash = entryHash(head.hash, body);
    const sig = sign(null, Buffer.from(hash, 'hex'), key.privateKey);
    store.insertEntry.run(seq, body, head.hash, hash, keyId, sig);
    store.setHead.run(seq, hash);
    if (checkpoint) store.insertCheckpoint.run(seq, hash, fields.at, checkpoint);
    if (seq % every === 0) store.insertCheckpoint.run(seq, hash, fields.at, 'interval');
  }

  const isSecretBallot = (cmd: Command): boolean =>
    cmd.type === 'election:cast' || (cmd.type === 'vote:cast' && deps.voteIsSecret(cmd.voteId) !== false);

  function appendApplied(actor: RecordActor, cmd: Command, ack: CommandAck): void {
    const secret = isSecretBallot(cmd);
    append(
      {
        at: ack.at,
        outcome: 'applied',
        type: cmd.type,
        actor: secret ? null : actor.userId,
        role: secret ? null : actor.role,
        commandId: secret ? null : cmd.commandId,
        args: argsOf(cmd, ack, secret),
        version: ack.version,
        refusal: null,
      },
      cmd.type === 'vote:close' || cmd.type === 'election:close' ? 'vote_closed' : cmd.type === 'meeting:close' ? 'meeting_closed' : null,
    );
  }

  const appendRefusedTx = db.transaction((actor: RecordActor, raw: unknown, error: AppError, at: number) => {
    const parsed = parseCommand(raw);
    const rawType = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const type = parsed.ok ? parsed.value.type : (COMMAND_TYPES as readonly unknown[]).includes(rawType) ? (rawType as string) : null;
    // An unreadable ballot may still be a secret one: it is logged without its sender too.
    const secret = parsed.ok ? isSecretBallot(parsed.value) : type === 'vote:cast' || type === 'election:cast';
    const reason = error.detail?.['reason'];
    append(
      {
        at,
        outcome: 'refused',
        type,
        actor: secret ? null : actor.userId,
        role: secret ? null : actor.role,
        commandId: secret || !parsed.ok ? null : parsed.value.commandId,
        args: parsed.ok ? argsOf(parsed.value, null, secret) : {},
        version: null,
        refusal: { code: error.code, reason: typeof reason === 'string' ? reason : null },
      },
      null,
    );
  });

  return { appendApplied, appendRefused: (actor, raw, error, at) => appendRefusedTx(actor, raw, error, at) };
}
