import { createContext, useContext, type ReactNode } from 'react';
import type { User } from '../../shared/model/types';

const SessionUserContext = createContext<User | null>(null);

/**
 * The signed-in user, known synchronously below it (no `auth:me` round trip): the viewer shows a reader's
 * own reopen picture in its very first frame. Provided by App around the signed-in screens.
 */
export function SessionUserProvider({ user, children }: { user: User; children: ReactNode }) {
  return <SessionUserContext.Provider value={user}>{children}</SessionUserContext.Provider>;
}

/** The signed-in user, or null outside a signed-in session (the caller then asks `auth:me`). */
export function useSessionUser(): User | null {
  return useContext(SessionUserContext);
}
