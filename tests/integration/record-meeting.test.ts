import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { runRecordCli } from '../../electron/record/cli-main';
import type { Minutes } from '../../electron/record/minutes-types';
import { readTarGz, writeTarGz } from '../../electron/record/tar';
import type { ServerCommandFrame } from '../../shared/relay-protocol/types';
import type { Result } from '../../shared/util/result';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { loginAs, removeDir, startTestRelay, tempDir, until } from '../helpers/relay-harness';

/**
 * A relay runs a meeting over its real command channel (laptop and manual attendance, speakers, a conclusion,
 * a dissent, a public, a roll-call and a secret vote); the record program then produces the minutes, the
 * exports and the archive from the relay's data folder, and verify catches a one-byte change of the log.
 */

const repoRoot = resolve(__dirname, '../..');
const USERS = ['secretary', 'chair', 'd1', 'd2', 'd3', 'd4', 'd5'] as const;
type Key = (typeof USERS)[number];

type Socket = { send(command: Record<string, unknown>): Promise<Result<Record<string, unknown>>>; close(): void };

function commandSocket(url: string, token: string): Promise<Socket> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/commands?token=${token}`);
  const acks = new Map<string, Result<Record<string, unknown>>>();
  const listeners = new Set<() => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as ServerCommandFrame;
    if (frame.type === 'ack') acks.set(frame.id, frame.result as Result<Record<string, unknown>>);
    for (const l of [...listeners]) l();
  });
  let n = 0;
  const sub = (cb: () => void) => {
    listeners.add(cb);
    return () => void listeners.delete(cb);
  };
  return new Promise((resolveOpen, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolveOpen({
        async send(command) {
          const id = `f${++n}`;
          const commandId = `${token.slice(0, 6)}-${n}`.replace(/[^A-Za-z0-9_-]/g, 'x');
          ws.send(JSON.stringify({ type: 'command', id, command: { commandId, ...command } }));
          await until(sub, () => acks.has(id), `ack ${id} of ${String(command['type'])}`);
          return acks.get(id)!;
        },
        close: () => ws.close(),
      }),
    );
  });
}

function out() {
  const lines: string[] = [];
  return { lines, line: (t: string) => void lines.push(t), err: (t: string) => void lines.push(t) };
}

let fx: MeetingFixture;
let dataDir: string;
let work: string;
const ids: Record<string, string> = {};

async function must(p: Promise<Result<Record<string, unknown>>>): Promise<Record<string, unknown>> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

beforeAll(async () => {
  fx = await makeMeetingFixture({
    seed: 7,
    users: USERS.map((key) => ({ key, role: key === 'secretary' ? 'secretariat' : key === 'chair' ? 'chair' : 'delegate' })),
  });
  const t = await startTestRelay({ fx });
  dataDir = t.dataDir;
  work = tempDir('record-out');
  const s = {} as Record<Key, Socket>;
  for (const k of USERS) {
    const token = (await loginAs(t.relay.url, k, fx.users[k]!.password)).token;
    s[k] = await commandSocket(t.relay.url, token);
  }
  for (const k of USERS) ids[k] = fx.users[k]!.id;
  const item = fx.pkg.agenda[0]!.id;

  // Attendance before the opening: on laptops, and by the secretariat.
  await must(s.chair.send({ type: 'attendance:check-in' }));
  await must(s.d1.send({ type: 'attendance:check-in' }));
  await must(s.secretary.send({ type: 'attendance:set', userId: ids['d3'], status: 'present' }));
  await must(s.secretary.send({ type: 'attendance:set', userId: ids['d4'], status: 'absent_with_reason', reason: 'Đi công tác' }));
  await must(s.secretary.send({ type: 'attendance:set', userId: ids['d5'], status: 'absent' }));
  await must(s.chair.send({ type: 'meeting:open' }));
  await must(s.d2.send({ type: 'attendance:check-in' })); // late
  await must(s.chair.send({ type: 'agenda:set-current', agendaItemId: item }));

  // Speakers in order, one refusal (a guest-less delegate trying to open a vote).
  await must(s.d1.send({ type: 'speaker:request', kind: 'phat_bieu', topic: 'Về dự toán ngân sách' }));
  await must(s.d2.send({ type: 'speaker:request', kind: 'tranh_luan' }));
  await must(s.chair.send({ type: 'speaker:next' }));
  await must(s.chair.send({ type: 'speaker:next' }));
  await must(s.chair.send({ type: 'speaker:end' }));
  expect((await s.d1.send({ type: 'vote:open', agendaItemId: item, question: 'x', kind: 'public', ruleId: 'hdnd_resolution' })).ok).toBe(
    false,
  );

  const vote = async (question: string, kind: string, choices: Partial<Record<Key, string>>) => {
    const v = await must(s.chair.send({ type: 'vote:open', agendaItemId: item, question, kind, ruleId: 'hdnd_resolution' }));
    for (const [k, optionId] of Object.entries(choices)) await must(s[k as Key].send({ type: 'vote:cast', voteId: v['voteId'], optionId }));
    await must(s.chair.send({ type: 'vote:close', voteId: v['voteId'] }));
  };
  await vote('Thông qua Nghị quyết về dự toán ngân sách năm 2026', 'public', { chair: 'o1', d1: 'o1', d2: 'o1', d3: 'o2' });
  await vote('Thông qua Nghị quyết về biên chế công chức', 'named', { chair: 'o1', d1: 'o2', d2: 'o3' });
  await vote('Bầu Phó Chủ tịch HĐND tỉnh', 'secret', { chair: 'o2', d1: 'o1', d2: 'o1', d3: 'o1' });
  await must(
    s.chair.send({
      type: 'minutes:conclusion',
      agendaItemId: item,
      text: 'Giao UBND tỉnh hoàn thiện dự thảo Nghị quyết trước ngày 30/01/2026.',
    }),
  );
  await must(
    s.secretary.send({ type: 'minutes:dissent', agendaItemId: item, userId: ids['d2'], text: 'Đề nghị giữ nguyên biên chế năm 2025.' }),
  );
  await must(s.chair.send({ type: 'meeting:close' }));
  for (const k of USERS) s[k].close();
  await t.relay.close();
}, 60_000);

afterAll(() => {
  removeDir(dataDir);
  removeDir(work);
  removeDir(fx.dir);
});

function minutesJson(): Minutes {
  return JSON.parse(readFileSync(join(work, 'bien-ban.json'), 'utf8')) as Minutes;
}

describe('record program on a relay that ran a meeting', () => {
  it('writes minutes whose PDF text holds every figure, the conclusion, the dissent and the checkpoints', async () => {
    const o = out();
    for (const f of ['bien-ban.pdf', 'bien-ban.docx', 'bien-ban.json']) {
      expect(await runRecordCli(['minutes', '--data', dataDir, '--out', join(work, f), '--province', 'Thái Nguyên'], o)).toBe(0);
    }
    const m = minutesJson();
    expect(m.attendance).toMatchObject({ members: 6, present: 4, late: 1, absentWithLeave: 1, absentWithoutLeave: 1, notRecorded: 0 });
    const byName = new Map(m.attendance.entries.map((e) => [e.userId, e]));
    expect(byName.get(ids['d1']!)!.recordedBy).toBe('laptop');
    expect(byName.get(ids['d3']!)!.recordedBy).toBe('secretariat');
    const [pub, named, secret] = m.items[0]!.votes;
    expect(pub!.options.map((x) => x.count)).toEqual([3, 1, 0]);
    expect(named!.choices!.find((c) => c.userId === ids['d3'])!.optionLabel).toBeNull();
    expect(secret!.options.map((x) => x.count)).toEqual([3, 1, 0]);
    expect(secret!.choices).toBeNull();
    expect(m.items[0]!.speeches.map((x) => [x.userId, x.kind])).toEqual([
      [ids['d1'], 'phat_bieu'],
      [ids['d2'], 'tranh_luan'],
    ]);

    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(work, 'bien-ban.pdf'), '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH THÁI NGUYÊN',
      'BIÊN BẢN',
      'Thái Nguyên, ngày 15 tháng 01 năm 2025',
      'Tổng số thành viên: 6; có mặt: 4 (trong đó đến muộn: 1); vắng có lý do: 1; vắng không có lý do: 1',
      'Vắng có lý do: Đi công tác',
      'Tranh luận',
      'Giao UBND tỉnh hoàn thiện dự thảo Nghị quyết trước ngày 30/01/2026.',
      'Đề nghị giữ nguyên biên chế năm 2025.',
      'Biểu quyết ghi danh',
      'Bỏ phiếu kín',
      'Không tham gia biểu quyết',
      'THƯ KÝ',
      'CHỦ TỌA',
    ]) {
      expect(flat, s).toContain(s);
    }
    for (const v of [pub!, named!, secret!]) {
      expect(flat).toContain(v.question);
      expect(flat).toContain(`N = ${v.n}`);
      expect(flat).toContain(`số phiếu: ${v.cast}; không tham gia biểu quyết: ${v.notCast}`);
      for (const o of v.options) expect(flat).toContain(`${o.label} ${o.count} ${o.percentOfN} %`);
      expect(flat).toContain(`(${v.favourCount}/${v.n} tán thành, cần ít nhất ${v.required})`);
    }
    expect(m.record.checkpoints.length).toBe(4);
    for (const c of m.record.checkpoints) expect(flat).toContain(c.hash);
    expect(flat).toContain(m.record.headHash);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(work, 'bien-ban.pdf'), join(work, 'page')]);
    expect(existsSync(join(work, 'page-1.png'))).toBe(true);
    if (process.env['RECORD_KEEP_PNG']) writeFileSync(process.env['RECORD_KEEP_PNG'], readFileSync(join(work, 'page-1.png')));
    if (process.env['RECORD_KEEP_PDF']) writeFileSync(process.env['RECORD_KEEP_PDF'], readFileSync(join(work, 'bien-ban.pdf')));
  }, 60_000);

  it('exports CSV with a BOM and XLSX; roll-call lists only for named votes', async () => {
    const dir = join(work, 'exports');
    expect(await runRecordCli(['export', '--data', dataDir, '--out', dir], out())).toBe(0);
    const named = readFileSync(join(dir, 'bieu-quyet-ghi-danh.csv'));
    expect([...named.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = named.toString('utf8').slice(1).trim().split('\r\n');
    expect(rows.length).toBe(1 + 6); // every entitled member, voted or not
    expect(rows.every((r, i) => i === 0 || r.includes('biên chế công chức'))).toBe(true);
    const stats = readFileSync(join(dir, 'thong-ke-phat-bieu.csv'), 'utf8');
    expect(stats).toContain('Phát biểu');
    expect(readFileSync(join(dir, 'diem-danh.csv'), 'utf8')).toContain('Đi công tác');
    expect(readFileSync(join(dir, 'bien-ban-so-lieu.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('archives into one file that verifies, and fails verification once a byte inside changes', async () => {
    const file = join(work, 'luu-tru.tar.gz');
    expect(await runRecordCli(['archive', '--data', dataDir, '--out', file], out())).toBe(0);
    const ok = out();
    expect(await runRecordCli(['verify', '--archive', file], ok)).toBe(0);
    const imported = join(work, 'imported');
    const imp = out();
    expect(await runRecordCli(['import', '--archive', file, '--out', imported], imp)).toBe(0);
    expect(await runRecordCli(['verify', '--data', imported], out())).toBe(0);
    expect(await runRecordCli(['minutes', '--data', imported, '--out', join(work, 'again.json')], out())).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'again.json'), 'utf8')).record).toEqual(
      JSON.parse(readFileSync(join(imported, 'minutes', 'bien-ban.json'), 'utf8')).record,
    );
    expect(statSync(join(imported, 'commands', `${fx.pkg.meeting.id}.db`)).mode & 0o777).toBe(0o444);
    const entries = readTarGz(readFileSync(file));
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['manifest.json', 'commands/commands.db', 'minutes/bien-ban.pdf', 'exports/ket-qua-bieu-quyet.csv']),
    );
    expect(entries.some((e) => e.name.endsWith('.key'))).toBe(false);
    const csv = entries.find((e) => e.name === 'exports/ket-qua-bieu-quyet.csv')!;
    csv.data[10] = csv.data[10]! ^ 1;
    writeFileSync(file, writeTarGz(entries, 0));
    const bad = out();
    expect(await runRecordCli(['verify', '--archive', file], bad)).toBe(1);
    expect(bad.lines.join('\n')).toContain('exports/ket-qua-bieu-quyet.csv');
    const refused = out();
    expect(await runRecordCli(['import', '--archive', file, '--out', join(work, 'refused')], refused)).toBe(1);
    expect(existsSync(join(work, 'refused'))).toBe(false);

    const unreadable = out();
    expect(await runRecordCli(['verify', '--archive', join(work, 'none.tar.gz')], unreadable)).toBe(2);
    expect(unreadable.lines.join('\n')).toContain('Không tìm thấy tệp lưu trữ');
    writeFileSync(join(work, 'garbage.tar.gz'), 'not an archive');
    const garbage = out();
    expect(await runRecordCli(['verify', '--archive', join(work, 'garbage.tar.gz')], garbage)).toBe(2);
    expect(garbage.lines.join('\n')).toContain('is damaged or not an archive');
    const badExt = out();
    expect(await runRecordCli(['minutes', '--data', dataDir, '--out', join(work, 'bien-ban.txt')], badExt)).toBe(2);
    expect(badExt.lines.join('\n')).toContain('.pdf, .docx, .json');
    const noData = out();
    expect(await runRecordCli(['export', '--out', work], noData)).toBe(2);
    expect(noData.lines).toEqual(['Thiếu --data <thư mục dữ liệu của máy chủ phòng họp>.', 'Missing --data <the relay’s data folder>.']);
  }, 60_000);

  it('npm run record -- verify passes, then names the entry after one byte of the log is changed', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/record/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
    const good = run('verify', '--data', dataDir);
    expect(good.stdout, good.stderr).toContain('nhật ký toàn vẹn');
    expect(good.status).toBe(0);
    const dbFile = join(dataDir, 'commands', `${fx.pkg.meeting.id}.db`);
    const db = new Database(dbFile);
    const row = db.prepare("SELECT seq, body FROM record_log WHERE body LIKE '%Đi công tác%'").get() as { seq: number; body: string };
    db.prepare('UPDATE record_log SET body = ? WHERE seq = ?').run(row.body.replace('Đi công tác', 'Đi công tãc'), row.seq);
    db.close();
    const broken = run('verify', '--data', dataDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`Bản ghi #${row.seq} đã bị sửa`);
    expect(broken.stdout).toContain(`Entry #${row.seq} was edited`);
    const missing = run('verify', '--data', join(dataDir, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy thư mục dữ liệu');
    expect(missing.stderr).toContain('Data folder');
    const notRelay = run('minutes', '--data', work, '--out', join(work, 'x.pdf'));
    expect(notRelay.status).toBe(2);
    expect(notRelay.stderr).toContain('không phải thư mục dữ liệu của máy chủ phòng họp');
  }, 180_000); // four CLI processes, each starting tsx: slow on a loaded 2-core machine
});
