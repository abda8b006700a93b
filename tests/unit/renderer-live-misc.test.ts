import { describe, expect, it } from 'vitest';
import type { RelayStatus } from '../../shared/ipc/slices/live';
import type { MeetingLiveView, MemberAttendance, SpeakerQueueEntry } from '../../shared/meeting-live/live-state';
import type { SpeakerRequestId } from '../../shared/meeting-live/ids';
import type { AgendaItemId, DocumentId, LaptopId, MeetingId, UserId } from '../../shared/model/ids';
import type { RecallLaptop } from '../../shared/meeting-live/recall';
import type { AgendaItem } from '../../shared/model/types';
import { computeQuorum } from '../../shared/voting/quorum';
import { canCheckIn, filterMembers, quorumMeter, sortMembers } from '../../renderer/features/attendance/attendance-view';
import { itemLabel, neighbourItem, parsePage } from '../../renderer/features/chair/agenda-nav';
import { connectionBadge, documentFraction, downloadSummary, formatBytes } from '../../renderer/features/connection/connection-view';
import { parsePort } from '../../renderer/features/connection/port';
import { normalizeRelayUrl } from '../../renderer/features/connection/relay-url';
import { assignCommandId, commandKey } from '../../renderer/features/live/command-id';
import { formatLiveRoute, parseLiveRoute } from '../../renderer/features/live/live-route';
import { isNewerView } from '../../renderer/features/live/view-order';
import { myFloor, queuePosition, statsRows } from '../../renderer/features/speakers/speakers-view';
import { recallRowKey, recallRows } from '../../renderer/features/attendance/recall-view';
import { HDND_RULES, makeView } from './renderer-live-fixture';

describe('live routes', () => {
  it('parses and formats #/live/<id> and #/projector/<id>', () => {
    expect(parseLiveRoute('#/live/m-1')).toEqual({ kind: 'live', meetingId: 'm-1' });
    expect(parseLiveRoute('#/projector/m_2')).toEqual({ kind: 'projector', meetingId: 'm_2' });
    expect(formatLiveRoute({ kind: 'projector', meetingId: 'm-1' as MeetingId })).toBe('#/projector/m-1');
    for (const h of ['#/', '#/meetings/m-1', '#/live', '#/live/a/b', '#/live/%E0%A4%A', '#/live/bad id', '#/other/m-1'])
      expect(parseLiveRoute(h), h).toBeNull();
  });
});

describe('live view ordering', () => {
  const v = (version: number, serverNow: number, meetingId = 'm-1') => makeView({ version, serverNow, meetingId: meetingId as MeetingId });
  it('keeps the newer view when answers cross', () => {
    expect(isNewerView(v(5, 100), v(4, 200))).toBe(false);
    expect(isNewerView(v(5, 100), v(6, 50))).toBe(true);
    expect(isNewerView(v(5, 100), v(5, 150))).toBe(true); // presence change, same version
    expect(isNewerView(v(5, 100), v(5, 90))).toBe(false);
    expect(isNewerView(v(9, 100), v(1, 10, 'm-2'))).toBe(true);
    expect(isNewerView(null, v(1, 1))).toBe(true);
  });
});

describe('command ids', () => {
  const fresh = (() => {
    let i = 0;
    return () => `id-${++i}`;
  })();
  it('reuses the id for a resend of the same command and takes a new one for another', () => {
    const a = assignCommandId(null, { type: 'vote:cast', voteId: 'v1' as never, optionId: 'o1' as never }, fresh);
    expect(a.command).toEqual({ type: 'vote:cast', voteId: 'v1', optionId: 'o1', commandId: 'id-1' });
    const again = assignCommandId(a.pending, { optionId: 'o1' as never, voteId: 'v1' as never, type: 'vote:cast' }, fresh);
    expect(again.command.commandId).toBe('id-1');
    const other = assignCommandId(a.pending, { type: 'vote:cast', voteId: 'v1' as never, optionId: 'o2' as never }, fresh);
    expect(other.command.commandId).toBe('id-2');
    expect(commandKey({ type: 'speaker:withdraw' })).not.toBe(commandKey({ type: 'speaker:next' }));
  });
});

describe('relay address', () => {
  it('accepts what people type and normalises it', () => {
    expect(normalizeRelayUrl('192.168.1.10:4455')).toBe('https://192.168.1.10:4455');
    expect(normalizeRelayUrl('  HTTP://192.168.1.10:4455/ ')).toBe('http://192.168.1.10:4455');
    expect(normalizeRelayUrl('phonghop.local:4455')).toBe('https://phonghop.local:4455');
    expect(normalizeRelayUrl('https://relay.example.vn')).toBe('https://relay.example.vn');
  });
  it('refuses what is not a relay address', () => {
    for (const s of [
      '',
      '   ',
      'ftp://x:21',
      'http://u:p@host:1',
      'http://host:4455/path',
      'http://host:99999',
      'http://host:1?x=1',
      'a b c',
    ]) {
      expect(normalizeRelayUrl(s), s).toBeNull();
    }
  });
  it('checks the hosting port', () => {
    expect(parsePort('4455')).toBe(4455);
    expect(parsePort(' 65535 ')).toBe(65535);
    for (const s of ['80', '1023', '65536', '4.5', '', 'abc']) expect(parsePort(s), s).toBeNull();
  });
});

