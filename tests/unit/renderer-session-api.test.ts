import { describe, expect, it } from 'vitest';
import type { Api, Channel } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/util/result';
import { withSessionRecovery } from '../../renderer/app/session-api';

/** A stand-in for the local service: a session bound to the connection, lost when it "reconnects". */
function fakeService(validToken: string) {
  let signedIn = false;
  const calls: string[] = [];
  const api: Api = {
    invoke: (async (channel: Channel, req?: { token?: string }): Promise<Result<unknown>> => {
      calls.push(channel);
      if (channel === 'auth:resume') {
        signedIn = req?.token === validToken;
        return signedIn ? ok({ token: validToken }) : err('unauthenticated', 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
      }
      return signedIn ? ok([]) : err('unauthenticated', 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    }) as Api['invoke'],
    on: () => () => {},
  };
  return { api, calls, reconnect: () => void (signedIn = false) };
}

describe('session recovery', () => {
  it('resumes once with the stored token after the connection lost its session, then retries', async () => {
    const svc = fakeService('tok');
    let expired = 0;
    const api = withSessionRecovery(svc.api, { get: () => 'tok' }, () => expired++);
    svc.reconnect();
    const r = await api.invoke('meetings:list');
    expect(r.ok).toBe(true);
    expect(svc.calls).toEqual(['meetings:list', 'auth:resume', 'meetings:list']);
    expect(expired).toBe(0);
  });

  it('reports expiry when the token is no longer valid (services restarted)', async () => {
    const svc = fakeService('new-token');
    let expired = 0;
    const api = withSessionRecovery(svc.api, { get: () => 'old-token' }, () => expired++);
    const r = await api.invoke('meetings:list');
    expect(r.ok).toBe(false);
    expect(expired).toBe(1);
  });

  it('never loops on auth channels and does nothing without a token', async () => {
    const svc = fakeService('tok');
    let expired = 0;
    const noToken = withSessionRecovery(svc.api, { get: () => null }, () => expired++);
    expect((await noToken.invoke('meetings:list')).ok).toBe(false);
    expect((await noToken.invoke('auth:me')).ok).toBe(false);
    expect(svc.calls).toEqual(['meetings:list', 'auth:me']);
    expect(expired).toBe(0);
  });
});
