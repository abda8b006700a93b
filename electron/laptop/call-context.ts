import type { ApiEvents, EventName } from '../../shared/ipc/contract';
import type { Session } from '../../shared/model/types';

/** Per-caller state: one per Electron window or per browser WebSocket connection. */
export type CallContext = {
  session: Session | null;
  setSession(session: Session | null): void;
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  /**
   * Electron only: turns the window's content protection on or off (screen capture shows it black). Called
   * by `viewer:protection` when the window's decision changes; absent in browser mode and in tests.
   */
  setContentProtection?(on: boolean): void;
};
