import type { Result } from '../util/result';
import { BODIES_CHANNELS, type BodiesContract } from './slices/bodies';
import type { CoreContract, CoreEvents } from './slices/core';
import { ACCOUNTS_CHANNELS, type AccountsContract } from './slices/accounts';
import { DISCOVERY_CHANNELS, type DiscoveryContract } from './slices/discovery';
import { RECORD_CHANNELS, type RecordContract } from './slices/record';
import { LIVE_CHANNELS, LIVE_EVENTS, type LiveContract, type LiveEvents } from './slices/live';
import { PROJECTOR_CHANNELS, PROJECTOR_EVENTS, type ProjectorContract, type ProjectorEvents } from './slices/projector';
import { VIEWER_CHANNELS, VIEWER_EVENTS, type ViewerContract, type ViewerEvents } from './slices/viewer';

/**
 * The one API contract between the renderer and the local services. Electron's preload and the
 * browser-mode WebSocket client both implement `Api`; main-side handler maps `satisfies Handlers`.
 * Each subsystem adds its slice in ./slices and intersects it here.
 */
export type ApiContract = CoreContract &
  ViewerContract &
  LiveContract &
  DiscoveryContract &
  BodiesContract &
  RecordContract &
  AccountsContract &
  ProjectorContract;
export type ApiEvents = CoreEvents & ViewerEvents & LiveEvents & ProjectorEvents;

export type Channel = keyof ApiContract & string;
export type Req<C extends Channel> = ApiContract[C]['req'];
export type Res<C extends Channel> = ApiContract[C]['res'];
export type EventName = keyof ApiEvents & string;

/** What the renderer sees: `window.phg` in Electron, a WebSocket client in a browser. */
export type Api = {
  invoke<C extends Channel>(channel: C, ...req: Req<C> extends void ? [] : [Req<C>]): Promise<Result<Res<C>>>;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
};

/** Runtime list of channels: the preload and the WebSocket host refuse anything else. */
export const CHANNELS = [
  'app:info',
  'auth:login',
  'auth:resume',
  'auth:logout',
  'auth:me',
  'meetings:list',
  'meetings:get',
  'meetings:create',
  'meetings:update',
  'meetings:publish',
  'agenda:add',
  'agenda:update',
  'agenda:remove',
  'agenda:move',
  'documents:import',
  'documents:add-version',
  'documents:update',
  'documents:remove',
  'documents:read',
  'roster:list',
  'roster:upsert',
  'roster:remove',
  'roster:set-password',
  'roster:import-csv',
  ...VIEWER_CHANNELS,
  ...LIVE_CHANNELS,
  ...DISCOVERY_CHANNELS,
  ...BODIES_CHANNELS,
  ...RECORD_CHANNELS,
  ...ACCOUNTS_CHANNELS,
  ...PROJECTOR_CHANNELS,
] as const satisfies readonly Channel[];

// Compile-time proof that CHANNELS lists every channel of the contract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allChannelsListed: [Missing] extends [never] ? true : Missing = true;
void _allChannelsListed;

export const EVENTS = [
  'documents:import-progress',
  'meetings:changed',
  ...VIEWER_EVENTS,
  ...LIVE_EVENTS,
  ...PROJECTOR_EVENTS,
] as const satisfies readonly EventName[];

export const isChannel = (s: unknown): s is Channel => typeof s === 'string' && (CHANNELS as readonly string[]).includes(s);
