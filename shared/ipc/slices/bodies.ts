import type { MeetingId } from '../../model/ids';
import type {
  Body,
  BodyId,
  BodyLevel,
  BodyRoster,
  BodyType,
  MembershipEndKind,
  MembershipId,
  MembershipStartKind,
  Term,
  TermId,
} from '../../model/roster';
import type { MessageKey, MessageParams } from '../../i18n';

/** A body with its terms, newest first. */
export type BodyWithTerms = { body: Body; terms: Term[] };

export type BodyInput = {
  type: BodyType;
  level: BodyLevel;
  name: string;
  parentId: BodyId | null;
  term: { label: string; startDate: string; endDate: string | null };
};

/** One membership as the secretariat edits it; `username` links the member's account (optional). */
export type MembershipInput = {
  id: MembershipId | null;
  fullName: string;
  username: string | null;
  position: string;
  isHead: boolean;
  startDate: string;
  startKind: MembershipStartKind;
  formerBody: string | null;
  endDate: string | null;
  endKind: MembershipEndKind | null;
  endReason: string | null;
  liftedOn: string | null;
};

/** What a roster CSV would change, before the secretariat confirms; problems by spreadsheet line. */
export type RosterImportPreview = {
  rows: (Omit<MembershipInput, 'id'> & { line: number; action: 'add' | 'update' })[];
  problems: { line: number; key: MessageKey; params?: MessageParams }[];
};

/** Bodies, terms and memberships (the legal roster); a meeting's body term. Channels are `bodies:verb`. */
export type BodiesContract = {
  'bodies:list': { req: void; res: BodyWithTerms[] };
  'bodies:create': { req: BodyInput; res: BodyWithTerms[] };
  'bodies:roster': { req: { termId: TermId }; res: BodyRoster };
  'bodies:membership-save': { req: { termId: TermId; membership: MembershipInput }; res: BodyRoster };
  'bodies:import-preview': { req: { termId: TermId; csv: string }; res: RosterImportPreview };
  'bodies:import-confirm': { req: { termId: TermId; csv: string }; res: { added: number; updated: number; roster: BodyRoster } };
  'bodies:meeting-term': { req: { meetingId: MeetingId }; res: { termId: TermId | null } };
  'bodies:set-meeting-term': { req: { meetingId: MeetingId; termId: TermId }; res: { termId: TermId } };
};

export const BODIES_CHANNELS = [
  'bodies:list',
  'bodies:create',
  'bodies:roster',
  'bodies:membership-save',
  'bodies:import-preview',
  'bodies:import-confirm',
  'bodies:meeting-term',
  'bodies:set-meeting-term',
] as const satisfies readonly (keyof BodiesContract)[];
