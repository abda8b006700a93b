import type { VoteResultView } from '../../shared/meeting-live/live-state';
import { isMemberRole } from '../../shared/meeting-live/commands';
import { BODY_PRESETS } from '../../shared/model/bodies';
import type { MeetingPackage } from '../../shared/model/package';
import type { AgendaItem, Participant } from '../../shared/model/types';
import { compareByGivenName } from '../../shared/util/vn-collate';
import type { ThresholdRule } from '../../shared/voting/thresholds';
import type { RecordRows } from '../relay';
import { keyFingerprint } from '../relay';
import type {
  AttendanceEntry,
  ItemEntry,
  Minutes,
  MinutesEdition,
  MinutesPerson,
  MinutesVersionInfo,
  SpeechEntry,
  VoteEntry,
} from './minutes-types';
import { MINUTES_FORMAT } from './minutes-types';
import { recordHeader } from './record-header';

/*
 * Builds the minutes from the published package and the committed rows of the command database, nothing
 * else: every figure is a count of rows or a value stored with the vote's result when it closed.
 */

const person = (p: Participant): MinutesPerson => ({ userId: p.userId, fullName: p.fullName, title: p.title, unit: p.unit });

/** "Thái Nguyên" from "… tỉnh Thái Nguyên …" in the title or place; --province overrides. */
export function guessProvince(pkg: Pick<MeetingPackage, 'meeting'>): string {
  for (const s of [pkg.meeting.title, pkg.meeting.place]) {
    const m = /tỉnh\s+((?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*)*)/u.exec(s);
    if (m) return m[1]!;
  }
  return '';
}

function attendance(pkg: MeetingPackage, rows: RecordRows): Minutes['attendance'] {
  const byUser = new Map(rows.attendance.map((a) => [a.user_id, a]));
  const opened = rows.meeting.opened_at;
  const entries: AttendanceEntry[] = pkg.participants
    .filter((p) => isMemberRole(p.role))
    .sort((a, b) => compareByGivenName(a.fullName, b.fullName))
    .map((p) => {
      const a = byUser.get(p.userId);
      if (!a) return { ...person(p), status: 'not_recorded', checkedInAt: null, recordedBy: null, late: false, reason: null };
      const present = a.status === 'present';
      return {
        ...person(p),
        status: a.status,
        checkedInAt: present ? a.checked_in_at : null,
        recordedBy: present ? (a.updated_by === p.userId ? 'laptop' : 'secretariat') : null,
        late: present && opened !== null && a.checked_in_at !== null && a.checked_in_at > opened,
        reason: a.reason,
      };
    });
  const count = (f: (e: AttendanceEntry) => boolean) => entries.filter(f).length;
  return {
    members: entries.length,
    present: count((e) => e.status === 'present'),
    late: count((e) => e.late),
    absentWithLeave: count((e) => e.status === 'absent_with_reason'),
    absentWithoutLeave: count((e) => e.status === 'absent'),
    notRecorded: count((e) => e.status === 'not_recorded'),
    entries,
  };
}

function voteEntry(v: RecordRows['votes'][number], rows: RecordRows, names: Map<string, string>): VoteEntry {
  const rule = JSON.parse(v.rule_json) as ThresholdRule;
  const options = rows.options.filter((o) => o.vote_id === v.id);
  const base: VoteEntry = {
    seq: v.seq,
    voteId: v.id,
    question: v.question,
    kind: v.kind,
    status: v.status === 'closed' ? 'closed' : 'open',
    openedAt: v.opened_at,
    closedAt: v.closed_at,
    rule: { id: rule.id, label: rule.label.vi, legalBasis: rule.legalBasis, base: rule.base },
    ...(rule.outcome
      ? {
          decides: {
            option: rule.options?.[rule.decidingOption ?? 0]?.vi ?? '',
            passed: rule.outcome.passed.vi,
            notPassed: rule.outcome.notPassed.vi,
          },
        }
      : {}),
    n: v.n,
    members: v.members,
    presentAtOpen: v.present_at_open,
    quorumMetAtOpen: v.quorum_met_at_open === 1,
    cast: null,
    notCast: null,
    options: options.map((o) => ({ optionId: o.option_id, label: o.label, count: null, percentOfN: null })),
    favourCount: null,
    required: null,
    passed: null,
    choices: null,
  };
  if (!v.result_json) return base;
  const result = JSON.parse(v.result_json) as VoteResultView;
  const t = result.tally;
  const labelOf = new Map(options.map((o) => [o.option_id, o.label]));
  return {
    ...base,
    cast: t.cast,
    notCast: t.notCast,
    options: t.options.map((o) => ({ optionId: o.id, label: o.label, count: o.count, percentOfN: o.percentOfN })),
    favourCount: t.favourCount,
    required: t.required,
    passed: t.passed,
    choices:
      v.kind === 'named' && result.choices
        ? result.choices.map((c) => ({
            userId: c.userId,
            fullName: names.get(c.userId) ?? c.fullName,
            optionLabel: c.optionId ? (labelOf.get(c.optionId) ?? c.optionId) : null,
          }))
        : null,
  };
}

function orderedAgenda(agenda: readonly AgendaItem[]): { item: AgendaItem; number: string; depth: 0 | 1 }[] {
  const byPos = (a: AgendaItem, b: AgendaItem) => a.position - b.position;
  const out: { item: AgendaItem; number: string; depth: 0 | 1 }[] = [];
  agenda
    .filter((a) => a.parentId === null)
    .sort(byPos)
    .forEach((top, i) => {
      out.push({ item: top, number: `${i + 1}`, depth: 0 });
      agenda
        .filter((a) => a.parentId === top.id)
        .sort(byPos)
        .forEach((child, j) => out.push({ item: child, number: `${i + 1}.${j + 1}`, depth: 1 }));
    });
  return out;
}

