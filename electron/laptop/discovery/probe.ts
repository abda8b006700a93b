import type { MeetingId } from '../../../shared/model/ids';
import type { HealthResponse } from '../../../shared/relay-protocol/types';
import { fail, ok, type Result } from '../../../shared/util/result';
import { normalizeRelayUrl } from '../connection/relay-url';

/** A typed relay address is checked before anyone signs in with it: each failure has its own message. */
export const PROBE_TIMEOUT_MS = 4000;

const isHealth = (v: unknown): v is HealthResponse =>
  !!v &&
  typeof v === 'object' &&
  (v as HealthResponse).ok === true &&
  typeof (v as HealthResponse).rooms === 'number' &&
  typeof (v as HealthResponse).connections === 'number';

export async function probeRelay(fetchImpl: typeof fetch, input: unknown): Promise<Result<{ relayUrl: string; meetingId: MeetingId }>> {
  const norm = normalizeRelayUrl(input);
  if (!norm.ok) return norm;
  const url = norm.value;
  let res: Response;
  try {
    res = await fetchImpl(`${url}/api/health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  } catch {
    return fail('offline', 'error.discovery.unreachable', { url }, { field: 'relayUrl' });
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: not a relay
  }
  if (res.status !== 200 || !isHealth(body)) return fail('not_found', 'error.discovery.notRelay', { url }, { field: 'relayUrl' });
  if (!body.meetingId) return fail('not_found', 'error.discovery.noMeeting', { url }, { field: 'relayUrl' });
  return ok({ relayUrl: url, meetingId: body.meetingId });
}
