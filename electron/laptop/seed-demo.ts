import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaItemId, MeetingId, UserId } from '../../shared/model/ids';
import type { AgendaItem, Meeting, Session, SystemRole, Visibility } from '../../shared/model/types';
import type { DocumentInput, MeetingInput, ParticipantInput } from '../../shared/ipc/slices/core';
import type { BodyWithTerms, MembershipInput } from '../../shared/ipc/slices/bodies';
import type { BodyLevel, BodyType } from '../../shared/model/roster';
import type { Result } from '../../shared/util/result';
import { countMeetings } from './db/queries/meetings';
import { getUserWithHashByUsername, insertUser } from './db/queries/users';
import { hashPassword } from '../common/password';
import type { AppServices } from './create-services';
import type { CallContext } from './context';

/** Shape of seeds/demo-meeting.json (see seeds/README.md). */
type SeedVisibility = { kind: 'everyone' } | { kind: 'groups'; groups: string[] } | { kind: 'delegates'; usernames: string[] };
type SeedDocument = Omit<DocumentInput, 'visibility'> & { file: string; visibility: SeedVisibility };
type SeedItem = { title: string; presenter: string; durationMin: number; documents?: SeedDocument[]; children?: SeedItem[] };
type SeedAccount = ParticipantInput & { password: string; systemRole: SystemRole };
type SeedBody = {
  type: BodyType;
  level: BodyLevel;
  name: string;
  term: { label: string; startDate: string };
  formerMembers: Omit<MembershipInput, 'id' | 'username' | 'isHead' | 'startKind' | 'formerBody' | 'liftedOn'>[];
};
export type DemoSeed = { meeting: MeetingInput; body?: SeedBody; accounts: SeedAccount[]; agenda: SeedItem[]; publish: boolean };

function unwrap<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`demo seed: ${what}: ${r.error.message}`);
  return r.value;
}

/**
 * Loads the demo meeting into an empty database through the same handlers the UI uses, so the seed
 * exercises the real import pipeline. Does nothing when any meeting already exists.
 */
export async function loadDemoMeeting(app: AppServices, seedDir: string): Promise<MeetingId | null> {
  const { db } = app.services;
  if (countMeetings(db) > 0) return null;
  const file = join(seedDir, 'demo-meeting.json');
  if (!existsSync(file)) throw new Error(`demo seed not found: ${file}`);
  const seed = JSON.parse(readFileSync(file, 'utf8')) as DemoSeed;

  // System secretariat accounts are created directly: nobody is signed in yet to create them.
  for (const acc of seed.accounts.filter((a) => a.systemRole === 'secretariat')) {
    if (getUserWithHashByUsername(db, acc.username)) continue;
    insertUser(db, {
      id: app.services.newId() as UserId,
      username: acc.username,
      fullName: acc.fullName,
      title: acc.title,
      unit: acc.unit,
      systemRole: 'secretariat',
      passwordHash: await hashPassword(acc.password),
      createdAt: app.services.now().toISOString(),
    });
  }
  const secretary = seed.accounts.find((a) => a.systemRole === 'secretariat');
  if (!secretary) throw new Error('demo seed: no secretariat account');
  let session: Session | null = null;
  const ctx: CallContext = { session: null, setSession: (s) => void (session = s), emit: () => {} };
  const call = async <T>(channel: string, req: unknown, what: string): Promise<T> => {
    ctx.session = session;
    return unwrap((await app.dispatch(ctx, channel, req)) as Result<T>, what);
  };
  await call('auth:login', { username: secretary.username, password: secretary.password }, 'login');

  const meeting = await call<Meeting>('meetings:create', seed.meeting, 'meeting');
  // Hash passwords concurrently (scrypt runs on libuv's pool) to keep first start short.
  await Promise.all(
    seed.accounts.map((acc) => call('roster:upsert', { meetingId: meeting.id, participant: acc }, `participant ${acc.username}`)),
  );
  if (seed.body) {
    // The body's term roster: N comes from it (never from the invitation list with its guests).
    const b = seed.body;
    const bodies = await call<BodyWithTerms[]>(
      'bodies:create',
      { type: b.type, level: b.level, name: b.name, parentId: null, term: { ...b.term, endDate: null } },
      'body',
    );
    const termId = bodies[bodies.length - 1]!.terms[0]!.id;
    const base = {
      id: null,
      startKind: 'elected',
      formerBody: null,
      endDate: null,
      endKind: null,
      endReason: null,
      liftedOn: null,
    } as const;
    for (const acc of seed.accounts.filter((a) => a.role === 'chair' || a.role === 'delegate')) {
      const membership: MembershipInput = {
        ...base,
        fullName: acc.fullName,
        username: acc.username,
        position: acc.title,
        isHead: acc.role === 'chair',
        startDate: b.term.startDate,
      };
      await call('bodies:membership-save', { termId, membership }, `member ${acc.username}`);
    }
    for (const f of b.formerMembers) {
      await call(
        'bodies:membership-save',
        { termId, membership: { ...base, ...f, username: null, isHead: false } },
        `member ${f.fullName}`,
      );
    }
    await call('bodies:set-meeting-term', { meetingId: meeting.id, termId }, 'meeting body');
  }
  const idOf = (username: string): UserId => {
    const u = getUserWithHashByUsername(db, username);
    if (!u) throw new Error(`demo seed: unknown username in visibility: ${username}`);
    return u.id;
  };
  const visibility = (v: SeedVisibility): Visibility =>
    v.kind === 'delegates' ? { kind: 'delegates', userIds: v.usernames.map(idOf) } : v;

  const addItem = async (item: SeedItem, parentId: AgendaItemId | null) => {
    const agenda = await call<AgendaItem[]>(
      'agenda:add',
      { meetingId: meeting.id, parentId, item: { title: item.title, presenter: item.presenter, durationMin: item.durationMin } },
      `agenda ${item.title}`,
    );
    const created = agenda.filter((a) => a.parentId === parentId).sort((a, b) => b.position - a.position)[0]!;
    for (const d of item.documents ?? []) {
      const bytes = new Uint8Array(readFileSync(join(seedDir, 'pdfs', d.file)));
      await call(
        'documents:import',
        {
          meetingId: meeting.id,
          agendaItemId: created.id,
          importId: `seed-${d.file}`,
          fileName: d.file,
          bytes,
          meta: { title: d.title, docType: d.docType, confidentiality: d.confidentiality, visibility: visibility(d.visibility) },
        },
        `document ${d.file}`,
      );
    }
    for (const child of item.children ?? []) await addItem(child, created.id);
  };
  for (const item of seed.agenda) await addItem(item, null);
  if (seed.publish) await call('meetings:publish', { meetingId: meeting.id }, 'publish');
  await call('auth:logout', undefined, 'logout');
  return meeting.id;
}
