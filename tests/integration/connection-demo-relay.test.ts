import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandAck } from '../../shared/meeting-live/commands';
import type { DemoSeed } from '../../electron/laptop/seed-demo';
import { getSearchBlob } from '../../electron/laptop/db/queries/search-blobs';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { openLaptop, untilDownloaded, untilStatus } from '../helpers/relay-laptops';
import type { RelayProcess } from '../helpers/relay-process';
import { spawnRelay } from '../helpers/relay-process';
import { repoRoot } from '../helpers/laptop';

/**
 * `npm run relay -- --demo --no-quorum-for-votes` (the real CLI as a child process): builds the demo
 * meeting from seeds/, laptops sign in with the demo accounts and get its documents, the chair may open a
 * vote without quorum, and a restart keeps the same meeting (ids are random per build).
 */
const seed = JSON.parse(readFileSync(join(repoRoot, 'seeds', 'demo-meeting.json'), 'utf8')) as DemoSeed;
const account = (username: string) => seed.accounts.find((a) => a.username === username)!;
const relayDir = tempDir('demo-relay');
let proc: RelayProcess | null = null;
const laptops: TestLaptop[] = [];

afterAll(async () => {
  for (const l of laptops) await l.close();
  if (proc) await proc.stop();
  removeDir(relayDir);
  for (const l of laptops) removeDir(l.dataDir);
});

describe('the demo relay', () => {
  it('serves the demo meeting to laptops and keeps it across a restart', async () => {
    proc = await spawnRelay({ dataDir: relayDir, args: ['--demo', '--no-quorum-for-votes'] });
    expect(proc.output()).toContain(seed.meeting.title);
    const url = proc.url;

    const delegate = openLaptop('demo-delegate');
    const chair = openLaptop('demo-chair');
    laptops.push(delegate, chair);
    const d = account('daibieu01');
    const c = seed.accounts.find((a) => a.role === 'chair')!;
    const signed = await delegate.win.must('relay:login', { relayUrl: url, username: d.username, password: d.password });
    expect(signed.user.fullName).toBe(d.fullName);
    await untilDownloaded(delegate);
    const [meeting] = await delegate.win.must('meetings:list');
    expect(meeting!.title).toBe(seed.meeting.title);
    const detail = await delegate.win.must('meetings:get', { meetingId: meeting!.id });
    expect(detail.documents.length).toBeGreaterThan(0);
    for (const doc of detail.documents) expect(delegate.app.services.blobs.has(doc.sha256)).toBe(true);
    const status = await delegate.win.must('relay:status');
    expect(status.download).toMatchObject({ documentsDone: detail.documents.length, documentsTotal: detail.documents.length });
    // Indexing for search started with the download, before anyone searched: every file is queued or indexed.
    const { indexer } = delegate.app.services.search;
    for (const doc of detail.documents)
      expect(indexer.isQueued(doc.sha256) || getSearchBlob(delegate.app.services.db, doc.sha256)?.state === 'done').toBe(true);

    // Two laptops of a 50-member body: no quorum, yet the demo relay lets the chair open a vote.
    await chair.win.must('relay:login', { relayUrl: url, username: c.username, password: c.password });
    await untilStatus(chair.conn, (s) => s.state === 'online', 'chair online');
    const item = detail.agenda[0]!;
    expect(await chair.win.call('live:command', { command: { type: 'meeting:open', commandId: 'demo-open-1' } })).toMatchObject({
      ok: true,
    });
    const opened = await chair.win.call('live:command', {
      command: {
        type: 'vote:open',
        commandId: 'demo-vote-1',
        agendaItemId: item.id,
        question: 'Biểu quyết thử',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      },
    });
    expect(opened).toMatchObject({ ok: true, value: { type: 'vote:open' } });
    expect((opened as { value: CommandAck }).value.voteId).toBeTruthy();

    // Restarted with --demo on the same data: the same meeting, and the laptops reconnect by themselves.
    const offline = untilStatus(delegate.conn, (s) => s.state === 'offline', 'delegate offline');
    await proc.stop();
    proc = null;
    await offline;
    proc = await spawnRelay({ dataDir: relayDir, port: Number(new URL(url).port), args: ['--demo'] });
    expect(proc.output()).toMatch(/giữ cuộc họp đã phát hành/);
    await untilStatus(delegate.conn, (s) => s.state === 'online', 'delegate back online', 15_000);
    await untilDownloaded(delegate);
    expect((await delegate.win.must('meetings:list')).map((m) => m.id)).toEqual([meeting!.id]);
  });
});
