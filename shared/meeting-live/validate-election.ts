import type { AgendaItemId, UserId } from '../model/ids';
import { isIdShape } from '../model/ids';
import type { Result } from '../util/result';
import { ok } from '../util/result';
import type { ConfidenceLevel } from '../voting/confidence';
import { CONFIDENCE_LEVELS } from '../voting/confidence';
import type { Command, CommandType } from './commands';
import type { ElectionBallotInput, ElectionCandidateInput, ElectionCommand, ElectionKind } from './election-commands';
import { BALLOT_FORMS, CANDIDATE_SOURCES, ELECTION_KINDS, ELECTION_LIMITS } from './election-commands';
import type { CommandId, ElectionId, ElectionRoundId } from './ids';
import type { Obj } from './validate-fields';
import { id, invalid, isObj, oneOf, text } from './validate-fields';

/* parse unknown → Result<ElectionCommand>, as strict as the other commands (validate.ts). */

type ElectionType = ElectionCommand['type'];

export const ELECTION_ALLOWED: Readonly<Record<ElectionType, readonly string[]>> = {
  'election:prepare': ['agendaItemId', 'kind', 'office', 'seats', 'candidates', 'board'],
  'election:open': ['electionId'],
  'election:cast': ['roundId', 'ballot'],
  'election:close': ['roundId'],
  'election:confirm': ['roundId'],
  'election:announce': ['roundId'],
};

const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;

function candidate(v: unknown, index: number): Result<ElectionCandidateInput> {
  const field = `candidates[${index}]`;
  if (!isObj(v)) return invalid('election.cmd.candidate', { position: index + 1 }, field);
  for (const k of Object.keys(v)) {
    if (!['fullName', 'accountId', 'source', 'floorAgreement'].includes(k))
      return invalid('error.cmd.extraField', { field: k, type: 'candidate' }, field);
  }
  const fullName = text(v, 'fullName', 'election.cmd.field.candidateName', ELECTION_LIMITS.NAME_MAX_CHARS, true);
  if (!fullName.ok) return fullName;
  const source = oneOf(v, 'source', 'election.cmd.field.source', CANDIDATE_SOURCES);
  if (!source.ok) return source;
  const out: ElectionCandidateInput = { fullName: fullName.value!, source: source.value };
  if (v['accountId'] !== undefined && v['accountId'] !== null) {
    const account = id<UserId>(v, 'accountId', 'election.cmd.field.account');
    if (!account.ok) return account;
    out.accountId = account.value;
  }
  const agreement = v['floorAgreement'];
  if (source.value === 'floor') {
    if (
      !isObj(agreement) ||
      !isCount(agreement['agree'], 1_000_000) ||
      !isCount(agreement['base'], 1_000_000) ||
      agreement['agree'] > agreement['base']
    ) {
      return invalid('election.cmd.floorAgreement', { name: out.fullName }, field);
    }
    out.floorAgreement = { agree: agreement['agree'], base: agreement['base'] };
  } else if (agreement !== undefined && agreement !== null) {
    return invalid('election.cmd.floorAgreementOnlyFloor', { name: out.fullName }, field);
  }
  return ok(out);
}

function prepare(commandId: CommandId, o: Obj): Result<Command> {
  const agendaItemId = id<AgendaItemId>(o, 'agendaItemId', 'error.cmd.field.agendaItem');
  if (!agendaItemId.ok) return agendaItemId;
  const kind = oneOf<ElectionKind>(o, 'kind', 'election.cmd.field.kind', ELECTION_KINDS);
  if (!kind.ok) return kind;
  const office = text(o, 'office', 'election.cmd.field.office', ELECTION_LIMITS.OFFICE_MAX_CHARS, true);
  if (!office.ok) return office;
  const seats = o['seats'];
  if (typeof seats !== 'number' || !Number.isSafeInteger(seats) || seats < 1 || seats > ELECTION_LIMITS.SEATS_MAX) {
    return invalid('election.cmd.seats', { max: ELECTION_LIMITS.SEATS_MAX }, 'seats');
  }
  const rawCandidates = o['candidates'];
  if (!Array.isArray(rawCandidates) || rawCandidates.length === 0 || rawCandidates.length > ELECTION_LIMITS.CANDIDATES_MAX) {
    return invalid('election.cmd.candidates', { max: ELECTION_LIMITS.CANDIDATES_MAX }, 'candidates');
  }
  const candidates: ElectionCandidateInput[] = [];
  for (const [i, v] of rawCandidates.entries()) {
    const c = candidate(v, i);
    if (!c.ok) return c;
    candidates.push(c.value);
  }
  const rawBoard = o['board'];
  if (!Array.isArray(rawBoard) || rawBoard.length > ELECTION_LIMITS.BOARD_MAX || !rawBoard.every((b) => isIdShape(b))) {
    return invalid('election.cmd.board', { max: ELECTION_LIMITS.BOARD_MAX }, 'board');
  }
  return ok({
    type: 'election:prepare',
    commandId,
    agendaItemId: agendaItemId.value,
    kind: kind.value,
    office: office.value!,
    seats,
    candidates,
    board: rawBoard as UserId[],
  });
}

