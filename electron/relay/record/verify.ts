import type { MessageKey, MessageParams } from '../../../shared/i18n';
import type { CheckpointRow, KeyRow, LogBody, LogRow } from './chain';
import { entryHash, GENESIS_HASH, keyFingerprint, verifyEntrySignature } from './chain';

/*
 * Offline verification of a record log, pure over the rows read from a command database. Names the first
 * broken entry and what happened to it: edited, reordered, deleted, forged (not signed by the relay's key),
 * truncated (missing after the last entry), or a checkpoint that no longer matches.
 */

export type CheckName = 'chain' | 'signatures' | 'head' | 'checkpoints' | 'commands' | 'anchors';
export type VerifyCheck = { name: CheckName; ok: boolean; key: MessageKey; params: MessageParams; seq?: number };
export type VerifyReport = { ok: boolean; entries: number; firstBrokenSeq: number | null; checks: VerifyCheck[] };

export type VerifyInput = {
  entries: readonly LogRow[];
  keys: readonly KeyRow[];
  checkpoints: readonly CheckpointRow[];
  head: { seq: number; hash: string } | null;
  /** The command processor's own record of applied commands (idempotency table) and its version counter. */
  commands: readonly { user_id: string; command_id: string; type: string }[];
  version: number;
  /** Applied before the log existed (a database upgraded mid-meeting). */
  baseline: { version: number; commands: number };
  /** Checkpoints quoted elsewhere (the minutes, an archive manifest): each must still match. */
  anchors?: readonly { seq: number; hash: string }[];
};

const good = (name: CheckName, key: MessageKey, params: MessageParams = {}): VerifyCheck => ({ name, ok: true, key, params });
const bad = (name: CheckName, key: MessageKey, params: MessageParams, seq?: number): VerifyCheck =>
  seq === undefined ? { name, ok: false, key, params } : { name, ok: false, key, params, seq };

function parseBody(body: string): LogBody | null {
  try {
    const b = JSON.parse(body) as LogBody;
    return typeof b === 'object' && b !== null && Number.isSafeInteger(b.seq) ? b : null;
  } catch {
    return null;
  }
}

/** Links and hashes, entry by entry; stops at the first break. */
function checkChain(entries: readonly LogRow[]): VerifyCheck {
  const seqOfHash = new Map(entries.map((e) => [e.hash, e.seq]));
  let prev = GENESIS_HASH;
  let expected = 1;
  for (const e of entries) {
    if (entryHash(e.prev_hash, e.body) !== e.hash) return bad('chain', 'record.verify.edited', { seq: e.seq }, e.seq);
    const body = parseBody(e.body);
    if (!body) return bad('chain', 'record.verify.edited', { seq: e.seq }, e.seq);
    if (body.seq !== e.seq) return bad('chain', 'record.verify.reordered', { seq: e.seq, other: body.seq }, e.seq);
    if (e.seq > expected) {
      return bad('chain', 'record.verify.deleted', { from: expected, to: e.seq - 1 }, expected);
    }
    if (e.seq < expected) return bad('chain', 'record.verify.reordered', { seq: e.seq, other: expected }, e.seq);
    if (e.prev_hash !== prev) {
      const linked = seqOfHash.get(e.prev_hash);
      return linked !== undefined
        ? bad('chain', 'record.verify.reordered', { seq: e.seq, other: linked + 1 }, e.seq)
        : bad('chain', 'record.verify.linkBroken', { seq: e.seq }, e.seq);
    }
    prev = e.hash;
    expected = e.seq + 1;
  }
  return good('chain', 'record.verify.chainOk', { count: entries.length });
}

function checkSignatures(entries: readonly LogRow[], keys: readonly KeyRow[]): VerifyCheck {
  const sorted = [...keys].sort((a, b) => a.from_seq - b.from_seq);
  for (const e of entries) {
    const key = sorted.filter((k) => k.from_seq <= e.seq).pop();
    if (!key || key.key_id !== e.key_id || !verifyEntrySignature(key.public_key, e.hash, e.sig)) {
      return bad('signatures', 'record.verify.forged', { seq: e.seq }, e.seq);
    }
  }
  return good('signatures', 'record.verify.signaturesOk', { keys: sorted.map((k) => keyFingerprint(k.public_key)).join(', ') || '—' });
}