/** A version of the minutes: `version` (default the latest), its status and its newest text per section. */
export function minutesEdition(rows: RecordRows, version?: number): MinutesEdition | null {
  const versions: MinutesVersionInfo[] = rows.minutesVersions.map((v) => ({
    version: v.version,
    status: v.status,
    basedOn: v.based_on,
    reason: v.reason,
    createdAt: v.created_at,
    finalisedAt: v.finalised_at,
  }));
  // Before the first edit the generated text is an implicit draft version 1.
  const all = versions.length
    ? versions
    : [{ version: 1, status: 'draft' as const, basedOn: null, reason: null, createdAt: null, finalisedAt: null }];
  const chosen = version === undefined ? all[all.length - 1]! : all.find((v) => v.version === version);
  if (!chosen) return null;
  const edits: Record<string, string> = {};
  for (const e of rows.minutesEdits) if (e.version === chosen.version) edits[e.section] = e.text;
  return { ...chosen, versions: all, edits };
}

export type MinutesOptions = { province?: string; version?: number };

export function buildMinutes(pkg: MeetingPackage, rows: RecordRows, opts: MinutesOptions = {}): Minutes {
  const names = new Map(pkg.participants.map((p) => [p.userId as string, p.fullName]));
  const itemIds = new Set<string>(pkg.agenda.map((a) => a.id));
  const blank = (id: string, number: string, title: string, presenter: string, depth: 0 | 1): ItemEntry => ({
    id,
    number,
    title,
    presenter,
    depth,
    documents: [],
    speeches: [],
    conclusions: [],
    dissents: [],
    votes: [],
  });
  const items = orderedAgenda(pkg.agenda).map(({ item, number, depth }) => {
    const e = blank(item.id, number, item.title, item.presenter, depth);
    e.documents = pkg.documents
      .filter((d) => d.agendaItemId === item.id)
      .sort((a, b) => a.title.localeCompare(b.title, 'vi') || a.version - b.version)
      .map((d) => ({
        documentId: d.id,
        title: d.title,
        docType: d.docType,
        version: d.version,
        superseded: d.superseded,
        sha256: d.sha256,
        pages: d.pages,
      }));
    return e;
  });
  const other = blank('', '', '', '', 0);
  const target = (agendaItemId: string | null): ItemEntry =>
    agendaItemId && itemIds.has(agendaItemId) ? items.find((i) => i.id === agendaItemId)! : other;

  const spoken = rows.speakers.filter((s) => s.started_at !== null).sort((a, b) => a.started_at! - b.started_at! || a.seq - b.seq);
  for (const s of spoken) {
    const it = target(s.agenda_item_id);
    const speech: SpeechEntry = {
      order: it.speeches.length + 1,
      userId: s.user_id,
      fullName: names.get(s.user_id) ?? s.user_id,
      kind: s.kind,
      topic: s.topic,
      startedAt: s.started_at!,
      endedAt: s.ended_at,
      durationSec: s.ended_at !== null ? Math.round((s.ended_at - s.started_at!) / 1000) : null,
    };
    it.speeches.push(speech);
  }
  for (const n of rows.notes) {
    const it = target(n.agenda_item_id);
    if (n.kind === 'conclusion') it.conclusions.push({ text: n.text, at: n.at });
    else it.dissents.push({ userId: n.user_id!, fullName: names.get(n.user_id!) ?? n.user_id!, text: n.text, at: n.at });
  }
  for (const v of rows.votes) target(v.agenda_item_id).votes.push(voteEntry(v, rows, names));

  const chair = pkg.participants.find((p) => p.role === 'chair');
  const secretary = pkg.participants.find((p) => p.role === 'secretariat');
  const head = rows.log.entries[rows.log.entries.length - 1];
  const empty = other.speeches.length + other.votes.length + other.conclusions.length + other.dissents.length === 0;
  return {
    format: MINUTES_FORMAT,
    meeting: {
      id: pkg.meeting.id,
      title: pkg.meeting.title,
      bodyKind: pkg.meeting.bodyKind,
      bodyName: BODY_PRESETS[pkg.meeting.bodyKind].name.vi,
      meetingType:
        BODY_PRESETS[pkg.meeting.bodyKind].meetingTypes.find((t) => t.id === pkg.meeting.meetingType)?.vi ?? pkg.meeting.meetingType,
      date: pkg.meeting.date,
      time: pkg.meeting.time,
      place: pkg.meeting.place,
    },
    header: recordHeader(pkg.meeting.bodyKind, opts.province ?? guessProvince(pkg), pkg.meeting.date),
    openedAt: rows.meeting.opened_at,
    closedAt: rows.meeting.closed_at,
    chair: chair ? person(chair) : null,
    secretary: secretary ? person(secretary) : null,
    attendance: attendance(pkg, rows),
    items,
    other: empty ? null : other,
    // An unknown --version falls back to the latest; the CLI checks it first (minutesEdition returns null).
    edition: minutesEdition(rows, opts.version) ?? minutesEdition(rows)!,
    record: {
      entries: rows.log.entries.length,
      headSeq: head?.seq ?? 0,
      headHash: head?.hash ?? '',
      keys: rows.log.keys.map((k) => keyFingerprint(k.public_key)),
      checkpoints: rows.log.checkpoints.map((c) => ({ seq: c.seq, hash: c.hash, at: c.at, reason: c.reason })),
    },
  };
}