/** Candidate ids are short relay ids ("c12"); the counting rules judge duplicates and over-long ballots. */
const CANDIDATE_REF_RE = /^c[1-9][0-9]{0,3}$/;
const isLevel = (v: unknown): v is ConfidenceLevel => typeof v === 'string' && (CONFIDENCE_LEVELS as readonly string[]).includes(v);

function ballot(v: unknown): Result<ElectionBallotInput> {
  const bad = invalid('election.cmd.ballot', undefined, 'ballot');
  if (!isObj(v)) return bad;
  const form = oneOf(v, 'kind', 'election.cmd.field.ballotForm', BALLOT_FORMS);
  if (!form.ok) return form;
  const allowedKeys = { strike: 'kept', approval: 'marks', rating: 'levels' }[form.value];
  if (Object.keys(v).some((k) => k !== 'kind' && k !== allowedKeys)) return bad;
  const body = v[allowedKeys];
  switch (form.value) {
    case 'strike': {
      if (!Array.isArray(body) || body.length > ELECTION_LIMITS.CANDIDATES_MAX) return bad;
      if (!body.every((k) => typeof k === 'string' && CANDIDATE_REF_RE.test(k))) return bad;
      return ok({ kind: 'strike', kept: body as string[] });
    }
    case 'approval': {
      if (!isObj(body) || Object.keys(body).length > ELECTION_LIMITS.CANDIDATES_MAX) return bad;
      if (!Object.entries(body).every(([k, m]) => CANDIDATE_REF_RE.test(k) && (m === 'agree' || m === 'disagree'))) return bad;
      return ok({ kind: 'approval', marks: body as Record<string, 'agree' | 'disagree'> });
    }
    case 'rating': {
      if (!isObj(body) || Object.keys(body).length > ELECTION_LIMITS.CANDIDATES_MAX) return bad;
      if (!Object.entries(body).every(([k, l]) => CANDIDATE_REF_RE.test(k) && (l === null || isLevel(l)))) return bad;
      return ok({ kind: 'rating', levels: body as Record<string, ConfidenceLevel | null> });
    }
  }
}

export function parseElectionBody(type: ElectionType & CommandType, commandId: CommandId, o: Obj): Result<Command> {
  switch (type) {
    case 'election:prepare':
      return prepare(commandId, o);
    case 'election:open': {
      const electionId = id<ElectionId>(o, 'electionId', 'election.cmd.field.election');
      return electionId.ok ? ok({ type, commandId, electionId: electionId.value }) : electionId;
    }
    case 'election:cast': {
      const roundId = id<ElectionRoundId>(o, 'roundId', 'election.cmd.field.round');
      if (!roundId.ok) return roundId;
      const b = ballot(o['ballot']);
      return b.ok ? ok({ type, commandId, roundId: roundId.value, ballot: b.value }) : b;
    }
    case 'election:close':
    case 'election:confirm':
    case 'election:announce': {
      const roundId = id<ElectionRoundId>(o, 'roundId', 'election.cmd.field.round');
      return roundId.ok ? ok({ type, commandId, roundId: roundId.value }) : roundId;
    }
    default: {
      const never: never = type;
      return invalid('error.cmd.unknownType', { type: String(never) }, 'type');
    }
  }
}
