import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { SPEAKER_KIND_LABELS, VOTE_KIND_LABELS } from '../../shared/meeting-live/commands';
import type { Block, DocSpec, Run } from '../common/pdf-layout/spec';
import { b, heading, i, para, r } from '../common/pdf-layout/spec';
import type { AttendanceEntry, ItemEntry, Minutes, VoteEntry } from './minutes-types';
import type { MinutesSection } from './minutes-sections';
import { minutesSections, sectionText } from './minutes-sections';
import { clock, clockWords } from './vn-time';

/*
 * The minutes as a document: the block model of common/pdf-layout (rendered to PDF by its build-pdf.ts and to
 * DOCX by minutes-docx.ts), Vietnamese text from the i18n tables.
 */

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);
const when = (ms: number | null): string => (ms === null ? tv('record.minutes.notYet') : clockWords(ms));

function statusText(e: AttendanceEntry): string {
  if (e.status === 'present') return tv(e.late ? 'record.minutes.status.late' : 'record.minutes.status.present');
  if (e.status === 'absent_with_reason') return tv('record.minutes.status.absent_with_reason', { reason: e.reason ?? '' });
  return tv(e.status === 'absent' ? 'record.minutes.status.absent' : 'record.minutes.status.not_recorded');
}

function duration(sec: number | null): string {
  if (sec === null) return '—';
  return tv('record.minutes.minutes', { min: Math.floor(sec / 60), sec: sec % 60 });
}

function attendanceBlocks(m: Minutes, sections: readonly MinutesSection[]): Block[] {
  const a = m.attendance;
  return [
    heading(tv('record.minutes.partI'), 1, { outline: true }),
    para(sectionText(sections, 'attendance')),
    {
      kind: 'table',
      size: 9.5,
      columns: [
        { title: tv('record.minutes.col.no'), width: 4, align: 'center' },
        { title: tv('record.minutes.col.name'), width: 20 },
        { title: tv('record.minutes.col.title'), width: 20 },
        { title: tv('record.minutes.col.status'), width: 17 },
        { title: tv('record.minutes.col.checkIn'), width: 10, align: 'center' },
        { title: tv('record.minutes.col.by'), width: 12 },
      ],
      rows: a.entries.map((e, idx) => [
        String(idx + 1),
        e.fullName,
        e.title,
        statusText(e),
        e.checkedInAt !== null ? clock(e.checkedInAt) : '',
        e.recordedBy ? tv(e.recordedBy === 'laptop' ? 'record.minutes.by.laptop' : 'record.minutes.by.secretariat') : '',
      ]),
    },
  ];
}

