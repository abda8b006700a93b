import { afterEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../shared/model/ids';
import { insertUser } from '../../electron/laptop/db/queries/users';
import { hashPassword } from '../../electron/common/password';
import type { AppServices } from '../../electron/laptop/create-services';
import { newCaller, startServices, tempDir } from '../helpers/services';

const open: AppServices[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function account(app: AppServices, id: string, username: string, systemRole: 'secretariat' | 'member') {
  insertUser(app.services.db, {
    id: id as UserId,
    username,
    fullName: username,
    title: '',
    unit: '',
    systemRole,
    passwordHash: await hashPassword(username),
    createdAt: new Date().toISOString(),
  });
}

describe('the secretariat’s accounts screen', () => {
  it('lists accounts, resets a password, disables and enables an account (its sessions end); others may not', async () => {
    const app = startServices(tempDir());
    open.push(app);
    await account(app, 'sec-1', 'thuky', 'secretariat');
    await account(app, 'd-1', 'daibieu01', 'member');
    const sec = newCaller(app);
    await sec.must('auth:login', { username: 'thuky', password: 'thuky' });
    const delegate = newCaller(app);
    const session = await delegate.must('auth:login', { username: 'daibieu01', password: 'daibieu01' });

    expect((await delegate.call('accounts:list')).ok).toBe(false);
    expect(await delegate.call('accounts:set-disabled', { userId: 'sec-1' as UserId, disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'error.accounts.secretariatOnly' },
    });
    const list = await sec.must('accounts:list');
    expect(list.map((a) => [a.username, a.disabled])).toEqual([
      ['daibieu01', false],
      ['thuky', false],
    ]);

    await sec.must('roster:set-password', { userId: 'd-1' as UserId, password: 'moi-2026' });
    expect((await newCaller(app).call('auth:login', { username: 'daibieu01', password: 'daibieu01' })).ok).toBe(false);

    expect(await sec.must('accounts:set-disabled', { userId: 'd-1' as UserId, disabled: true })).toMatchObject({
      username: 'daibieu01',
      disabled: true,
    });
    expect(await newCaller(app).call('auth:login', { username: 'daibieu01', password: 'moi-2026' })).toMatchObject({
      ok: false,
      error: { key: 'error.accounts.disabled' },
    });
    expect((await newCaller(app).call('auth:resume', { token: session.token })).ok).toBe(false);
    expect(await sec.call('accounts:set-disabled', { userId: 'sec-1' as UserId, disabled: true })).toMatchObject({
      ok: false,
      error: { key: 'error.accounts.notYourself' },
    });

    await sec.must('accounts:set-disabled', { userId: 'd-1' as UserId, disabled: false });
    expect((await newCaller(app).call('auth:login', { username: 'daibieu01', password: 'moi-2026' })).ok).toBe(true);
  });
});