function checkHead(entries: readonly LogRow[], head: VerifyInput['head']): VerifyCheck {
  const last = entries[entries.length - 1];
  if (!head)
    return last ? bad('head', 'record.verify.headMissing', { seq: last.seq }, last.seq) : good('head', 'record.verify.headOk', { seq: 0 });
  if (!last || head.seq > last.seq) {
    return bad('head', 'record.verify.truncated', { last: last?.seq ?? 0, head: head.seq }, (last?.seq ?? 0) + 1);
  }
  if (head.seq < last.seq) return bad('head', 'record.verify.appended', { head: head.seq, seq: head.seq + 1 }, head.seq + 1);
  if (head.hash !== last.hash) return bad('head', 'record.verify.headMismatch', { seq: last.seq }, last.seq);
  return good('head', 'record.verify.headOk', { seq: head.seq });
}

function checkPoints(
  name: 'checkpoints' | 'anchors',
  entries: readonly LogRow[],
  points: readonly { seq: number; hash: string }[],
): VerifyCheck {
  const bySeq = new Map(entries.map((e) => [e.seq, e.hash]));
  for (const c of points) {
    if (bySeq.get(c.seq) !== c.hash) return bad(name, 'record.verify.checkpointMismatch', { seq: c.seq, hash: c.hash.slice(0, 16) }, c.seq);
  }
  return good(name, 'record.verify.checkpointsOk', { count: points.length });
}

/** Applied secret ballots (logged without sender) of votes and election rounds whose close is logged too. */
function scrubbedSecretCasts(entries: readonly LogRow[]): number {
  const bodies = entries.map((e) => parseBody(e.body)).filter((b): b is LogBody => b !== null && b.outcome === 'applied');
  const closed = new Set(bodies.filter((b) => b.type === 'vote:close').map((b) => b.args.voteId));
  const closedRounds = new Set(bodies.filter((b) => b.type === 'election:close').map((b) => b.args.roundId));
  const votes = bodies.filter((b) => b.type === 'vote:cast' && b.actor === null && closed.has(b.args.voteId)).length;
  return votes + bodies.filter((b) => b.type === 'election:cast' && b.actor === null && closedRounds.has(b.args.roundId)).length;
}

/** Applied entries against the processor's idempotency table and version counter. */
function checkCommands(entries: readonly LogRow[], input: VerifyInput): VerifyCheck {
  const rows = new Map(input.commands.map((c) => [`${c.user_id}\u0000${c.command_id}`, c.type]));
  let applied = 0;
  for (const e of entries) {
    const b = parseBody(e.body);
    if (!b || b.outcome !== 'applied') continue;
    applied++;
    if (b.actor !== null && b.commandId !== null && rows.get(`${b.actor}\u0000${b.commandId}`) !== b.type) {
      return bad('commands', 'record.verify.noCommandRow', { seq: e.seq }, e.seq);
    }
  }
  const commands = input.commands.length - input.baseline.commands;
  const version = input.version - input.baseline.version;
  // Closing a secret vote deletes its cast acks from the commands table (commands/secret-ballot.ts): those
  // ballots are logged (without sender) but have no row any more.
  const scrubbed = scrubbedSecretCasts(entries);
  if (applied - scrubbed !== commands || applied !== version) {
    return bad('commands', 'record.verify.countMismatch', { logged: applied, commands, version });
  }
  return good('commands', 'record.verify.commandsOk', { count: applied });
}

export function verifyRecord(input: VerifyInput): VerifyReport {
  const entries = [...input.entries].sort((a, b) => a.seq - b.seq);
  const checks = [
    checkChain(entries),
    checkSignatures(entries, input.keys),
    checkHead(entries, input.head),
    checkPoints('checkpoints', entries, input.checkpoints),
    checkCommands(entries, input),
  ];
  if (input.anchors) checks.push(checkPoints('anchors', entries, input.anchors));
  const broken = checks.filter((c) => !c.ok && c.seq !== undefined).map((c) => c.seq!);
  return {
    ok: checks.every((c) => c.ok),
    entries: entries.length,
    firstBrokenSeq: broken.length ? Math.min(...broken) : null,
    checks,
  };
}