function voteBlocks(v: VoteEntry): Block[] {
  const out: Block[] = [
    { kind: 'paragraph', runs: [b(tv('record.minutes.vote', { seq: v.seq, kind: VOTE_KIND_LABELS[v.kind].vi, question: v.question }))] },
    para(tv('record.minutes.voteRule', { rule: v.rule.label, basis: v.rule.legalBasis }), { leftIndent: 14, indent: 0 }),
  ];
  if (!v.quorumMetAtOpen) out.push({ kind: 'paragraph', runs: [i(tv('record.minutes.voteNoQuorum'))], leftIndent: 14, indent: 0 });
  if (v.status !== 'closed' || v.cast === null) {
    out.push(para(tv('record.minutes.voteOpen'), { leftIndent: 14, indent: 0 }));
    return out;
  }
  out.push(
    para(
      tv('record.minutes.voteBase', {
        n: v.n,
        base: tv(v.rule.base === 'total' ? 'record.minutes.base.total' : 'record.minutes.base.present'),
        members: v.members,
        present: v.presentAtOpen,
        cast: v.cast,
        notCast: v.notCast ?? 0,
      }),
      { leftIndent: 14, indent: 0 },
    ),
    {
      kind: 'table',
      size: 10,
      columns: [
        { title: tv('record.minutes.col.option'), width: 30 },
        { title: tv('record.minutes.col.count'), width: 10, align: 'center' },
        { title: tv('record.minutes.col.percent'), width: 12, align: 'center' },
      ],
      rows: v.options.map((o) => [o.label, String(o.count ?? 0), `${o.percentOfN ?? '0,00'} %`]),
    },
    // A vote opened without quorum is invalid whatever its counts ("không hợp lệ", never "Thông qua").
    {
      kind: 'paragraph',
      runs: [
        b(
          v.decides && v.quorumMetAtOpen
            ? tv('record.minutes.voteDecides', {
                outcome: v.passed ? v.decides.passed : v.decides.notPassed,
                option: v.decides.option,
                favour: v.favourCount ?? 0,
                n: v.n,
                required: v.required ?? 0,
              })
            : tv(!v.quorumMetAtOpen ? 'record.minutes.voteInvalid' : v.passed ? 'record.minutes.votePassed' : 'record.minutes.voteFailed', {
                favour: v.favourCount ?? 0,
                n: v.n,
                required: v.required ?? 0,
              }),
        ),
      ],
      leftIndent: 14,
      indent: 0,
    },
  );
  if (v.kind === 'named' && v.choices) {
    out.push(para(tv('record.minutes.namedList'), { leftIndent: 14, indent: 0 }), {
      kind: 'table',
      size: 9.5,
      columns: [
        { title: tv('record.minutes.col.no'), width: 4, align: 'center' },
        { title: tv('record.minutes.col.name'), width: 24 },
        { title: tv('record.minutes.col.choice'), width: 20 },
      ],
      rows: v.choices.map((c, idx) => [String(idx + 1), c.fullName, c.optionLabel ?? tv('record.minutes.didNotVote')]),
    });
  }
  return out;
}

/** `summary`: the item's section text (generated or edited); the block of "other" business has none. */
function itemBlocks(it: ItemEntry, title: string, summary: string | null): Block[] {
  const out: Block[] = [heading(title, it.depth === 0 ? 2 : 3, { outline: it.depth === 0 })];
  if (it.presenter) out.push(para(tv('record.minutes.presenter', { name: it.presenter })));
  if (summary) out.push(para(summary));
  if (it.documents.length) {
    out.push(para(tv('record.minutes.documents')));
    for (const d of it.documents) {
      out.push(
        para(
          `- ${tv('record.minutes.document', { title: d.title, version: d.version, pages: d.pages, superseded: d.superseded ? tv('record.minutes.superseded') : '' })}`,
          { leftIndent: 14, indent: 0 },
        ),
      );
    }
  }
  if (it.speeches.length) {
    out.push(para(tv('record.minutes.speeches')), {
      kind: 'table',
      size: 9.5,
      columns: [
        { title: tv('record.minutes.col.no'), width: 4, align: 'center' },
        { title: tv('record.minutes.col.name'), width: 22 },
        { title: tv('record.minutes.col.kind'), width: 11 },
        { title: tv('record.minutes.col.start'), width: 9, align: 'center' },
        { title: tv('record.minutes.col.duration'), width: 11, align: 'center' },
      ],
      rows: it.speeches.map((s) => [
        String(s.order),
        s.topic ? `${s.fullName} — ${s.topic}` : s.fullName,
        SPEAKER_KIND_LABELS[s.kind].vi,
        clock(s.startedAt),
        duration(s.durationSec),
      ]),
    });
  }
  for (const v of it.votes) out.push(...voteBlocks(v));
  for (const c of it.conclusions) out.push({ kind: 'paragraph', runs: [b(tv('record.minutes.conclusion', { text: c.text }))] });
  for (const d of it.dissents) out.push({ kind: 'paragraph', runs: [i(tv('record.minutes.dissent', { name: d.fullName, text: d.text }))] });
  return out;
}

