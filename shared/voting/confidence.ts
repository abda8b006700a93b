/**
 * Confidence rating (lấy phiếu tín nhiệm) and confidence vote (bỏ phiếu tín nhiệm), Nghị quyết 96/2023/QH15.
 * Percentages are of the total delegates in office (N), never of the ballots; bands compare integers.
 */
import type { MessageKey } from '../i18n';
import { translate } from '../i18n';
import type { Result } from '../util/result';
import { assertNever, fail, ok } from '../util/result';
import type { Citation } from './citation';
import { formatPercentOfN } from './percent';
import type { TallyResult } from './tally';
import { computeTally } from './tally';
import type { ThresholdRule } from './thresholds';
import { MAX_DENOMINATOR, requiredCount } from './thresholds';

export const NQ96_CITATION: Citation = {
  document: 'Nghị quyết số 96/2023/QH15 về lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm',
  article: null,
  clause: null,
  issuedOn: '2023-06-23',
};

export type ConfidenceLevel = 'high' | 'normal' | 'low';
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = ['high', 'normal', 'low'];

export function confidenceLevelKey(level: ConfidenceLevel): MessageKey {
  switch (level) {
    case 'high':
      return 'confidence.level.high';
    case 'normal':
      return 'confidence.level.normal';
    case 'low':
      return 'confidence.level.low';
    default:
      return assertNever(level, 'confidence level');
  }
}

/** What follows a rating for one person. */
export type ConfidenceBand =
  /** "tín nhiệm thấp" from at most half of N */
  | 'none'
  /** more than half and under two thirds of N: may resign (else a confidence vote follows) */
  | 'may_resign'
  /** at least two thirds of N: proposal for removal */
  | 'removal_proposal';

export function confidenceBandKey(band: ConfidenceBand): MessageKey {
  switch (band) {
    case 'none':
      return 'confidence.band.none';
    case 'may_resign':
      return 'confidence.band.mayResign';
    case 'removal_proposal':
      return 'confidence.band.removal';
    default:
      return assertNever(band, 'confidence band');
  }
}

/** Band of `low` "tín nhiệm thấp" ratings out of N (exact: thresholds.ts). N = 0 is always 'none'. */
export function confidenceBand(low: number, n: number): ConfidenceBand {
  if (n === 0) return 'none';
  if (low >= requiredCount('at_least_two_thirds', n)) return 'removal_proposal';
  if (low >= requiredCount('more_than_half', n)) return 'may_resign';
  return 'none';
}

/** One ballot: per office-holder id at most one level; a row left blank rates nobody. */
export type RatingBallot = Readonly<Record<string, ConfidenceLevel | null>>;

export type RatingRow = {
  id: string;
  counts: Record<ConfidenceLevel, number>;
  /** Percent of N per level, two decimals ("38,88"). */
  percents: Record<ConfidenceLevel, string>;
  band: ConfidenceBand;
};

export type RatingResult = { n: number; ballots: number; valid: number; invalid: number; rows: RatingRow[]; citation: Citation };

const isLevel = (v: unknown): v is ConfidenceLevel => typeof v === 'string' && (CONFIDENCE_LEVELS as readonly string[]).includes(v);

/** A ballot naming someone not on the list, or with an unknown level, is invalid as a whole. */
export function ratingBallotValid(ballot: RatingBallot, officeHolders: ReadonlySet<string>): boolean {
  for (const [id, level] of Object.entries(ballot)) {
    if (!officeHolders.has(id)) return false;
    if (level !== null && !isLevel(level)) return false;
  }
  return true;
}

export function countRating(officeHolders: readonly string[], n: number, ballots: readonly RatingBallot[]): Result<RatingResult> {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_DENOMINATOR) return fail('invalid_input', 'election.error.base', undefined, { n });
  const holders = new Set(officeHolders);
  if (officeHolders.length === 0 || holders.size !== officeHolders.length) return fail('invalid_input', 'election.error.officeHolders');
  if (ballots.length > n) return fail('invalid_input', 'election.error.tooManyBallots', { ballots: ballots.length, n });
  const counts = new Map(officeHolders.map((id) => [id, { high: 0, normal: 0, low: 0 }]));
  let valid = 0;
  for (const b of ballots) {
    if (!ratingBallotValid(b, holders)) continue;
    valid += 1;
    for (const [id, level] of Object.entries(b)) if (level !== null) counts.get(id)![level] += 1;
  }
  const rows = officeHolders.map((id): RatingRow => {
    const c = counts.get(id)!;
    return {
      id,
      counts: c,
      percents: { high: formatPercentOfN(c.high, n), normal: formatPercentOfN(c.normal, n), low: formatPercentOfN(c.low, n) },
      band: confidenceBand(c.low, n),
    };
  });
  return ok({ n, ballots: ballots.length, valid, invalid: ballots.length - valid, rows, citation: NQ96_CITATION });
}

export const CONFIDENCE_VOTE_YES = 'tin_nhiem';
export const CONFIDENCE_VOTE_NO = 'khong_tin_nhiem';

/** The confidence vote's rule: more than half of the total; "Không tín nhiệm" is the deciding option. */
export const CONFIDENCE_VOTE_RULE: ThresholdRule = {
  id: 'confidence_vote@96-2023',
  kind: 'more_than_half',
  base: 'total',
  label: { vi: translate('vi', 'confidence.vote.basis'), en: translate('en', 'confidence.vote.basis') },
  legalBasis: `${NQ96_CITATION.document} (${translate('vi', 'election.needsLegalConfirmation')})`,
};

/**
 * Tallies a confidence vote: `passed` means more than half of N voted "Không tín nhiệm" (the deciding option,
 * not the first), i.e. resignation or removal follows.
 */
export function tallyConfidenceVote(members: number, present: number, yes: number, no: number): Result<TallyResult> {
  return computeTally({
    rule: CONFIDENCE_VOTE_RULE,
    members,
    present,
    options: [
      { id: CONFIDENCE_VOTE_YES, label: translate('vi', 'confidence.vote.yes') },
      { id: CONFIDENCE_VOTE_NO, label: translate('vi', 'confidence.vote.no') },
    ],
    counts: { [CONFIDENCE_VOTE_YES]: yes, [CONFIDENCE_VOTE_NO]: no },
    favourOptionId: CONFIDENCE_VOTE_NO,
  });
}
