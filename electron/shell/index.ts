/**
 * Electron main entry: a short, ordered boot chain. All behaviour lives in services that also run under
 * plain Node (browser mode, tests); this file only wires them to a window.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { registerIpc } from './ipc/register';
import { registerAppScheme, serveRenderer } from './protocol';
import { installSecurity } from './security';
import { translate } from '../../shared/i18n';
import { DataDirInUse } from '../common/data-lock';
import { createServices, type AppServices } from '../laptop/create-services';
import { loadDemoMeeting } from '../laptop/seed-demo';
import { createMainWindow, preloadPathFrom } from './window';

// 1. one instance per user profile: two would fight over the SQLite file
if (!app.requestSingleInstanceLock()) app.exit(0);

// 2. security and the app:// scheme, before anything can load
installSecurity();
registerAppScheme();

app.whenReady().then(async () => {
  // 3. data: one folder per laptop profile (PHG_DATA_DIR lets tests run several)
  const dataDir = process.env.PHG_DATA_DIR ?? join(app.getPath('userData'), 'data');
  const root = app.getAppPath();
  let services: AppServices;
  try {
    services = createServices({ dataDir, mode: 'electron', version: app.getVersion() });
  } catch (e) {
    if (!(e instanceof DataDirInUse)) throw e;
    const params = { dir: e.dir, program: e.holder.program, pid: e.holder.pid };
    dialog.showErrorBox(
      translate('vi', 'app.title'),
      `${translate('vi', 'startup.dataDirInUse', params)}\n\n${translate('en', 'startup.dataDirInUse', params)}`,
    );
    app.exit(1);
    return;
  }
  await loadDemoMeeting(services, join(root, 'seeds'));

  // 4. IPC, then the window
  registerIpc(services);
  serveRenderer(join(root, 'dist', 'renderer'));
  let win = createMainWindow(preloadPathFrom(__dirname));

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow(preloadPathFrom(__dirname));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void services.close());
});
