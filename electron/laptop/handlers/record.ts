import { basename, join } from 'node:path';
import { RECORD_FILE_KINDS, type RecordFileKind } from '../../../shared/ipc/slices/record';
import type { MeetingId } from '../../../shared/model/ids';
import { fail, ok } from '../../../shared/util/result';
import { guessProvince, importArchive, liveCountRecordFiles, loadMinutesDraft, recordFiles } from '../../record';
import { meetingAccess, requireEditor, requireSession } from '../access';
import type { DomainHandlers, Services } from '../context';
import { obj } from '../validate';

/**
 * The official record in the app (electron/record): the minutes of the meeting this laptop hosted (its relay
 * folder `<dataDir>/relay`), downloads of the minutes and exports, and importing an archive read-only into
 * `<dataDir>/archives/`. Secretariat only; the Electron shell stays thin (bytes go back to the renderer).
 */
export function recordHandlers(svc: Services) {
  const relayDir = join(svc.dataDir, 'relay');
  return {
    'record:minutes': (ctx, req) => {
      const a = meetingAccess(svc, ctx, obj(req).meetingId as MeetingId);
      requireEditor(a);
      return loadMinutesDraft(relayDir, a.meeting.id);
    },
    'record:files': async (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      if (!(RECORD_FILE_KINDS as readonly unknown[]).includes(r.kind))
        return fail('invalid_input', 'record.app.badKind', undefined, { field: 'kind' });
      return recordFiles(relayDir, a.meeting.id, r.kind as RecordFileKind, svc.now());
    },
    'record:count-record': async (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      // The count as the relay committed and pushed it to this secretary's link.
      const live = svc.connection.userId() === a.session.user.id ? svc.connection.live().view : null;
      if (!live || live.meetingId !== a.meeting.id) return fail('offline', 'record.count.noLiveView');
      const files = await liveCountRecordFiles(live.elections, String(r.roundId ?? ''), a.meeting, guessProvince({ meeting: a.meeting }));
      if (!files) return fail('not_found', 'record.count.noClosedRound', undefined, { roundId: String(r.roundId ?? '') });
      return ok(
        files.map((f) => ({ name: f.name, mime: f.name.endsWith('.pdf') ? 'application/pdf' : 'text/csv;charset=utf-8', bytes: f.data })),
      );
    },
    'record:import': (ctx, req) => {
      const session = requireSession(ctx);
      if (session.user.systemRole !== 'secretariat') return fail('forbidden', 'record.app.importForbidden');
      const r = obj(req);
      const bytes = r.bytes;
      if (!(bytes instanceof Uint8Array) || bytes.length === 0)
        return fail('invalid_input', 'record.app.noArchive', undefined, { field: 'bytes' });
      // The name only labels messages ("Tệp lưu trữ <name> bị hỏng"); nothing is read or written by it.
      const label = typeof r.fileName === 'string' ? basename(r.fileName).slice(0, 200) : '';
      return importArchive(bytes, join(svc.dataDir, 'archives'), label);
    },
  } satisfies DomainHandlers<'record'>;
}
