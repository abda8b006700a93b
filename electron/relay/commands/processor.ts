import { randomBytes as nodeRandomBytes } from 'node:crypto';
import type { Command, CommandAck } from '../../../shared/meeting-live/commands';
import { mayIssue } from '../../../shared/meeting-live/commands';
import type { MeetingLiveView } from '../../../shared/meeting-live/live-state';
import { parseCommand } from '../../../shared/meeting-live/validate';
import type { AppError, Result } from '../../../shared/util/result';
import { assertNever, fail, ok } from '../../../shared/util/result';
import { BUILTIN_RULES } from '../../../shared/voting/rule-data';
import type { Db } from '../../common/sqlite/connection';
import { closeDb, openDb } from '../../common/sqlite/connection';
import type { ApplyEnv, ApplyResult } from './env';
import { applyAttendanceSet, applyCheckIn } from './handlers/attendance';
import { applyAgendaSetCurrent, applyMeetingClose, applyMeetingOpen } from './handlers/meeting';
import { applySpeakerEnd, applySpeakerGrant, applySpeakerNext, applySpeakerRequest, applySpeakerWithdraw } from './handlers/speakers';
import {
  applyElectionAnnounce,
  applyElectionCast,
  applyElectionClose,
  applyElectionConfirm,
  applyElectionOpen,
  applyElectionPrepare,
} from './handlers/election-commands';
import { applyVoteCast, applyVoteClose, applyVoteOpen } from './handlers/votes';
import { createElectionBoardStore } from './election-board-store';
import { createElectionStore } from './election-store';
import { FORBIDDEN_ROLE_KEYS } from './messages';
import { createLegalBody, vietnamDate } from './legal-body';
import { createLegalStore } from './legal-store';
import { COMMANDS_MIGRATIONS } from './migrations';
import {
  createRecordLog,
  createNotesStore,
  applyMinutesConclusion,
  applyMinutesDissent,
  applyMinutesEdit,
  applyMinutesFinalise,
  applyMinutesRevise,
  type NotesStore,
} from '../record/hook';
import type { Store } from './store';
import { createStore } from './store';
import { createSecretBallotWriter } from './secret-ballot';
import type { CommandContext, CommandProcessor, CommandProcessorConfig, MeetingParticipantInfo } from './types';
import { DEFAULT_SPEAKING_LIMIT_SEC } from './types';
import type { SharedView, Snapshot } from './view';
import { buildShared, loadSnapshot, presenceSignature, projectView } from './view';

const ID_BYTES = 12;

/** A refusal thrown inside the transaction so that nothing a handler may have written survives. */
class Refusal extends Error {
  constructor(readonly failure: { ok: false; error: AppError }) {
    super(failure.error.message);
  }
}

function storageError(e: unknown): { ok: false; error: AppError } {
  const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'unknown';
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return fail('conflict', 'error.relay.constraint', undefined, { reason: 'constraint', sqlite: code });
  return fail('internal', 'error.relay.storage', undefined, { sqlite: code });
}

function dispatch(env: ApplyEnv, notes: NotesStore, cmd: Command): ApplyResult {
  switch (cmd.type) {
    case 'attendance:check-in':
      return applyCheckIn(env, cmd);
    case 'attendance:set':
      return applyAttendanceSet(env, cmd);
    case 'agenda:set-current':
      return applyAgendaSetCurrent(env, cmd);
    case 'speaker:request':
      return applySpeakerRequest(env, cmd);
    case 'speaker:withdraw':
      return applySpeakerWithdraw(env, cmd);
    case 'speaker:grant':
      return applySpeakerGrant(env, cmd);
    case 'speaker:next':
      return applySpeakerNext(env, cmd);
    case 'speaker:end':
      return applySpeakerEnd(env, cmd);
    case 'vote:open':
      return applyVoteOpen(env, cmd);
    case 'vote:cast':
      return applyVoteCast(env, cmd);
    case 'vote:close':
      return applyVoteClose(env, cmd);
    case 'meeting:open':
      return applyMeetingOpen(env, cmd);
    case 'meeting:close':
      return applyMeetingClose(env, cmd);
    case 'minutes:conclusion':
      return applyMinutesConclusion(env, notes, cmd);
    case 'minutes:dissent':
      return applyMinutesDissent(env, notes, cmd);
    case 'minutes:edit':
      return applyMinutesEdit(env, notes, cmd);
    case 'minutes:finalise':
      return applyMinutesFinalise(env, notes, cmd);
    case 'minutes:revise':
      return applyMinutesRevise(env, notes, cmd);
    case 'election:prepare':
      return applyElectionPrepare(env, cmd);
    case 'election:open':
      return applyElectionOpen(env, cmd);
    case 'election:cast':
      return applyElectionCast(env, cmd);
    case 'election:close':
      return applyElectionClose(env, cmd);
    case 'election:confirm':
      return applyElectionConfirm(env, cmd);
    case 'election:announce':
      return applyElectionAnnounce(env, cmd);
    default:
      return assertNever(cmd, 'command');
  }
}