describe('connection badge and download progress', () => {
  const status = (over: Partial<RelayStatus>): RelayStatus => ({
    state: 'online',
    relayUrl: 'http://x:1',
    message: null,
    download: null,
    linkOwner: 'self',
    hosting: null,
    ...over,
  });
  it('maps every state to its words', () => {
    expect(connectionBadge(status({ state: 'connecting' })).key).toBe('conn.connecting');
    expect(connectionBadge(status({ state: 'online' })).key).toBe('conn.online');
    expect(connectionBadge(status({ state: 'offline' })).key).toBe('conn.offline');
    expect(connectionBadge(status({ state: 'auth_failed' })).key).toBe('conn.authFailed');
    expect(connectionBadge(null).key).toBe('conn.local');
    expect(
      connectionBadge(
        status({
          state: 'not_configured',
          hosting: { url: 'https://x:4455', meetingId: 'm' as MeetingId, certificate: { fingerprint256: 'AB', code: 'ABCD-EF01' } },
        }),
      ),
    ).toMatchObject({ key: 'conn.hostingOnly', hosting: true });
  });
  it('sums the package download and knows when it is done', () => {
    const d = (id: string, received: number, total: number, st: 'queued' | 'downloading' | 'done' | 'error') => ({
      documentId: id as DocumentId,
      receivedBytes: received,
      totalBytes: total,
      status: st,
    });
    const running = downloadSummary({
      documents: [d('a', 100, 100, 'done'), d('b', 50, 200, 'downloading')],
      receivedBytes: 150,
      totalBytes: 300,
      documentsDone: 1,
      documentsTotal: 2,
    });
    expect(running).toMatchObject({ active: true, fraction: 0.5, documentsDone: 1, documentsTotal: 2, errors: 0 });
    const done = downloadSummary({
      documents: [d('a', 100, 100, 'done')],
      receivedBytes: 100,
      totalBytes: 100,
      documentsDone: 1,
      documentsTotal: 1,
    });
    expect(done).toMatchObject({ active: false, fraction: 1 });
    const failed = downloadSummary({
      documents: [d('a', 100, 100, 'done'), d('b', 0, 10, 'error')],
      receivedBytes: 100,
      totalBytes: 110,
      documentsDone: 1,
      documentsTotal: 2,
    });
    expect(failed).toMatchObject({ active: false, errors: 1 });
    expect(downloadSummary(null)).toBeNull();
    expect(documentFraction({ status: 'done', receivedBytes: 0, totalBytes: 0 })).toBe(1);
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(35_000)).toBe('35 kB');
    expect(formatBytes(1_250_000)).toBe('1,3 MB');
  });
});

describe('attendance', () => {
  const m = (fullName: string, status: MemberAttendance['status'], online: boolean, group = ''): MemberAttendance => ({
    userId: fullName as UserId,
    fullName,
    group,
    role: 'delegate',
    status,
    online,
    counted: status === 'present',
    checkedInAt: null,
    source: status === 'present' ? (online ? 'laptop' : 'secretariat') : null,
    recordedBy: null,
    recordedAt: null,
  });
  const members = [
    m('Trần Văn Bình', 'present', true, 'Tổ 1'),
    m('Nguyễn Thị An', 'present', false, 'Tổ 2'),
    m('Lê Đức Anh', 'absent', false, 'Tổ 1'),
  ];
  it('sorts by given name the Vietnamese way', () => {
    expect(sortMembers(members).map((x) => x.fullName)).toEqual(['Nguyễn Thị An', 'Lê Đức Anh', 'Trần Văn Bình']);
  });
  it('filters by name or group without diacritics and by status, "offline" = present but not seen', () => {
    expect(filterMembers(members, 'duc anh', 'all').map((x) => x.fullName)).toEqual(['Lê Đức Anh']);
    expect(filterMembers(members, 'to 1', 'all')).toHaveLength(2);
    expect(filterMembers(members, '', 'offline').map((x) => x.fullName)).toEqual(['Nguyễn Thị An']);
    expect(filterMembers(members, '', 'absent').map((x) => x.fullName)).toEqual(['Lê Đức Anh']);
  });
  it('places the quorum threshold on the meter: 2/3 of 51 is 34', () => {
    const q = quorumMeter(computeQuorum(HDND_RULES.quorum, 51, 30));
    expect(q).toMatchObject({ present: 30, total: 51, required: 34, met: false, missing: 4 });
    expect(q.thresholdFraction).toBeCloseTo(34 / 51);
    expect(quorumMeter(computeQuorum(HDND_RULES.quorum, 51, 34))).toMatchObject({ met: true, missing: 0 });
  });
  it('offers check-in to a member not yet present while the meeting is open', () => {
    const me = makeView().me;
    expect(canCheckIn(makeView({ me: { ...me, attendance: 'not_checked_in' } }))).toBe(true);
    expect(canCheckIn(makeView({ me: { ...me, attendance: 'present' } }))).toBe(false);
    expect(canCheckIn(makeView({ phase: 'not_started', me: { ...me, attendance: 'not_checked_in' } }))).toBe(false);
    expect(canCheckIn(makeView({ me: { ...me, isMember: false, attendance: null } }))).toBe(false);
  });
});

