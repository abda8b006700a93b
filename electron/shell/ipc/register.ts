import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { Session } from '../../../shared/model/types';
import { fail } from '../../../shared/util/result';
import type { AppServices } from '../../laptop/create-services';
import type { CallContext } from '../../laptop/context';
import { isAppUrl } from '../security';

/**
 * Registers one ipcMain handler per contract channel. Every call checks that it comes from our own
 * renderer (not a navigated or injected frame) and runs with that window's session.
 */
export function registerIpc(app: AppServices): () => void {
  const contexts = new Map<number, CallContext>();
  const contextFor = (wc: WebContents): CallContext => {
    let ctx = contexts.get(wc.id);
    if (!ctx) {
      let session: Session | null = null;
      ctx = {
        get session() {
          return session;
        },
        setSession: (s) => void (session = s),
        emit: (event, payload) => {
          if (!wc.isDestroyed()) wc.send('phg:event', event, payload);
        },
        // Decided by the services (viewer:protection: a confidential document is open in this window).
        setContentProtection: (on) => {
          if (!wc.isDestroyed()) BrowserWindow.fromWebContents(wc)?.setContentProtection(on);
        },
      };
      contexts.set(wc.id, ctx);
      wc.once('destroyed', () => contexts.delete(wc.id));
    }
    return ctx;
  };

  const trusted = (e: IpcMainInvokeEvent) => Boolean(e.senderFrame && isAppUrl(e.senderFrame.url) && e.senderFrame === e.sender.mainFrame);

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, req: unknown) => {
      if (!trusted(event)) return fail('forbidden', 'error.untrustedSender');
      return app.dispatch(contextFor(event.sender), channel, req);
    });
  }
  return () => CHANNELS.forEach((c) => ipcMain.removeHandler(c));
}