function initMeeting(store: Store, config: CommandProcessorConfig): void {
  const row = store.getMeeting.get();
  if (!row) {
    store.insertMeeting.run(config.meeting.meetingId, config.meeting.bodyKind);
    return;
  }
  if (row.meeting_id !== config.meeting.meetingId || row.body_kind !== config.meeting.bodyKind) {
    throw new Error(
      `command database ${config.file} belongs to meeting ${row.meeting_id} (${row.body_kind}), not ${config.meeting.meetingId} (${config.meeting.bodyKind})`,
    );
  }
}

/** Empties the WAL file so no earlier page image (e.g. of a secret ballot's arrival order) stays on disk. */
function truncateWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export function createCommandProcessor(config: CommandProcessorConfig): CommandProcessor {
  const db = openDb({ file: config.file, migrations: COMMANDS_MIGRATIONS });
  // Freed cells and pages are zero-filled: a deleted (scrubbed) ballot leaves no bytes behind.
  db.pragma('secure_delete = ON');
  const store = createStore(db);
  const elections = createElectionStore(db);
  const board = createElectionBoardStore(db);
  db.transaction(() => initMeeting(store, config))();
  truncateWal(db);
  // The record (../record): every applied command and every refusal, hash-chained, in the same transaction.
  const notes = createNotesStore(db);
  const record = createRecordLog({
    db,
    keyFile: `${config.file}.key`,
    voteIsSecret: (id) => {
      const v = store.getVote.get(id);
      return v ? v.kind === 'secret' : null;
    },
  });

  const randomBytes = config.randomBytes ?? ((n: number) => nodeRandomBytes(n));
  const secretBallots = createSecretBallotWriter(store, randomBytes);
  const newId = (): string => Buffer.from(randomBytes(ID_BYTES)).toString('base64url');
  const participants = new Map<string, MeetingParticipantInfo>(config.meeting.participants.map((p) => [p.userId, p]));
  const meetingDate = config.meeting.date ?? null;
  const legal = createLegalBody({
    bodyKind: config.meeting.bodyKind,
    ...(config.meeting.roster ? { roster: config.meeting.roster } : {}),
    participants: config.meeting.participants,
    rules: config.rules ?? BUILTIN_RULES,
    listDate: meetingDate ?? vietnamDate(config.now()),
  });
  const members = legal.members;
  const legalStore = createLegalStore(db);
  const agendaItemIds = config.meeting.agendaItemIds ? new Set<string>(config.meeting.agendaItemIds) : null;
  const limitSec = config.speakingLimitSec ?? DEFAULT_SPEAKING_LIMIT_SEC;
  const requireQuorum = config.requireQuorumToOpenVote ?? true;
  const listeners = new Set<() => void>();
  let snapshot: Snapshot | null = null;
  let shared: SharedView | null = null;
  let closed = false;

  const apply = db.transaction((ctx: CommandContext, cmd: Command, at: number) => {
    const env: ApplyEnv = {
      store,
      ctx,
      at,
      bodyKind: config.meeting.bodyKind,
      participants,
      members,
      legal,
      legalStore,
      meetingDate,
      agendaItemIds,
      isOnline: config.isOnline,
      limitSec,
      requireQuorum,
      newId,
      randomBytes,
      secretBallots,
      elections,
      board,
    };
    const r = dispatch(env, notes, cmd);
    if (!r.ok) throw new Refusal(r);
    store.bumpVersion.run();
    const ack: CommandAck = { commandId: cmd.commandId, type: cmd.type, at, version: store.getMeeting.get()!.version };
    if (r.value.voteId) ack.voteId = r.value.voteId;
    if (r.value.requestId) ack.requestId = r.value.requestId;
    if (r.value.result) ack.result = r.value.result;
    if (r.value.electionId) ack.electionId = r.value.electionId;
    if (r.value.roundId) ack.roundId = r.value.roundId;
    store.insertAck.run(ctx.userId, cmd.commandId, cmd.type, JSON.stringify(ack));
    record.appendApplied(ctx, cmd, ack);
    return { ack, secretClosed: r.value.secretClosed === true };
  });

  function notify(): void {
    for (const l of [...listeners]) {
      try {
        l();
      } catch {
        // A failing subscriber must not undo or block a committed command.
      }
    }
  }

  type Step = { result: Result<CommandAck>; applied: boolean; secretClosed: boolean };
  const refused = (result: Result<CommandAck>): Step => ({ result, applied: false, secretClosed: false });

  /**
   * Checks and applies one command. Standalone it is its own transaction; inside handleBatch's transaction
   * better-sqlite3 runs it as a SAVEPOINT, so a refused command leaves no trace among its neighbours.
   */
  function step(ctx: CommandContext, raw: unknown): Step {
    const s = checkAndApply(ctx, raw);
    if (!s.applied && !s.result.ok) {
      try {
        record.appendRefused(ctx, raw, s.result.error, config.now());
      } catch {
        // The refusal stands even if the disk refuses its log entry; verify shows the gap in nothing applied.
      }
    }
    return s;
  }

  function checkAndApply(ctx: CommandContext, raw: unknown): Step {
    if (ctx.meetingId !== config.meeting.meetingId) return refused(fail('forbidden', 'error.relay.wrongMeeting'));
    const parsed = parseCommand(raw);
    if (!parsed.ok) return refused(parsed);
    const cmd = parsed.value;
    const who = participants.get(ctx.userId);
    if (!who) return refused(fail('forbidden', 'error.relay.notParticipant'));
    if (who.role !== ctx.role) return refused(fail('forbidden', 'error.relay.roleMismatch'));

    const prior = store.getAck.get(ctx.userId, cmd.commandId);
    if (prior) {
      if (prior.type !== cmd.type)
        return refused(fail('conflict', 'error.relay.commandIdReused', undefined, { reason: 'command_id_reused' }));
      return refused(ok(JSON.parse(prior.ack) as CommandAck));
    }
    if (!mayIssue(ctx.role, cmd.type)) {
      return refused(fail('forbidden', FORBIDDEN_ROLE_KEYS[cmd.type], undefined, { reason: 'role', type: cmd.type }));
    }
    try {
      const o = apply(ctx, cmd, config.now());
      return { result: ok(o.ack), applied: true, secretClosed: o.secretClosed };
    } catch (e) {
      if (e instanceof Refusal) return refused(e.failure);
      return refused(storageError(e));
    }
  }

  function afterCommit(steps: readonly Step[]): void {
    if (!steps.some((s) => s.applied)) return;
    snapshot = null;
    if (steps.some((s) => s.secretClosed)) truncateWal(db);
    notify();
  }

  function handle(ctx: CommandContext, raw: unknown): Result<CommandAck> {
    if (closed) return fail('internal', 'error.relay.closedProcessor');
    const s = step(ctx, raw);
    afterCommit([s]);
    return s.result;
  }

  const applyBatch = db.transaction((items: readonly { ctx: CommandContext; command: unknown }[]) =>
    secretBallots.batch((scope) =>
      items.map((i) => {
        const mark = scope.mark();
        const s = step(i.ctx, i.command);
        if (!s.applied) scope.rollbackTo(mark);
        return s;
      }),
    ),
  );

  function handleBatch(items: readonly { ctx: CommandContext; command: unknown }[]): Result<CommandAck>[] {
    if (closed) return items.map(() => fail('internal', 'error.relay.closedProcessor'));
    if (items.length === 0) return [];
    let steps: Step[];
    try {
      steps = applyBatch(items);
    } catch (e) {
      // The commit itself failed: nothing of the batch is on disk, so nothing may be acknowledged.
      const failure = storageError(e);
      return items.map(() => failure);
    }
    afterCommit(steps);
    return steps.map((s) => s.result);
  }

  function view(ctx: CommandContext): MeetingLiveView {
    if (ctx.meetingId !== config.meeting.meetingId)
      throw new Error(`view of meeting ${ctx.meetingId} asked from ${config.meeting.meetingId}`);
    if (!snapshot) {
      if (closed) throw new Error('command processor is closed');
      snapshot = loadSnapshot(store, legalStore, { rounds: elections, board });
    }
    // The configured list is authoritative for roles: a session that claims more sees nothing extra.
    const role = participants.get(ctx.userId)?.role ?? 'guest';
    const env = {
      meetingId: config.meeting.meetingId,
      bodyKind: config.meeting.bodyKind,
      participants,
      members,
      legal,
      meetingDate,
      isOnline: config.isOnline,
      limitSec,
      now: config.now(),
    };
    // Presence changes without commands, so it is read on every view; the rest is rebuilt only when
    // the version or someone's online state changed.
    const signature = presenceSignature(env);
    if (!shared || shared.snap !== snapshot || shared.signature !== signature) {
      shared = buildShared(snapshot, env, signature);
    }
    return projectView(shared, { ...ctx, role }, env);
  }

  return {
    handle,
    handleBatch,
    isOpenSecretVote: (voteId) => !closed && typeof voteId === 'string' && store.isOpenSecretVote.get(voteId) !== undefined,
    isOpenRound: (roundId) => !closed && typeof roundId === 'string' && elections.openRoundOf.get(roundId) !== undefined,
    view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyPresenceChanged: notify,
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      closeDb(db);
    },
  };
}