describe('speakers', () => {
  const q = (userId: string): SpeakerQueueEntry => ({
    requestId: `r-${userId}` as SpeakerRequestId,
    userId: userId as UserId,
    fullName: userId,
    kind: 'phat_bieu',
    topic: null,
    agendaItemId: null,
    requestedAt: 0,
  });
  it('tells a member their place in the queue', () => {
    const base = makeView();
    const view: MeetingLiveView = {
      ...base,
      speakers: { ...base.speakers, queue: [q('u-x'), q('u-d1'), q('u-y')] },
      me: { ...base.me, speakerRequest: { requestId: 'r-u-d1' as SpeakerRequestId, kind: 'phat_bieu', status: 'queued' } },
    };
    expect(queuePosition(view.speakers, 'u-d1' as UserId)).toBe(2);
    expect(myFloor(view)).toEqual({ kind: 'queued', position: 2, ahead: 1 });
    expect(myFloor({ ...view, me: { ...view.me, speakerRequest: null } })).toEqual({ kind: 'none' });
    expect(
      myFloor({
        ...view,
        me: { ...view.me, speakerRequest: { requestId: 'r' as SpeakerRequestId, kind: 'chat_van', status: 'speaking' } },
      }),
    ).toEqual({ kind: 'speaking' });
  });
  it('orders speaking totals longest first', () => {
    const s = (userId: string, count: number, totalSec: number) => ({ userId: userId as UserId, fullName: userId, count, totalSec });
    expect(statsRows([s('a', 1, 60), s('b', 3, 400), s('c', 2, 60)]).map((x) => x.userId)).toEqual(['b', 'c', 'a']);
  });
});

describe('agenda navigation for the chair', () => {
  const it_ = (id: string, parentId: string | null, position: number): AgendaItem => ({
    id: id as AgendaItemId,
    meetingId: 'm' as MeetingId,
    parentId: parentId as AgendaItemId | null,
    position,
    title: `Mục ${id}`,
    presenter: '',
    durationMin: 0,
  });
  const agenda = [it_('b', null, 1), it_('a', null, 0), it_('a2', 'a', 1), it_('a1', 'a', 0)];
  it('walks items in display order, sub-items after their parent', () => {
    expect(neighbourItem(agenda, null, 1)).toBe('a');
    expect(neighbourItem(agenda, null, -1)).toBeNull();
    expect(neighbourItem(agenda, 'a' as AgendaItemId, 1)).toBe('a1');
    expect(neighbourItem(agenda, 'a2' as AgendaItemId, 1)).toBe('b');
    expect(neighbourItem(agenda, 'b' as AgendaItemId, 1)).toBeNull();
    expect(neighbourItem(agenda, 'a1' as AgendaItemId, -1)).toBe('a');
    expect(itemLabel(agenda, 'a2' as AgendaItemId)).toEqual({ number: '1.2', title: 'Mục a2' });
    expect(itemLabel(agenda, null)).toBeNull();
  });
  it('accepts only pages within the document', () => {
    expect(parsePage('3', 10)).toBe(3);
    expect(parsePage(' 10 ', 10)).toBe(10);
    for (const s of ['0', '11', '-1', '2.5', '', 'x']) expect(parsePage(s, 10), s).toBeNull();
  });
});

describe('recall of confidential documents', () => {
  it('lists one row per laptop, pending first, then by given name and laptop, with the counts; nothing before a recall', () => {
    const laptop = (userId: string, fullName: string, label: string | null, confirmedAt: number | null): RecallLaptop => ({
      userId: userId as UserId,
      fullName,
      role: 'delegate',
      laptopId: label ? (label.toLowerCase().padEnd(32, '0') as LaptopId) : null,
      label,
      receivedAt: 1,
      confirmedAt,
    });
    const recall = {
      active: true,
      startedAt: 1,
      source: 'meeting_close' as const,
      me: { expected: false, confirmedAt: null },
      laptops: [
        laptop('u1', 'Nguyễn Văn An', 'b', 5),
        laptop('u2', 'Trần Thị Bình', 'd', null),
        laptop('u3', 'Lê Văn Cường', null, null),
        laptop('u2', 'Trần Thị Bình', 'c', null),
        laptop('u1', 'Nguyễn Văn An', 'a', null),
      ],
    };
    const shown = recallRows(recall)!;
    expect(shown.rows.map((r) => `${r.userId}:${r.label}`)).toEqual(['u1:a', 'u2:c', 'u2:d', 'u3:null', 'u1:b']);
    expect(new Set(shown.rows.map(recallRowKey)).size).toBe(5);
    expect(shown).toMatchObject({ confirmed: 1, total: 5 });
    expect(recallRows({ ...recall, active: false })).toBeNull();
    expect(recallRows(undefined)).toBeNull();
    expect(recallRows({ ...recall, laptops: undefined })).toBeNull();
  });
});
