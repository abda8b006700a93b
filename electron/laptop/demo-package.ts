import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeetingPackage } from '../../shared/model/package';
import { createServices } from './create-services';
import { buildMeetingPackage } from './meeting-package';
import { loadDemoMeeting } from './seed-demo';

/**
 * The demo meeting (seeds/demo-meeting.json + seeds/pdfs) as a relay package: loaded into a throw-away
 * services instance through the same handlers the UI uses, exported like the secretariat's "host this
 * meeting" does, and handed to `use` while its blob folder still exists. Ids are random per build, so a
 * relay keeps the package it already has rather than building a new one on restart (see cli.ts).
 */
export async function withDemoPackage<T>(seedDir: string, use: (pkg: MeetingPackage, blobDir: string) => T | Promise<T>): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), 'phg-demo-package-'));
  const app = createServices({ dataDir: work, mode: 'browser', version: 'demo', log: () => {} });
  try {
    const meetingId = await loadDemoMeeting(app, seedDir);
    if (!meetingId) throw new Error('demo meeting was not created');
    const pkg = buildMeetingPackage(app.services.db, meetingId, app.services.now());
    return await use(pkg, app.services.blobs.dir);
  } finally {
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}
