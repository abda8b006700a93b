import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sha256 } from '../../shared/model/ids';
import { foldText } from '../../shared/search/normalize';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import { installationId } from '../../electron/laptop/db/queries/installation';
import { dataPaths } from '../../electron/laptop/paths';
import { findBytes, textForms } from '../helpers/disk-scan';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { DEFAULT_USERS, makeMeetingFixture } from '../helpers/relay-fixture';
import { loginAs, removeDir, tempDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { annotate, note, noteTexts, noteUpdate, openLaptop, untilDownloaded, untilLive, untilStatus } from '../helpers/relay-laptops';
import { privateDocRoom, privateRoom, sharedRoom } from '../../shared/annotations/rooms';

/**
 * Confidential ("mật") documents on delegates' laptops (issue #13): a real relay (in-process, real sockets)
 * and real laptop services on temp data folders. The confidential PDF is the seeds' personnel submission
 * (to-trinh-nhan-su-mat.pdf, a name in its text); the public one is the digital-transformation submission.
 * Both fixture documents are visible to every delegate; the confidential one is refused to guests anyway.
 */
const repoRoot = resolve(__dirname, '..', '..');
const SECRET_PDF = readFileSync(join(repoRoot, 'seeds', 'pdfs', 'to-trinh-nhan-su-mat.pdf'));
const PUBLIC_PDF = readFileSync(join(repoRoot, 'seeds', 'pdfs', 'to-trinh-chuyen-doi-so.pdf'));
/** Words of the confidential text (page 1) and of the public one. */
const SECRET_PHRASE = 'Hà Minh Khôi';
const PUBLIC_PHRASE = 'Công nghệ thông tin';

/** 48 bytes from inside the file's first page-content stream (a FlateDecode stream drawing text: BT … ET). */
function contentStreamRun(pdf: Buffer): Buffer {
  for (let at = pdf.indexOf('stream\n'); at >= 0; at = pdf.indexOf('stream\n', at + 1)) {
    const start = at + 'stream\n'.length;
    const end = pdf.indexOf('endstream', start);
    try {
      if (inflateSync(pdf.subarray(start, end)).includes('BT')) return pdf.subarray(start + 32, start + 80);
    } catch {
      // not a Flate stream
    }
  }
  throw new Error('no content stream');
}

let fx: MeetingFixture;
let relayDir: string;
let relay: Relay | null = null;
let port = 0;
let relayUrl = '';
const laptops: TestLaptop[] = [];
const dirs: string[] = [];
let secretSha: Sha256;
let publicSha: Sha256;

async function startRelay(): Promise<void> {
  relay = await createRelay({ dataDir: relayDir, port });
  port = relay.port;
  relayUrl = relay.url;
  if (!relay.currentPackage()) relay.loadPackage(fx.pkg, fx.blobDir);
}

function laptop(name: string, dataDir?: string): TestLaptop {
  const l = openLaptop(name, dataDir);
  laptops.push(l);
  if (!dataDir) dirs.push(l.dataDir);
  return l;
}

/** The fixture's documents carry the real PDFs. */
function useRealPdf(key: string, bytes: Buffer): Sha256 {
  const sha = createHash('sha256').update(bytes).digest('hex') as Sha256;
  const meta = fx.docs[key]!.meta;
  rmSync(join(fx.blobDir, `${meta.sha256}.pdf`));
  writeFileSync(join(fx.blobDir, `${sha}.pdf`), bytes);
  Object.assign(meta, { sha256: sha, sizeBytes: bytes.length, pages: 2 });
  fx.docs[key] = { ...fx.docs[key]!, sha256: sha, bytes };
  return sha;
}

const sameBytes = (x: Uint8Array, y: Uint8Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(y);

/** Documents with the query's words next to each other (pages with the words apart are listed after them). */
async function searchIds(l: TestLaptop, query: string): Promise<string[]> {
  const r = await l.win.must('search:query', { meetingId: fx.meetingId, query });
  return [...new Set(r.hits.filter((h) => h.phrase).map((h) => h.documentId))].sort();
}

async function signIn(l: TestLaptop, username: string): Promise<void> {
  await l.win.must('relay:login', { relayUrl, username, password: fx.users[username]!.password });
  await untilDownloaded(l);
  await l.win.must('search:status', { meetingId: fx.meetingId });
  await l.app.services.search.indexer.idle();
}

beforeAll(async () => {
  fx = await makeMeetingFixture({
    seed: 13,
    users: [...DEFAULT_USERS, { key: 'guest', role: 'guest' }],
    docs: [
      { key: 'public', title: 'Tờ trình chương trình chuyển đổi số' },
      { key: 'secret', title: 'Tờ trình nhân sự', confidentiality: 'mat' },
    ],
  });
  publicSha = useRealPdf('public', PUBLIC_PDF);
  secretSha = useRealPdf('secret', SECRET_PDF);
  relayDir = tempDir('confidential-relay');
  dirs.push(relayDir, fx.dir);
  await startRelay();
});

afterAll(async () => {
  for (const l of laptops) await l.close();
  if (relay) await relay.close();
  for (const d of dirs) removeDir(d);
});

let a: TestLaptop; // d1
let b: TestLaptop; // d2
let c: TestLaptop; // chair

describe('confidential documents at rest', () => {
  it('releases the meeting key at login only to participants entitled to a confidential document', async () => {
    const d1 = await loginAs(relayUrl, 'd1', fx.users.d1!.password);
    expect(Buffer.from(d1.meetingKey ?? '', 'base64')).toHaveLength(32);
    const chair = await loginAs(relayUrl, 'chair', fx.users.chair!.password);
    expect(chair.meetingKey).toBe(d1.meetingKey);
    // A guest never receives confidential documents, so never the key either.
    expect((await loginAs(relayUrl, 'guest', fx.users.guest!.password)).meetingKey).toBeUndefined();
    // Stored once in the relay's data folder, owner-only.
    const keyFile = join(relayDir, 'keys', `${fx.meetingId}.key`);
    expect(readFileSync(keyFile).toString('base64')).toBe(d1.meetingKey);
    expect(readFileSync(keyFile)).toHaveLength(32);
    if (process.platform !== 'win32') expect((await import('node:fs')).statSync(keyFile).mode & 0o077).toBe(0);
  });

  it('stores the confidential PDF sealed, searches it while signed in, and no byte of it is on disk in clear', async () => {
    a = laptop('a');
    await signIn(a, 'd1');
    const blobDir = dataPaths(a.dataDir).blobDir;
    expect(existsSync(join(blobDir, `${secretSha}.pdf`))).toBe(false);
    expect(existsSync(join(blobDir, `${secretSha}.mat`))).toBe(true);
    expect(existsSync(join(blobDir, `${publicSha}.pdf`))).toBe(true);

    const opened = await a.win.must('documents:read', { documentId: fx.docs.secret!.id });
    expect(sameBytes(opened.bytes, SECRET_PDF)).toBe(true);
    expect(await searchIds(a, SECRET_PHRASE)).toEqual([fx.docs.secret!.id]);
    expect(await searchIds(a, 'ha minh khoi')).toEqual([fx.docs.secret!.id]);
    expect(await searchIds(a, PUBLIC_PHRASE)).toEqual([fx.docs.public!.id]);
    const status = await a.win.must('search:status', { meetingId: fx.meetingId });
    expect(status).toMatchObject({ documents: 2, indexed: 2, unavailable: [] });

    // Every file of the laptop's data folder, the SQLite database, its WAL and shared memory included.
    const files = findBytes(a.dataDir, {
      'secret content stream': contentStreamRun(SECRET_PDF),
      ...textForms('secret phrase', SECRET_PHRASE),
      ...textForms('secret phrase NFD', SECRET_PHRASE.normalize('NFD')),
      ...textForms('secret phrase folded', foldText(SECRET_PHRASE)),
      'public content stream': contentStreamRun(PUBLIC_PDF),
      ...textForms('public phrase folded', foldText(PUBLIC_PHRASE)),
    });
    const found = new Set(files.map((f) => f.needle));
    expect([...found].filter((n) => n.startsWith('secret'))).toEqual([]);
    // The scan does find what is stored in clear: the public PDF and its indexed text.
    expect(files).toContainEqual({ file: join('blobs', `${publicSha}.pdf`), needle: 'public content stream' });
    expect(files.some((f) => f.needle === 'public phrase folded (UTF-8)' && f.file.startsWith('phong-hop.db'))).toBe(true);

    const db = new Database(dataPaths(a.dataDir).dbFile, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM search_pages WHERE sha256 = ?').get(secretSha)).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM search_sealed_pages WHERE sha256 = ?').get(secretSha)).toEqual({ n: 2 });
      expect(db.prepare('SELECT count(*) AS n FROM search_pages WHERE sha256 = ?').get(publicSha)).not.toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('detects a tampered sealed file instead of opening it', async () => {
    const file = join(dataPaths(a.dataDir).blobDir, `${secretSha}.mat`);
    const original = readFileSync(file);
    const bad = Buffer.from(original);
    bad[bad.length >> 1]! ^= 1;
    writeFileSync(file, bad);
    const r = await a.win.call('documents:read', { documentId: fx.docs.secret!.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', key: 'error.confidential.damaged' } });
    writeFileSync(file, original);
    expect((await a.win.call('documents:read', { documentId: fx.docs.secret!.id })).ok).toBe(true);
  });

  it('after a restart without the relay, refuses the confidential document with the message and opens the public one', async () => {
    const me = fx.users.d1!.id;
    const notesRoom = privateDocRoom(me, fx.docs.secret!.id);
    await annotate(a.win, notesRoom, note('r1', fx.docs.secret!.id, me, 'GHI CHU TRUOC KHI KHOI DONG LAI', false));
    await relay!.close();
    relay = null;
    a = await a.restart();
    laptops.push(a);
    await a.win.must('auth:login', { username: 'd1', password: fx.users.d1!.password });
    const locked = await a.win.call('documents:read', { documentId: fx.docs.secret!.id });
    expect(locked).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.confidential.locked' } });
    expect(locked.ok ? '' : locked.error.message).toMatch(/^Tài liệu mật chỉ mở được khi đã đăng nhập qua máy chủ phòng họp/);
    const pub = await a.win.must('documents:read', { documentId: fx.docs.public!.id });
    expect(sameBytes(pub.bytes, PUBLIC_PDF)).toBe(true);
    expect(await searchIds(a, SECRET_PHRASE)).toEqual([]);
    // Its notes are locked too (sealed with the key this laptop no longer has); the common room opens.
    expect(await a.win.call('ydoc:open', { room: notesRoom })).toMatchObject({ ok: false, error: { key: 'error.confidential.locked' } });
    expect((await a.win.call('ydoc:open', { room: privateRoom(me) })).ok).toBe(true);

    // The relay is back: the laptop signs in again by itself and the document opens.
    await startRelay();
    await untilStatus(a.conn, (s) => s.state === 'online', 'a back online');
    expect(noteTexts(a, notesRoom)).toEqual(['GHI CHU TRUOC KHI KHOI DONG LAI']);
    const back = await a.win.must('documents:read', { documentId: fx.docs.secret!.id });
    expect(sameBytes(back.bytes, SECRET_PDF)).toBe(true);
    expect(await searchIds(a, SECRET_PHRASE)).toEqual([fx.docs.secret!.id]);
  });
});

describe('recall after the meeting', () => {
  it('deletes confidential material on each laptop at its next connection; the chair sees who confirmed', async () => {
    b = laptop('b');
    await signIn(b, 'd2');
    expect(existsSync(join(dataPaths(b.dataDir).blobDir, `${secretSha}.mat`))).toBe(true);
    const bDir = b.dataDir;

    // Delegate A's notes on the confidential document (shared and private) and on the public one.
    const me = fx.users.d1!.id;
    await annotate(a.win, sharedRoom(fx.docs.secret!.id), note('n1', fx.docs.secret!.id, me, 'GHI CHU CHUNG VE NHAN SU', true));
    await annotate(a.win, privateDocRoom(me, fx.docs.secret!.id), note('n2', fx.docs.secret!.id, me, 'GHI CHU RIENG VE NHAN SU', false));
    await annotate(a.win, privateRoom(me), note('n3', fx.docs.public!.id, me, 'GHI CHU RIENG VE CHUYEN DOI SO', false));
    // A note on the confidential document never goes to the common private room (stored unsealed).
    const misplaced = await a.win.call('ydoc:update', {
      room: privateRoom(me),
      update: noteUpdate(note('n4', fx.docs.secret!.id, me, 'GHI CHU LAC PHONG', false)),
    });
    expect(misplaced).toMatchObject({ ok: false, error: { key: 'error.ydoc.wrongDocument' } });
    // While in use, notes on the confidential document are on disk only sealed: no form of their text is found.
    expect(noteTexts(a, privateDocRoom(me, fx.docs.secret!.id))).toEqual(['GHI CHU RIENG VE NHAN SU', 'GHI CHU TRUOC KHI KHOI DONG LAI']);
    expect(noteTexts(a, sharedRoom(fx.docs.secret!.id))).toEqual(['GHI CHU CHUNG VE NHAN SU']);
    const secretNotes = {
      ...textForms('shared note', 'GHI CHU CHUNG VE NHAN SU'),
      ...textForms('note', 'GHI CHU RIENG VE NHAN SU'),
      ...textForms('note before restart', 'GHI CHU TRUOC KHI KHOI DONG LAI'),
    };
    expect(findBytes(a.dataDir, secretNotes)).toEqual([]);
    expect(findBytes(a.dataDir, textForms('public note', 'GHI CHU RIENG VE CHUYEN DOI SO')).length).toBeGreaterThan(0);

    c = laptop('chair');
    await signIn(c, 'chair');
    const cmd = (command: Record<string, unknown>) => c.win.must('live:command', { command });
    await cmd({ type: 'meeting:open', commandId: 'open-1' });
    await cmd({ type: 'meeting:close', commandId: 'close-1' });

    // Per laptop: A (d1), B (d2), the chair's C, and the key the first test's bare logins (no laptop named)
    // received for d1 and the chair: each such client is its person's unnamed laptop.
    const laptopsOf = () => c.conn.live().view?.recall?.laptops ?? [];
    const confirmed = (l: TestLaptop) => laptopsOf().find((x) => x.laptopId === installationId(l.app.services.db))?.confirmedAt ?? null;
    const bId = installationId(b.app.services.db);
    await b.close(); // laptop B is switched off before the meeting ends
    await untilLive(c.conn, () => confirmed(a) !== null && confirmed(c) !== null, 'laptops A and C confirmed');
    expect(c.conn.live().view?.recall).toMatchObject({ active: true, source: 'meeting_close' });
    const rows = laptopsOf().map((l) => `${l.userId}/${l.laptopId ?? 'unnamed'}`);
    expect(rows.sort()).toEqual(
      [
        `${fx.users.d1!.id}/${installationId(a.app.services.db)}`,
        `${fx.users.d2!.id}/${bId}`,
        `${fx.users.chair!.id}/${installationId(c.app.services.db)}`,
        `${fx.users.d1!.id}/unnamed`,
        `${fx.users.chair!.id}/unnamed`,
      ].sort(),
    );
    expect(laptopsOf().find((l) => l.laptopId === bId)?.confirmedAt).toBeNull(); // not connected since: pending

    // Laptop A: nothing confidential is left, and nothing would let it re-open the document.
    const aBlobs = dataPaths(a.dataDir).blobDir;
    expect(existsSync(join(aBlobs, `${secretSha}.mat`))).toBe(false);
    expect(existsSync(join(aBlobs, `${publicSha}.pdf`))).toBe(true);
    const recalled = await a.win.call('documents:read', { documentId: fx.docs.secret!.id });
    expect(recalled).toMatchObject({ ok: false, error: { key: 'error.confidential.recalled' } });
    expect(await searchIds(a, SECRET_PHRASE)).toEqual([]);
    expect(a.app.services.blobs.keys.get(fx.meetingId)).toBeNull();
    const db = new Database(dataPaths(a.dataDir).dbFile, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM search_sealed_pages').get()).toEqual({ n: 0 });
      const manifest = db.prepare("SELECT value FROM settings WHERE key LIKE 'relay.manifest:%'").get() as { value: string };
      expect(manifest.value).not.toContain(secretSha);
    } finally {
      db.close();
    }
    // Its notes on the confidential document are gone from memory and disk; the one on the public document stays.
    expect(noteTexts(a, privateRoom(me))).toEqual(['GHI CHU RIENG VE CHUYEN DOI SO']);
    // Their rooms are deleted and stay closed: without the key nothing could open them again.
    expect(await a.win.call('ydoc:open', { room: sharedRoom(fx.docs.secret!.id) })).toMatchObject({ ok: false });
    expect(await a.win.call('ydoc:open', { room: privateDocRoom(me, fx.docs.secret!.id) })).toMatchObject({ ok: false });
    expect(a.app.services.ydocs.stored().filter((r) => r.includes(fx.docs.secret!.id))).toEqual([]);
    expect(findBytes(a.dataDir, secretNotes)).toEqual([]);
    expect(findBytes(a.dataDir, textForms('public note', 'GHI CHU RIENG VE CHUYEN DOI SO')).length).toBeGreaterThan(0);
    // The relay no longer gives the key, the document or its bytes to delegates.
    const late = await loginAs(relayUrl, 'd1', fx.users.d1!.password);
    expect(late.meetingKey).toBeUndefined();
    const blob = await fetch(`${relayUrl}/api/blobs/${secretSha}`, { headers: { Authorization: `Bearer ${late.token}` } });
    expect(blob.status).toBe(404);

    // Laptop B comes back: it deletes its copy at this connection and confirms.
    b = laptop('b', bDir);
    await b.win.must('auth:login', { username: 'd2', password: fx.users.d2!.password });
    await untilLive(c.conn, () => confirmed(b) !== null, 'laptop B confirmed');
    expect(existsSync(join(dataPaths(bDir).blobDir, `${secretSha}.mat`))).toBe(false);
  });
});
