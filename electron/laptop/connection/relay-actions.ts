import type { RecallStarted } from '../../../shared/meeting-live/recall';
import type { ProjectorSessionResponse } from '../../../shared/relay-protocol/types';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { FetchLike } from '../sync/relay-http';
import { relayPostJson } from '../sync/relay-http';

/*
 * One-off requests a signed-in person makes to the relay through their link (connection.relayRequest supplies
 * the pinned transport and the session token): a big-screen code, an early recall of confidential documents.
 */

export type RelayRequest<T> = (fetchImpl: FetchLike, relayUrl: string, token: string) => Promise<Result<T>>;

/** POST with the session token (relayPostJson); `pick` checks the answer's shape. */
async function post<T>(
  fetchImpl: FetchLike,
  relayUrl: string,
  path: string,
  token: string,
  pick: (body: unknown) => { value: T } | null,
): Promise<Result<T>> {
  const r = await relayPostJson<unknown>(fetchImpl, relayUrl, path, token, {});
  if (!r.ok) return r;
  const picked = pick(r.value);
  return picked ? ok(picked.value) : fail('internal', 'error.sync.relayStatus', { status: 200 }, { status: 200 });
}

/** POST /api/projector-session: a code for the big screen (chair or secretary). */
export const requestProjectorCode: RelayRequest<ProjectorSessionResponse> = (fetchImpl, relayUrl, token) =>
  post(fetchImpl, relayUrl, '/api/projector-session', token, (b) => {
    const v = b as Partial<ProjectorSessionResponse> | null;
    return v && typeof v.code === 'string' && typeof v.expiresMs === 'number' ? { value: { code: v.code, expiresMs: v.expiresMs } } : null;
  });

/** POST /api/recall: the secretariat recalls the confidential documents before (or without) the close. */
export const requestRecall: RelayRequest<RecallStarted | null> = (fetchImpl, relayUrl, token) =>
  post(fetchImpl, relayUrl, '/api/recall', token, (b) => {
    const v = b as { ok?: boolean; recall?: RecallStarted } | null;
    return v?.ok === true ? { value: v.recall ?? null } : null;
  });
