/**
 * Shape of seeds/demo-meeting.json and a validator for it. Pure TypeScript (no Node imports) so the
 * loader, the tests and any tool can share one definition of "a valid demo meeting".
 */
import { BODY_KINDS, BODY_PRESETS, type BodyKind } from '../shared/model/bodies';
import {
  BODY_TYPE_FAMILY,
  isBodyType,
  MEMBERSHIP_END_KINDS,
  type BodyLevel,
  type BodyType,
  type MembershipEndKind,
} from '../shared/model/roster';
import { DOC_TYPES, MEETING_ROLES, type Confidentiality, type DocType, type MeetingRole, type SystemRole } from '../shared/model/types';

/** Like the model's Visibility, but naming delegates by username (the loader maps them to ids). */
export type SeedVisibility = { kind: 'everyone' } | { kind: 'groups'; groups: string[] } | { kind: 'delegates'; usernames: string[] };

export type SeedDocument = {
  /** File name inside seeds/pdfs. */
  file: string;
  title: string;
  docType: DocType;
  confidentiality: Confidentiality;
  visibility: SeedVisibility;
};

export type SeedAgendaItem = {
  title: string;
  presenter: string;
  durationMin: number;
  documents: SeedDocument[];
  /** One level of sub-items only; sub-items carry no `children`. */
  children?: SeedAgendaItem[];
};

export type SeedAccount = {
  username: string;
  password: string;
  fullName: string;
  title: string;
  unit: string;
  /** Tổ đại biểu; '' for none. */
  group: string;
  role: MeetingRole;
  systemRole: SystemRole;
};

/** A member of the term without an account, e.g. one who left office (listed so N shows the exclusion). */
export type SeedFormerMember = {
  fullName: string;
  position: string;
  startDate: string;
  endDate: string | null;
  endKind: MembershipEndKind | null;
  endReason: string | null;
};

/**
 * The body the meeting belongs to and its term: every chair and delegate account becomes a member elected at
 * the term's start (the chair is the head); `formerMembers` adds members without an account.
 */
export type SeedBody = {
  type: BodyType;
  level: BodyLevel;
  name: string;
  term: { label: string; startDate: string };
  formerMembers: SeedFormerMember[];
};

export type DemoMeetingFile = {
  meeting: { bodyKind: BodyKind; title: string; date: string; time: string; place: string; meetingType: string };
  body?: SeedBody;
  accounts: SeedAccount[];
  agenda: SeedAgendaItem[];
  publish: boolean;
};

const SYSTEM_ROLES: readonly SystemRole[] = ['secretariat', 'member'];
const CONFIDENTIALITIES: readonly Confidentiality[] = ['thuong', 'mat'];

function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Every document of the agenda with the path of the item it hangs on, for error messages. */
export function seedDocuments(file: DemoMeetingFile): { where: string; doc: SeedDocument }[] {
  return file.agenda.flatMap((item, i) => [
    ...item.documents.map((doc) => ({ where: `agenda[${i}]`, doc })),
    ...(item.children ?? []).flatMap((child, j) => child.documents.map((doc) => ({ where: `agenda[${i}].children[${j}]`, doc }))),
  ]);
}

/**
 * Problems found in a parsed demo-meeting.json; empty when valid. `pdfFiles` lists the files present
 * in seeds/pdfs (passed in so this module stays free of file-system access).
 */
