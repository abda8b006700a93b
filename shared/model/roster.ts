import type { Brand } from '../util/brand';
import type { BodyKind } from './bodies';
import type { UserId } from './ids';

/*
 * Bodies, terms (khóa) and dated memberships: the legal roster a vote's denominator N comes from.
 * A meeting's invitation list (guests, observers, staff) is a different thing and never changes N.
 */

export type BodyId = Brand<string, 'BodyId'>;
export type TermId = Brand<string, 'TermId'>;
export type MembershipId = Brand<string, 'MembershipId'>;

/**
 * The collegial body itself. Standing bodies (Ban Thường vụ, Thường trực HĐND) and HĐND committees (Ban) are
 * bodies of their own with their own members, quorum and majority: never "a meeting type of the full body".
 */
export type BodyType = 'bch_tinh_uy' | 'ban_thuong_vu' | 'hdnd' | 'thuong_truc_hdnd' | 'ban_hdnd' | 'ubnd';
export const BODY_TYPES: readonly BodyType[] = ['bch_tinh_uy', 'ban_thuong_vu', 'hdnd', 'thuong_truc_hdnd', 'ban_hdnd', 'ubnd'];
export const isBodyType = (v: unknown): v is BodyType => typeof v === 'string' && (BODY_TYPES as readonly string[]).includes(v);

/** The family (Party / council / committee) a body type belongs to: it picks the meeting types and the UI preset. */
export const BODY_TYPE_FAMILY: Readonly<Record<BodyType, BodyKind>> = {
  bch_tinh_uy: 'tinh_uy',
  ban_thuong_vu: 'tinh_uy',
  hdnd: 'hdnd',
  thuong_truc_hdnd: 'hdnd',
  ban_hdnd: 'hdnd',
  ubnd: 'ubnd',
};

/** The full body a family's meetings belong to when no roster says otherwise. */
export const FAMILY_DEFAULT_BODY_TYPE: Readonly<Record<BodyKind, BodyType>> = { tinh_uy: 'bch_tinh_uy', hdnd: 'hdnd', ubnd: 'ubnd' };

/** Province, or commune after the two-level reform of 1/7/2025 (no districts). */
export type BodyLevel = 'tinh' | 'xa';

export type Body = {
  id: BodyId;
  type: BodyType;
  level: BodyLevel;
  name: string;
  /** The body a standing body or committee belongs to (Thường trực HĐND -> HĐND tỉnh), if any. */
  parentId: BodyId | null;
};

export type Term = {
  id: TermId;
  bodyId: BodyId;
  /** "Khóa XV, nhiệm kỳ 2026–2031" */
  label: string;
  /** ISO dates. */
  startDate: string;
  endDate: string | null;
};

export type MembershipStartKind = 'elected' | 'by_election' | 'appointed' | 'merged';
export const MEMBERSHIP_START_KINDS: readonly MembershipStartKind[] = ['elected', 'by_election', 'appointed', 'merged'];

/**
 * Why a member is (or was) out of office on a date. 'suspended' and 'prosecuted' are temporary: they can be
 * lifted (`liftedOn`); the others end the membership. Which of them reduce N is a rule (see rule data).
 */
export type MembershipEndKind = 'resigned' | 'dismissed' | 'died' | 'transferred' | 'suspended' | 'prosecuted';
export const MEMBERSHIP_END_KINDS: readonly MembershipEndKind[] = [
  'resigned',
  'dismissed',
  'died',
  'transferred',
  'suspended',
  'prosecuted',
];
export const TEMPORARY_END_KINDS: readonly MembershipEndKind[] = ['suspended', 'prosecuted'];

export type Membership = {
  id: MembershipId;
  termId: TermId;
  /** The member's account, when they use a laptop; a member without one still counts. */
  userId: UserId | null;
  fullName: string;
  /** "Chủ tịch UBND tỉnh", "Ủy viên"... as printed. */
  position: string;
  /** The head of the body (Chủ tịch / Bí thư): the side a tie follows where the rules say so. */
  isHead: boolean;
  startDate: string;
  startKind: MembershipStartKind;
  /** After a provincial merger: the former body the member was elected to ("HĐND tỉnh Bắc Kạn"). */
  formerBody: string | null;
  endDate: string | null;
  endKind: MembershipEndKind | null;
  endReason: string | null;
  /** A suspension or prosecution lifted on this date (the member is back in office from it). */
  liftedOn: string | null;
};

/** One body's roster for one term: what a meeting package carries to the relay. */
export type BodyRoster = { body: Body; term: Term; memberships: Membership[] };

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  ISO_DATE_RE.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** The membership's standing on `date` (ISO): not yet started, in office, or out with an end kind. */
export type StandingOn = { kind: 'not_started' } | { kind: 'in_office' } | { kind: 'out'; endKind: MembershipEndKind; since: string };

export function standingOn(m: Membership, date: string): StandingOn {
  if (m.startDate > date) return { kind: 'not_started' };
  if (m.endDate === null || m.endKind === null || m.endDate > date) return { kind: 'in_office' };
  if (TEMPORARY_END_KINDS.includes(m.endKind) && m.liftedOn !== null && m.liftedOn <= date) return { kind: 'in_office' };
  return { kind: 'out', endKind: m.endKind, since: m.endDate };
}
