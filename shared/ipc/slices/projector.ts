import type { MeetingLiveView } from '../../meeting-live/live-state';
import type { AppError } from '../../util/result';

/*
 * The big screen (issue 13): the chair or the secretariat gets a code from the relay; the projector's laptop
 * connects with it, without anyone signing in, and shows the public live view only.
 */

export type ProjectorState = {
  /** idle: not connected; connecting / online / offline (retrying); refused: the code is wrong or expired. */
  state: 'idle' | 'connecting' | 'online' | 'offline' | 'refused';
  relayUrl: string | null;
  error: AppError | null;
  view: MeetingLiveView | null;
};

export type ProjectorContract = {
  /** Chair or secretariat, signed in through the relay: a code for the big screen (valid 12 h). */
  'projector:issue': { req: void; res: { code: string; expiresMs: number } };
  /** On the projector's laptop, nobody signed in: watch the meeting with the code. */
  'projector:connect': { req: { relayUrl: string; code: string }; res: ProjectorState };
  'projector:disconnect': { req: void; res: ProjectorState };
  'projector:state': { req: void; res: ProjectorState };
};

export type ProjectorEvents = { 'projector:state': ProjectorState };

export const PROJECTOR_CHANNELS = [
  'projector:issue',
  'projector:connect',
  'projector:disconnect',
  'projector:state',
] as const satisfies readonly (keyof ProjectorContract)[];
export const PROJECTOR_EVENTS = ['projector:state'] as const satisfies readonly (keyof ProjectorEvents)[];
