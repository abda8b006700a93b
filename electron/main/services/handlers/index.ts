import type { Handlers, Services } from '../context';
import { agendaHandlers } from './agenda';
import { appHandlers } from './app';
import { authHandlers } from './auth';
import { documentHandlers } from './documents';
import { meetingHandlers } from './meetings';
import { rosterHandlers } from './roster';

/** Every channel of the contract, one domain module each. A missing channel is a compile error. */
export function createHandlers(svc: Services): Handlers {
  return {
    ...appHandlers(svc),
    ...authHandlers(svc),
    ...meetingHandlers(svc),
    ...agendaHandlers(svc),
    ...documentHandlers(svc),
    ...rosterHandlers(svc),
  } satisfies Handlers;
}
