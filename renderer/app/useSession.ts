import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Api } from '../../shared/ipc/contract';
import type { Session } from '../../shared/model/types';
import type { AppError } from '../../shared/util/result';
import { withSessionRecovery } from './session-api';
import { tokenStore } from './session-store';

export type SessionState = { status: 'resuming' } | { status: 'signedOut'; expired: boolean } | { status: 'signedIn'; session: Session };

export type SessionControl = {
  state: SessionState;
  /** The API with transparent session resume; use this one everywhere. */
  api: Api;
  login(username: string, password: string): Promise<AppError | null>;
  logout(): Promise<void>;
};

export function useSession(rawApi: Api): SessionControl {
  const [state, setState] = useState<SessionState>(() =>
    tokenStore.get() ? { status: 'resuming' } : { status: 'signedOut', expired: false },
  );
  const api = useMemo(
    () =>
      withSessionRecovery(rawApi, tokenStore, () => {
        tokenStore.set(null);
        setState({ status: 'signedOut', expired: true });
      }),
    [rawApi],
  );

  useEffect(() => {
    const token = tokenStore.get();
    if (!token) return;
    let live = true;
    void rawApi.invoke('auth:resume', { token }).then((r) => {
      if (!live) return;
      if (r.ok) setState({ status: 'signedIn', session: r.value });
      else {
        tokenStore.set(null);
        setState({ status: 'signedOut', expired: r.error.code === 'unauthenticated' });
      }
    });
    return () => {
      live = false;
    };
  }, [rawApi]);

  const login = useCallback(
    async (username: string, password: string) => {
      const r = await rawApi.invoke('auth:login', { username, password });
      if (!r.ok) return r.error;
      tokenStore.set(r.value.token);
      setState({ status: 'signedIn', session: r.value });
      return null;
    },
    [rawApi],
  );

  const logout = useCallback(async () => {
    await rawApi.invoke('auth:logout');
    tokenStore.set(null);
    setState({ status: 'signedOut', expired: false });
  }, [rawApi]);

  return { state, api, login, logout };
}
