import type { Api, Channel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/util/result';

export type TokenSource = { get(): string | null };

/**
 * A session lives on the service side of one connection. When the connection is replaced (the local
 * service restarted, the socket reconnected) calls come back `unauthenticated`: resume with the stored
 * token once and retry, and only when that fails tell the app the session is gone.
 */
export function withSessionRecovery(api: Api, tokens: TokenSource, onExpired: () => void): Api {
  const call = api.invoke as (channel: Channel, req?: unknown) => Promise<Result<unknown>>;
  let resuming: Promise<boolean> | null = null;
  const resume = (token: string): Promise<boolean> => {
    resuming ??= call('auth:resume', { token })
      .then((r) => r.ok)
      .finally(() => (resuming = null));
    return resuming;
  };
  const invoke = async (channel: Channel, ...req: unknown[]): Promise<Result<unknown>> => {
    const first = await call(channel, ...req);
    if (first.ok || first.error.code !== 'unauthenticated' || channel.startsWith('auth:')) return first;
    const token = tokens.get();
    if (!token) return first;
    if (!(await resume(token))) {
      onExpired();
      return first;
    }
    return call(channel, ...req);
  };
  return {
    invoke: invoke as Api['invoke'],
    on: api.on.bind(api),
  };
}
