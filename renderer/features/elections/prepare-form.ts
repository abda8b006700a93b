import type { CandidateSource, ElectionKind, ElectionPrepare } from '../../../shared/meeting-live/election-commands';
import { ELECTION_LIMITS } from '../../../shared/meeting-live/election-commands';
import { parseCommand } from '../../../shared/meeting-live/validate';
import type { AgendaItemId, UserId } from '../../../shared/model/ids';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';

/* The secretariat's election form as plain data, and the command it becomes (checked with the relay's parser). */

export type CandidateLine = {
  /** Stable React key of the line (lines move). */
  key: number;
  fullName: string;
  /** The candidate's member account, '' when none. */
  accountId: string;
  source: CandidateSource;
  /** Floor nominations: how many agreed, of how many who voted on it (text as typed). */
  agree: string;
  base: string;
};

export type PrepareForm = {
  agendaItemId: AgendaItemId | '';
  kind: ElectionKind;
  office: string;
  seats: string;
  candidates: CandidateLine[];
  board: UserId[];
};

let lineKey = 0;
export const newLine = (): CandidateLine => ({ key: ++lineKey, fullName: '', accountId: '', source: 'list', agree: '', base: '' });

export const defaultPrepareForm = (agendaItemId: AgendaItemId | null): PrepareForm => ({
  agendaItemId: agendaItemId ?? '',
  kind: 'election',
  office: '',
  seats: '1',
  candidates: [newLine(), newLine()],
  board: [],
});

/** Moves line `index` by `delta` (−1 up, +1 down); out of range leaves the list as it is. */
export function moveLine<T>(lines: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= lines.length) return [...lines];
  const out = [...lines];
  const [line] = out.splice(index, 1);
  out.splice(to, 0, line!);
  return out;
}

export const canAddLine = (form: PrepareForm): boolean => form.candidates.length < ELECTION_LIMITS.CANDIDATES_MAX;

/** Accounts of the candidates: they cannot sit on the counting board. */
export const candidateAccounts = (form: PrepareForm): Set<string> => new Set(form.candidates.map((c) => c.accountId).filter(Boolean));

const wholeNumber = (s: string): number | null => (/^\s*\d{1,7}\s*$/.test(s) ? Number(s) : null);

export function buildPrepare(form: PrepareForm): Result<Omit<ElectionPrepare, 'commandId'>> {
  if (!form.agendaItemId) return fail('invalid_input', 'vote.pickItem', undefined, { field: 'agendaItemId' });
  const seats = form.kind === 'rating' ? Math.max(1, form.candidates.length) : wholeNumber(form.seats);
  if (seats === null) return fail('invalid_input', 'election.error.seats', undefined, { field: 'seats' });
  const candidates = form.candidates.map((c) => ({
    fullName: c.fullName.trim(),
    source: c.source,
    ...(c.accountId ? { accountId: c.accountId } : {}),
    ...(c.source === 'floor' ? { floorAgreement: { agree: wholeNumber(c.agree) ?? -1, base: wholeNumber(c.base) ?? -1 } } : {}),
  }));
  const taken = candidateAccounts(form);
  const draft = {
    type: 'election:prepare',
    commandId: 'draft',
    agendaItemId: form.agendaItemId,
    kind: form.kind,
    office: form.office.trim(),
    seats,
    candidates,
    board: form.board.filter((u) => !taken.has(u)),
  };
  const parsed = parseCommand(draft);
  if (!parsed.ok) return parsed;
  if (parsed.value.type !== 'election:prepare') return fail('invalid_input', 'vote.invalidCommand');
  const { commandId: _drop, ...body } = parsed.value;
  void _drop;
  return ok(body);
}