export function validateDemoMeeting(file: DemoMeetingFile, pdfFiles: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const m = file.meeting;
  if (!BODY_KINDS.includes(m.bodyKind)) problems.push(`meeting.bodyKind "${m.bodyKind}" is not a BodyKind`);
  else if (!BODY_PRESETS[m.bodyKind].meetingTypes.some((t) => t.id === m.meetingType)) {
    problems.push(`meeting.meetingType "${m.meetingType}" is not offered for ${m.bodyKind}`);
  }
  if (!isValidIsoDate(m.date)) problems.push(`meeting.date "${m.date}" is not yyyy-mm-dd`);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/u.test(m.time)) problems.push(`meeting.time "${m.time}" is not HH:MM`);
  if (m.title.trim() === '' || m.place.trim() === '') problems.push('meeting.title and meeting.place are required');
  if (/bất thường/u.test(m.title))
    problems.push('meeting.title: "bất thường" is outdated wording (họp chuyên đề / giải quyết công việc phát sinh đột xuất)');
  const b = file.body;
  if (b) {
    if (!isBodyType(b.type)) problems.push(`body.type "${b.type}" is not a BodyType`);
    else if (BODY_TYPE_FAMILY[b.type] !== m.bodyKind) problems.push(`body.type "${b.type}" does not belong to ${m.bodyKind}`);
    if (b.level !== 'tinh' && b.level !== 'xa') problems.push(`body.level "${b.level}" must be tinh or xa`);
    if (!isValidIsoDate(b.term.startDate)) problems.push(`body.term.startDate "${b.term.startDate}" is not yyyy-mm-dd`);
    b.formerMembers.forEach((f, i) => {
      if (!isValidIsoDate(f.startDate)) problems.push(`body.formerMembers[${i}].startDate is not yyyy-mm-dd`);
      if ((f.endDate === null) !== (f.endKind === null)) problems.push(`body.formerMembers[${i}]: endDate and endKind go together`);
      if (f.endDate !== null && !isValidIsoDate(f.endDate)) problems.push(`body.formerMembers[${i}].endDate is not yyyy-mm-dd`);
      if (f.endKind !== null && !MEMBERSHIP_END_KINDS.includes(f.endKind))
        problems.push(`body.formerMembers[${i}].endKind "${f.endKind}" is invalid`);
    });
  }

  const usernames = new Set<string>();
  const groups = new Set<string>();
  for (const a of file.accounts) {
    if (!/^[a-z0-9._-]+$/u.test(a.username)) problems.push(`username "${a.username}" must be ASCII lower-case`);
    if (usernames.has(a.username)) problems.push(`username "${a.username}" is duplicated`);
    usernames.add(a.username);
    if (!MEETING_ROLES.includes(a.role)) problems.push(`${a.username}: role "${a.role}" is not a MeetingRole`);
    if (!SYSTEM_ROLES.includes(a.systemRole)) problems.push(`${a.username}: systemRole "${a.systemRole}" is invalid`);
    if (a.password === '') problems.push(`${a.username}: empty password`);
    if (a.fullName.trim() === '' || a.fullName !== a.fullName.normalize('NFC'))
      problems.push(`${a.username}: fullName must be non-empty NFC`);
    if (a.role === 'delegate' && a.group === '') problems.push(`${a.username}: a delegate needs a group (tổ đại biểu)`);
    if (a.group !== '') groups.add(a.group);
  }
  const secretariats = file.accounts.filter((a) => a.systemRole === 'secretariat');
  if (secretariats.length !== 1 || secretariats[0]!.role !== 'secretariat') {
    problems.push('exactly one account must have systemRole "secretariat" (with role "secretariat")');
  }
  if (file.accounts.filter((a) => a.role === 'chair').length !== 1) problems.push('exactly one chair is expected');

  if (file.agenda.length === 0) problems.push('agenda is empty');
  const checkItem = (item: SeedAgendaItem, where: string, depth: number): void => {
    if (item.title.trim() === '') problems.push(`${where}: empty title`);
    if (!Number.isInteger(item.durationMin) || item.durationMin <= 0) problems.push(`${where}: durationMin must be a positive integer`);
    if (depth > 0 && item.children && item.children.length > 0) problems.push(`${where}: only one level of sub-items is allowed`);
    (item.children ?? []).forEach((child, j) => checkItem(child, `${where}.children[${j}]`, depth + 1));
  };
  file.agenda.forEach((item, i) => checkItem(item, `agenda[${i}]`, 0));

  const seenFiles = new Set<string>();
  for (const { where, doc } of seedDocuments(file)) {
    const at = `${where} "${doc.file}"`;
    if (!pdfFiles.has(doc.file)) problems.push(`${at}: file missing from seeds/pdfs`);
    if (seenFiles.has(doc.file)) problems.push(`${at}: file attached twice`);
    seenFiles.add(doc.file);
    if (!DOC_TYPES.includes(doc.docType)) problems.push(`${at}: docType "${doc.docType}" is invalid`);
    if (!CONFIDENTIALITIES.includes(doc.confidentiality)) problems.push(`${at}: confidentiality "${doc.confidentiality}" is invalid`);
    const v = doc.visibility;
    switch (v.kind) {
      case 'everyone':
        if (doc.confidentiality === 'mat') problems.push(`${at}: a confidential document must not be visible to everyone`);
        break;
      case 'groups':
        if (v.groups.length === 0) problems.push(`${at}: empty group list`);
        for (const g of v.groups) if (!groups.has(g)) problems.push(`${at}: unknown group "${g}"`);
        break;
      case 'delegates':
        if (v.usernames.length === 0) problems.push(`${at}: empty delegate list`);
        for (const u of v.usernames) if (!usernames.has(u)) problems.push(`${at}: unknown username "${u}"`);
        break;
      default: {
        const never: never = v;
        problems.push(`${at}: unknown visibility ${JSON.stringify(never)}`);
      }
    }
  }
  for (const f of pdfFiles) if (!seenFiles.has(f)) problems.push(`seeds/pdfs/${f} is not attached to any agenda item`);
  return problems;
}
