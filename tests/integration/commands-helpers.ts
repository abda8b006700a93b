import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BodyKind } from '../../shared/model/bodies';
import type { AgendaItemId, MeetingId, UserId } from '../../shared/model/ids';
import type { BodyId, BodyRoster, BodyType, Membership, MembershipId, TermId } from '../../shared/model/roster';
import { FAMILY_DEFAULT_BODY_TYPE } from '../../shared/model/roster';
import type { MeetingRole } from '../../shared/model/types';
import type { CommandAck } from '../../shared/meeting-live/commands';
import type { AppError, Result } from '../../shared/util/result';
import { createCommandProcessor } from '../../electron/relay/commands';
import type { CommandContext, CommandProcessor, CommandProcessorConfig, MeetingParticipantInfo } from '../../electron/relay/commands';

/** Shared fixture for tests/integration/commands-*.test.ts: a real SQLite file in a temp dir. */

export const MEETING_ID = 'm-ky-hop-12' as MeetingId;
export const ITEM_1 = 'item-1' as AgendaItemId;
export const ITEM_2 = 'item-2' as AgendaItemId;

const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hùng',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Ngọc',
  'Phúc',
  'Quang',
  'Sơn',
  'Thảo',
];

export const delegateId = (i: number): UserId => `d${String(i).padStart(3, '0')}` as UserId;
export const CHAIR = 'chair' as UserId;
export const SECRETARIAT = 'secretariat' as UserId;
export const GUEST = 'guest' as UserId;

export function makeParticipants(delegates: number): MeetingParticipantInfo[] {
  const list: MeetingParticipantInfo[] = [
    { userId: CHAIR, role: 'chair', fullName: 'Nguyễn Văn Chủ', group: 'Thường trực' },
    { userId: SECRETARIAT, role: 'secretariat', fullName: 'Trần Thị Thư', group: '' },
    { userId: GUEST, role: 'guest', fullName: 'Lê Văn Khách', group: '' },
  ];
  for (let i = 1; i <= delegates; i++) {
    list.push({
      userId: delegateId(i),
      role: 'delegate',
      fullName: `Phạm Văn ${GIVEN[(i - 1) % GIVEN.length]} ${i}`,
      group: `Tổ ${1 + (i % 4)}`,
    });
  }
  return list;
}

export const TERM_ID = 'term-2021' as TermId;

/**
 * The body's roster for the fixture: the chair (head of the body) and every delegate, elected at the start
 * of the term. Guests and the secretariat are invited to meetings but are not members.
 */
export function makeRoster(participants: readonly MeetingParticipantInfo[], bodyType: BodyType = 'hdnd'): BodyRoster {
  const members = participants.filter((p) => p.role === 'chair' || p.role === 'delegate');
  return {
    body: { id: 'body-1' as BodyId, type: bodyType, level: 'tinh', name: 'HĐND tỉnh (kiểm thử)', parentId: null },
    term: { id: TERM_ID, bodyId: 'body-1' as BodyId, label: 'Nhiệm kỳ 2021–2026', startDate: '2021-06-01', endDate: null },
    memberships: members.map((p) => membership(p.userId, p.fullName, { isHead: p.role === 'chair' })),
  };
}

export function membership(userId: UserId | null, fullName: string, over: Partial<Membership> = {}): Membership {
  return {
    id: `ms-${userId ?? fullName}` as MembershipId,
    termId: TERM_ID,
    userId,
    fullName,
    position: 'Ủy viên',
    isHead: false,
    startDate: '2021-06-01',
    startKind: 'elected',
    formerBody: null,
    endDate: null,
    endKind: null,
    endReason: null,
    liftedOn: null,
    ...over,
  };
}

export type Fixture = {
  dir: string;
  file: string;
  online: Set<string>;
  clock: { t: number };
  participants: MeetingParticipantInfo[];
  config: CommandProcessorConfig;
  open(overrides?: Partial<CommandProcessorConfig>): CommandProcessor;
  ctx(userId: UserId, overrides?: Partial<CommandContext>): CommandContext;
  cleanup(): void;
};

export function makeFixture(
  opts: { delegates: number; bodyKind?: BodyKind; agenda?: boolean; roster?: false | ((r: BodyRoster) => BodyRoster) } = { delegates: 4 },
): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'commands-'));
  const file = join(dir, 'relay', 'commands.sqlite');
  const online = new Set<string>();
  const clock = { t: Date.UTC(2025, 5, 10, 1, 0, 0) };
  const participants = makeParticipants(opts.delegates);
  for (const p of participants) online.add(p.userId);
  const roleOf = new Map<string, MeetingRole>(participants.map((p) => [p.userId, p.role]));
  const config: CommandProcessorConfig = {
    file,
    meeting: {
      meetingId: MEETING_ID,
      bodyKind: opts.bodyKind ?? 'hdnd',
      participants,
      ...(opts.agenda === false ? {} : { agendaItemIds: [ITEM_1, ITEM_2] }),
      ...(opts.roster === false
        ? {}
        : { roster: (opts.roster ?? ((r: BodyRoster) => r))(makeRoster(participants, FAMILY_DEFAULT_BODY_TYPE[opts.bodyKind ?? 'hdnd'])) }),
    },
    // every read of the relay clock advances it by one millisecond, so times are distinct and ordered
    now: () => ++clock.t,
    isOnline: (u) => online.has(u),
    speakingLimitSec: 180,
  };
  const opened: CommandProcessor[] = [];
  return {
    dir,
    file,
    online,
    clock,
    participants,
    config,
    open(overrides) {
      const p = createCommandProcessor({ ...config, ...overrides });
      opened.push(p);
      return p;
    },
    ctx(userId, overrides) {
      return { userId, role: roleOf.get(userId) ?? 'guest', meetingId: MEETING_ID, online: online.has(userId), ...overrides };
    },
    cleanup() {
      for (const p of opened) p.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
/** A fresh client command id. */
export const cid = (prefix = 'c'): string => `${prefix}-${++seq}`;

export function mustAck(r: Result<CommandAck>): CommandAck {
  if (!r.ok) throw new Error(`expected ack, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function mustFail(r: Result<CommandAck>): AppError {
  if (r.ok) throw new Error(`expected refusal, got ack ${JSON.stringify(r.value)}`);
  return r.error;
}

/** Opens the meeting and checks in the chair and delegates 1..n. */
export function startMeeting(p: CommandProcessor, f: Fixture, delegates: number): void {
  mustAck(p.handle(f.ctx(CHAIR), { type: 'meeting:open', commandId: cid() }));
  mustAck(p.handle(f.ctx(CHAIR), { type: 'attendance:check-in', commandId: cid() }));
  for (let i = 1; i <= delegates; i++) mustAck(p.handle(f.ctx(delegateId(i)), { type: 'attendance:check-in', commandId: cid() }));
}
