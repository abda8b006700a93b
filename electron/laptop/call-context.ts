import type { ApiEvents, EventName } from '../../shared/ipc/contract';
import type { Session } from '../../shared/model/types';

/** Per-caller state: one per Electron window or per browser WebSocket connection. */
export type CallContext = {
  session: Session | null;
  setSession(session: Session | null): void;
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
};
