import type { MessageKey, MessageParams } from '../../../shared/i18n';
import type { BallotForm, ElectionBallotInput } from '../../../shared/meeting-live/election-commands';
import type { ConfidenceLevel } from '../../../shared/voting/confidence';
import { assertNever } from '../../../shared/util/result';

/*
 * A ballot being marked, before it is sent: pure, so the component only holds it until the ack and then
 * drops it. Strike-out keeps the struck names (paper: every name stands until struck through).
 */

export type BallotDraft =
  | { kind: 'strike'; struck: readonly string[] }
  | { kind: 'approval'; marks: Readonly<Record<string, 'agree' | 'disagree'>> }
  | { kind: 'rating'; levels: Readonly<Record<string, ConfidenceLevel>> };

export function emptyDraft(form: BallotForm): BallotDraft {
  switch (form) {
    case 'strike':
      return { kind: 'strike', struck: [] };
    case 'approval':
      return { kind: 'approval', marks: {} };
    case 'rating':
      return { kind: 'rating', levels: {} };
    default:
      return assertNever(form, 'ballot form');
  }
}

export function toggleStrike(draft: BallotDraft, id: string): BallotDraft {
  if (draft.kind !== 'strike') return draft;
  return { kind: 'strike', struck: draft.struck.includes(id) ? draft.struck.filter((x) => x !== id) : [...draft.struck, id] };
}

export function markApproval(draft: BallotDraft, id: string, mark: 'agree' | 'disagree'): BallotDraft {
  return draft.kind === 'approval' ? { kind: 'approval', marks: { ...draft.marks, [id]: mark } } : draft;
}

export function markLevel(draft: BallotDraft, id: string, level: ConfidenceLevel): BallotDraft {
  return draft.kind === 'rating' ? { kind: 'rating', levels: { ...draft.levels, [id]: level } } : draft;
}

/** The command's ballot, names in list order. */
export function ballotOf(draft: BallotDraft, candidateIds: readonly string[]): ElectionBallotInput {
  switch (draft.kind) {
    case 'strike':
      return { kind: 'strike', kept: candidateIds.filter((c) => !draft.struck.includes(c)) };
    case 'approval':
      return { kind: 'approval', marks: Object.fromEntries(candidateIds.filter((c) => draft.marks[c]).map((c) => [c, draft.marks[c]!])) };
    case 'rating':
      return { kind: 'rating', levels: Object.fromEntries(candidateIds.map((c) => [c, draft.levels[c] ?? null])) };
    default:
      return assertNever(draft, 'ballot draft');
  }
}

export type DraftCheck = {
  /** Names kept (strike-out) or agreed (approval); rows marked (rating). */
  kept: number;
  of: number;
  /** Why the relay would count this ballot invalid (shown as a warning; the member may still send it). */
  warning: { key: MessageKey; params: MessageParams } | null;
};

export function checkDraft(draft: BallotDraft, candidateIds: readonly string[], seats: number): DraftCheck {
  const of = candidateIds.length;
  switch (draft.kind) {
    case 'strike': {
      const kept = candidateIds.filter((c) => !draft.struck.includes(c)).length;
      return { kept, of, warning: kept > seats ? { key: 'eui.ballot.tooMany', params: { kept, seats } } : null };
    }
    case 'approval': {
      const kept = candidateIds.filter((c) => draft.marks[c] === 'agree').length;
      const unmarked = candidateIds.filter((c) => !draft.marks[c]).length;
      if (unmarked > 0) return { kept, of, warning: { key: 'eui.ballot.unmarked', params: { count: unmarked } } };
      return { kept, of, warning: kept > seats ? { key: 'eui.ballot.tooMany', params: { kept, seats } } : null };
    }
    case 'rating': {
      const kept = candidateIds.filter((c) => draft.levels[c]).length;
      return { kept, of, warning: null };
    }
    default:
      return assertNever(draft, 'ballot draft');
  }
}

/** Arrow keys between the names of a list: the index to focus next, or null when the key is not ours. */
export function nextIndex(key: string, index: number, length: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(length - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}
