import { describe, expect, it } from 'vitest';
import type { Api, Channel } from '../../shared/ipc/contract';
import { appError, fail, ok, type Result } from '../../shared/util/result';
import type { RelayStatus } from '../../shared/ipc/slices/live';
import { connectionBadge } from '../../renderer/features/connection/connection-view';
import { certificatePrompt, signInThroughRelay, type CertificatePrompt } from '../../renderer/features/connection/relay-login';

const URL_ = 'https://192.168.1.10:4455';
const FP = 'AB:CD:'.repeat(15) + 'AB:CD';
const unconfirmed = () =>
  fail(
    'forbidden',
    'error.sync.certificateUnconfirmed',
    { relay: URL_, code: 'ABCD-ABCD', fingerprint: FP },
    { fingerprint: FP, code: 'ABCD-ABCD' },
  );
const changed = () =>
  fail(
    'forbidden',
    'error.sync.certificateChanged',
    { relay: URL_ },
    { changed: true, fingerprint: FP, code: 'ABCD-ABCD', previousCode: '1234-5678' },
  );

/** The services' answers to relay:login in order, and every call the sign-in made. */
function scripted(logins: Result<unknown>[]) {
  const calls: [Channel, unknown][] = [];
  const api: Api = {
    invoke: (async (channel: Channel, req?: unknown): Promise<Result<unknown>> => {
      calls.push([channel, req]);
      if (channel === 'relay:login') return logins.shift() ?? fail('internal', 'error.sync.certificateUnreadable');
      if (channel === 'relay:confirm-certificate') return ok({ fingerprint: FP, code: 'ABCD-ABCD' });
      return fail('internal', 'error.sync.certificateUnreadable');
    }) as Api['invoke'],
    on: () => () => {},
  };
  return { api, calls };
}

const tokens = () => {
  const t = { value: null as string | null, set: (v: string | null) => void (t.value = v) };
  return t;
};

describe('the relay certificate question at sign-in', () => {
  it('asks on first sign-in and on a changed certificate (as a warning), never for other refusals', () => {
    expect(certificatePrompt(unconfirmed().error, URL_)).toEqual({
      relayUrl: URL_,
      code: 'ABCD-ABCD',
      fingerprint: FP,
      changed: false,
      previousCode: null,
    });
    expect(certificatePrompt(changed().error, URL_)).toEqual({
      relayUrl: URL_,
      code: 'ABCD-ABCD',
      fingerprint: FP,
      changed: true,
      previousCode: '1234-5678',
    });
    // The link's own warning (no certificate presented in it) and other errors are shown, not asked about.
    expect(certificatePrompt(appError('forbidden', 'error.sync.certificateChanged', { relay: URL_ }), URL_)).toBeNull();
    expect(certificatePrompt(appError('unauthenticated', 'error.sync.badLogin'), URL_)).toBeNull();
  });

  it('pins the fingerprint shown and signs in again once trusted', async () => {
    const { api, calls } = scripted([unconfirmed(), ok({ token: 'tok' })]);
    const asked: CertificatePrompt[] = [];
    const t = tokens();
    const failure = await signInThroughRelay(api, URL_, 'd1', 'pw', t, (p) => (asked.push(p), true));
    expect(failure).toBeNull();
    expect(asked.map((p) => p.code)).toEqual(['ABCD-ABCD']);
    expect(calls.map(([c]) => c)).toEqual(['relay:login', 'relay:confirm-certificate', 'relay:login']);
    expect(calls[1]![1]).toEqual({ relayUrl: URL_, fingerprint: FP });
    expect(t.value).toBe('tok');
  });

  it('declined: a first certificate is "not trusted" at the address field; a changed one keeps its warning', async () => {
    const first = scripted([unconfirmed()]);
    const f1 = await signInThroughRelay(first.api, URL_, 'd1', 'pw', tokens(), () => false);
    expect(f1).toMatchObject({ key: 'cert.notTrusted', params: { relay: URL_ }, detail: { field: 'relayUrl' } });
    expect(first.calls.map(([c]) => c)).toEqual(['relay:login']);

    const second = scripted([changed()]);
    const f2 = await signInThroughRelay(second.api, URL_, 'd1', 'pw', tokens(), async () => false);
    expect(f2).toMatchObject({ key: 'error.sync.certificateChanged', detail: { changed: true } });
    expect(second.calls.map(([c]) => c)).toEqual(['relay:login']);
  });
});

describe('the connection badge', () => {
  const status = (message: RelayStatus['message']): RelayStatus => ({
    state: 'auth_failed',
    relayUrl: URL_,
    message,
    download: null,
    linkOwner: 'self',
    hosting: null,
  });
  it('says the certificate changed rather than "wrong sign-in" when the relay presents another one', () => {
    expect(connectionBadge(status(changed().error)).key).toBe('conn.certificateChanged');
    expect(connectionBadge(status(appError('unauthenticated', 'error.sync.badLogin'))).key).toBe('conn.authFailed');
  });
});
