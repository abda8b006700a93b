import type { Membership, MembershipEndKind } from '../../../shared/model/roster';
import { standingOn } from '../../../shared/model/roster';

/** Today's date in Vietnam (UTC+7, no daylight saving), as the relay computes N. */
export const vietnamToday = (now = Date.now()): string => new Date(now + 7 * 3600_000).toISOString().slice(0, 10);

export type Standing = { kind: 'in_office' } | { kind: 'not_started' } | { kind: 'out'; endKind: MembershipEndKind; since: string };

/** A membership's standing on a date (the same rule the relay uses for N, before the rules' exclusions). */
export const standing = (m: Membership, date: string): Standing => standingOn(m, date);
