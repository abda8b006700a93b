import type { Handlers, Services } from '../context';
import { accountHandlers } from './accounts';
import { agendaHandlers } from './agenda';
import { annotationHandlers } from './annotations';
import { appHandlers } from './app';
import { discoveryHandlers } from './discovery';
import { authHandlers } from './auth';
import { bodyHandlers } from './bodies';
import { documentHandlers } from './documents';
import { liveHandlers, relayHandlers } from './live';
import { meetingHandlers } from './meetings';
import { projectorHandlers } from './projector';
import { recordHandlers } from './record';
import { rosterHandlers } from './roster';
import { searchHandlers } from './search';
import { viewerHandlers } from './viewer';
import { ydocHandlers } from './ydoc';

/** Every channel of the contract, one domain module each. A missing channel is a compile error. */
export function createHandlers(svc: Services): Handlers {
  return {
    ...appHandlers(svc),
    ...authHandlers(svc),
    ...meetingHandlers(svc),
    ...agendaHandlers(svc),
    ...documentHandlers(svc),
    ...rosterHandlers(svc),
    ...searchHandlers(svc),
    ...viewerHandlers(svc),
    ...ydocHandlers(svc),
    ...annotationHandlers(svc),
    ...relayHandlers(svc),
    ...liveHandlers(svc),
    ...bodyHandlers(svc),
    ...discoveryHandlers(svc),
    ...recordHandlers(svc),
    ...accountHandlers(svc),
    ...projectorHandlers(svc),
  } satisfies Handlers;
}
