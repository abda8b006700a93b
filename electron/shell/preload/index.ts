/**
 * The only bridge between the sandboxed renderer and the main process: one typed object, `window.phg`,
 * that can call contract channels and listen to contract events — nothing else (no ipcRenderer leak).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, type Api, type ApiEvents, type EventName } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/util/result';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const api: Api = {
  invoke: ((channel: string, req?: unknown) => {
    if (!channels.has(channel))
      return Promise.resolve(fail('invalid_input', 'error.unknownChannel', { channel: String(channel).slice(0, 64) }));
    return ipcRenderer.invoke(channel, req);
  }) as Api['invoke'],
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
    if (!events.has(event)) return () => {};
    const wrapped = (_e: IpcRendererEvent, name: string, payload: ApiEvents[E]) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('phg:event', wrapped);
    return () => void ipcRenderer.off('phg:event', wrapped);
  },
};

contextBridge.exposeInMainWorld('phg', api);