/** Hashes on lines of their own (8 pt fits 64 hex digits on one line), so they are copied and read whole. */
function recordBlocks(m: Minutes): Block[] {
  const hashLine = (hash: string): Block => para(hash, { size: 8, leftIndent: 14, indent: 0, spaceAfter: 6 });
  return [
    heading(tv('record.minutes.partIII'), 1, { outline: true }),
    para(tv('record.minutes.logSummary', { entries: m.record.entries, head: m.record.headSeq, keys: m.record.keys.join('; ') || '—' })),
    hashLine(m.record.headHash),
    ...m.record.checkpoints.flatMap((c) => [
      para(`#${c.seq} — ${tv(`record.minutes.checkpoint.${c.reason}` as MessageKey)}, ${clock(c.at)}`, {
        leftIndent: 14,
        indent: 0,
        spaceAfter: 0,
      }),
      hashLine(c.hash),
    ]),
  ];
}

const nameWithTitle = (p: { fullName: string; title: string } | null): MessageParams => ({
  name: p?.fullName ?? '…',
  title: p?.title ? `, ${p.title}` : '',
});

/** "Phiên bản 2 — Đã hoàn thành", and which version it replaces and why. */
function editionBlocks(m: Minutes): Block[] {
  const e = m.edition;
  const status = tv(e.status === 'final' ? 'record.minutes.status.final' : 'record.minutes.status.draft');
  const out: Block[] = [
    { kind: 'paragraph', runs: [b(tv('record.minutes.edition', { version: e.version, status }))], align: 'center', indent: 0 },
  ];
  if (e.basedOn !== null)
    out.push({
      kind: 'paragraph',
      runs: [i(tv('record.minutes.revises', { version: e.basedOn, reason: e.reason ?? '' }))],
      align: 'center',
      indent: 0,
    });
  return out;
}

export function minutesDocSpec(m: Minutes): DocSpec {
  const sections = minutesSections(m);
  const [y, mo, d] = m.meeting.date.split('-').map(Number) as [number, number, number];
  const signer = (role: MessageKey, name: string | undefined): Run[][] => [
    [b(tv(role))],
    [i(tv('record.minutes.signNote'))],
    [],
    [],
    [],
    [b(name ?? '')],
  ];
  const blocks: Block[] = [
    {
      kind: 'adminHeader',
      style: m.header.style,
      parentAgency: m.header.parentAgency,
      agency: m.header.agency,
      number: m.header.number,
      dateLine: m.header.placeDate,
    },
    { kind: 'title', lines: [tv('record.minutes.title'), m.meeting.title] },
    ...editionBlocks(m),
    para(tv('record.minutes.kind', { type: m.meeting.meetingType, body: m.meeting.bodyName })),
    para(tv('record.minutes.time', { opened: when(m.openedAt), closed: when(m.closedAt) })),
    para(tv('record.minutes.place', { place: m.meeting.place })),
    para(tv('record.minutes.chair', nameWithTitle(m.chair))),
    para(tv('record.minutes.secretary', nameWithTitle(m.secretary))),
    para(sectionText(sections, 'opening')),
    ...attendanceBlocks(m, sections),
    heading(tv('record.minutes.partII'), 1, { outline: true }),
    ...m.items.flatMap((it) => itemBlocks(it, `${it.number}. ${it.title}`, sectionText(sections, `item:${it.id}`))),
    ...(m.other ? itemBlocks(m.other, tv('record.minutes.other'), null) : []),
    ...recordBlocks(m),
    { kind: 'paragraph', runs: [r(sectionText(sections, 'closing'))] },
    {
      kind: 'signature',
      recipients: [],
      leftLines: signer('record.minutes.signSecretary', m.secretary?.fullName),
      lines: signer('record.minutes.signChair', m.chair?.fullName),
    },
  ];
  return {
    fileName: `bien-ban-${m.meeting.id}.pdf`,
    title: `${tv('record.minutes.title')} — ${m.meeting.title}`,
    author: m.meeting.bodyName,
    subject: m.meeting.title,
    keywords: ['biên bản', m.meeting.bodyName],
    created: { year: y, month: mo, day: d },
    creator: 'Phòng họp không giấy — npm run record',
    blocks,
  };
}
