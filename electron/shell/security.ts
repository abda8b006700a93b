import { app, session, shell, type WebContents } from 'electron';
import { APP_CSP } from '../laptop/host/static-files';

/** The renderer's origin: a privileged custom scheme, never file:// (which would grant the whole disk). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;

/** Links a delegate may open in the system browser (legal texts). Everything else is refused. */
const EXTERNAL_ALLOW = [/^https:\/\/(www\.)?thuvienphapluat\.vn\//, /^https:\/\/vanban\.chinhphu\.vn\//];

export const isAppUrl = (url: string): boolean => {
  try {
    return new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
};

function openExternalIfAllowed(url: string): void {
  if (EXTERNAL_ALLOW.some((re) => re.test(url))) void shell.openExternal(url);
}

/** Locks every web contents down: no navigation away, no new windows, no permissions, a strict CSP. */
export function installSecurity(): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) {
        event.preventDefault();
        openExternalIfAllowed(url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    // PDF link annotations and target=_blank end up here too.
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfAllowed(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
    });
  });
}
