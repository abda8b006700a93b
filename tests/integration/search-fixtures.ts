import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingId } from '../../shared/model/ids';
import type { AppServices } from '../../electron/laptop/create-services';
import { loadDemoMeeting } from '../../electron/laptop/seed-demo';
import { repoRoot } from '../helpers/laptop';
import { newCaller, startServices, tempDir, type Caller } from '../helpers/services';

/** Shared by the search-* and annotations-* integration tests (not a test file itself). */
export const SEEDS = join(repoRoot, 'seeds');
export const CORPUS = join(repoRoot, 'tests', 'fixtures', 'pdf-corpus');

export type DemoTemplate = { dir: string; meetingId: MeetingId };

/**
 * Loads the demo meeting once (≈6 s: 55 password hashes, 7 validated imports) into a closed data dir;
 * each test then starts from its own copy of it.
 */
export async function demoTemplate(): Promise<DemoTemplate> {
  const dir = tempDir('phg-demo-template-');
  const app = startServices(dir);
  const meetingId = (await loadDemoMeeting(app, SEEDS)) as MeetingId;
  await app.close();
  return { dir, meetingId };
}

export function copyOf(t: DemoTemplate): string {
  const dir = tempDir('phg-demo-');
  cpSync(t.dir, dir, { recursive: true });
  if (!existsSync(join(dir, 'phong-hop.db'))) throw new Error('template copy has no database');
  return dir;
}

export async function signIn(app: AppServices, username: string, password: string): Promise<Caller> {
  const c = newCaller(app);
  await c.must('auth:login', { username, password });
  return c;
}
