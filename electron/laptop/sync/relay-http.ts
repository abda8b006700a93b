import type { AppError, Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { LaptopIdentity, LoginResponse } from '../../../shared/relay-protocol/types';
import { isCertificateRefusal } from './tls-errors';

/** Small HTTP helpers for talking to the relay (Node's fetch). Network failures become `offline` errors. */
export type FetchLike = typeof fetch;

export const wsBase = (relayUrl: string): string => relayUrl.replace(/\/+$/, '').replace(/^http/, 'ws');
export const httpBase = (relayUrl: string): string => relayUrl.replace(/\/+$/, '');

/** A failed request: a refused certificate is a warning of its own, anything else means the relay is out of reach. */
export const requestFailure = (relayUrl: string, e: unknown): { ok: false; error: AppError } =>
  isCertificateRefusal(e)
    ? fail('forbidden', 'error.sync.certificateChanged', { relay: httpBase(relayUrl) })
    : fail('offline', 'error.sync.unreachable');

async function errorFrom(res: Response): Promise<{ ok: false; error: AppError }> {
  try {
    const body = (await res.json()) as { ok?: false; error?: AppError };
    if (body?.error?.code && body.error.message) return { ok: false, error: body.error };
  } catch {
    // fall through to a generic error
  }
  return fail(
    res.status === 401 ? 'unauthenticated' : 'internal',
    'error.sync.relayStatus',
    { status: res.status },
    { status: res.status },
  );
}

export async function relayLogin(
  fetchImpl: FetchLike,
  relayUrl: string,
  username: string,
  password: string,
  /** This laptop (connection/laptop-identity.ts), so the relay can account for confidential copies per laptop. */
  laptop: LaptopIdentity | null = null,
): Promise<Result<LoginResponse> & { status?: number }> {
  let res: Response;
  try {
    res = await fetchImpl(`${httpBase(relayUrl)}/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(laptop ? { username, password, laptop } : { username, password }),
    });
  } catch (e) {
    return requestFailure(relayUrl, e);
  }
  if (res.status === 200) return ok((await res.json()) as LoginResponse);
  return { ...(await errorFrom(res)), status: res.status };
}

export async function relayGetJson<T>(
  fetchImpl: FetchLike,
  relayUrl: string,
  path: string,
  token: string,
  etag?: string | null,
): Promise<Result<{ value: T | null; etag: string | null; notModified: boolean }>> {
  let res: Response;
  try {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (etag) headers['If-None-Match'] = etag;
    res = await fetchImpl(`${httpBase(relayUrl)}${path}`, { headers });
  } catch (e) {
    return requestFailure(relayUrl, e);
  }
  if (res.status === 304) return ok({ value: null, etag: etag ?? null, notModified: true });
  if (res.status === 200) return ok({ value: (await res.json()) as T, etag: res.headers.get('etag'), notModified: false });
  return errorFrom(res);
}

export async function relayPostJson<T>(
  fetchImpl: FetchLike,
  relayUrl: string,
  path: string,
  token: string,
  body: unknown,
): Promise<Result<T>> {
  let res: Response;
  try {
    res = await fetchImpl(`${httpBase(relayUrl)}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    return requestFailure(relayUrl, e);
  }
  if (res.status !== 200) return errorFrom(res);
  const answer: unknown = await res.json().catch(() => undefined);
  return answer === undefined ? fail('internal', 'error.sync.relayStatus', { status: 200 }, { status: 200 }) : ok(answer as T);
}
