/**
 * The app's lifecycle: one instance; a window per plan it is asked to open (command line,
 * double-click, a second launch, macOS open-file); quitting goes through each window's own close,
 * so every page settles its unsaved work first. Started with --cli, it is the command line instead.
 */
import { app, dialog, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/host-handlers';
import { readUpdateServer } from '../services/update-server';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { openAppServices } from './app-services';
import { utilityReader } from './utility-job-process';
import { createAppWindows, type AppWindows } from './app-windows';
import { cliArguments, runCommandLine } from './cli-mode';
import { chooseOpenPlan, createElectronHost } from './electron-host';
import { registerIpc } from './ipc';
import { plansFromArgv, plansFromSecondLaunch, type LaunchData } from './launch-paths';
import { installMenu, type MenuActions } from './menu';
import { APP_ID, PRODUCT_NAME } from './product';
import { installSecurity } from './security';
import { watchForUpdates } from './updates';
import { createAppWindow, rememberWindow } from './window';

// This bundle is out/main/index.js; the preload and the renderer are built beside it.
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
/** The isolation process that parses received files (electron/isolation/job-main.ts). */
const JOB_ENTRY = fileURLToPath(new URL('./job-main.js', import.meta.url));
const DEV = !app.isPackaged;

function logError(channel: string, error: unknown): void {
  process.stderr.write(`[kehoach] ${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

function ready(): AppWindows {
  installSecurity(session.defaultSession, { devTools: DEV });
  serveAppProtocol(RENDERER_DIR);
  const services = openAppServices({
    userDataDir: app.getPath('userData'),
    received: utilityReader(JOB_ENTRY, {
      keepSpare: true,
      logError: (detail) => {
        logError('bộ đọc tệp', detail);
      },
    }),
    env: process.env,
    onRecentChanged: () => {
      refreshMenu();
    },
  });
  const chosen = (path: string): void => {
    services.grants.offer(path);
  };
  const windows = createAppWindows({
    create: (beside) => createAppWindow({ settings: services.settings, preloadPath: PRELOAD_PATH, devTools: DEV }, beside),
    remember: (window) => {
      rememberWindow(window, services.settings);
    },
    chosen,
  });
  const host = createElectronHost({ windows, documentsDir: () => app.getPath('documents') });
  registerIpc(createDispatch(createHandlers(services, host), { logError }), windows, chosen);

  const actions: MenuActions = {
    command(base, command) {
      const window = windows.fromBase(base);
      if (window !== null) windows.send(window, 'menu.command', command);
      // macOS keeps the menu with no window open: only these make sense then.
      else if (command === 'new') windows.open(null);
      else if (command === 'open') {
        void chooseOpenPlan(null).then((path) => {
          if (path !== null) windows.open(path);
        });
      }
    },
    openRecent(base, path) {
      chosen(path);
      const window = windows.fromBase(base);
      if (window === null) windows.open(path);
      else windows.send(window, 'app.openPath', { path });
    },
  };
  function refreshMenu(): void {
    installMenu({ platform: process.platform, devTools: DEV, recent: services.settings.recent(), actions });
  }
  refreshMenu();
  return windows;
}

/** Updates, where the machine names the office's update server and the app is installed. */
async function startUpdates(): Promise<void> {
  const server = await readUpdateServer(process.platform, process.env);
  if (server.problem !== null) logError('cập nhật', server.problem);
  if (server.url === null || !app.isPackaged) return;
  const { autoUpdater } = await import('electron-updater');
  watchForUpdates(autoUpdater, {
    url: server.url,
    log: (message) => {
      logError('cập nhật', message);
    },
    askToRestart: async (version) => {
      const { response } = await dialog.showMessageBox({
        type: 'info',
        title: PRODUCT_NAME,
        message: `Đã tải về phiên bản ${version} của ${PRODUCT_NAME}.`,
        detail: 'Khởi động lại để cập nhật ngay, hoặc để sau: bản mới sẽ được cài khi đóng ứng dụng.',
        buttons: ['Khởi động lại ngay', 'Để sau'],
        defaultId: 0,
        cancelId: 1,
      });
      return response === 0;
    },
  });
}

function start(launchPlans: readonly string[]): void {
  let windows: AppWindows | null = null;
  const waiting = [...launchPlans];
  const openPlan = (path: string): void => {
    if (windows === null) waiting.push(path);
    else windows.openFromSystem(path);
  };
  // macOS hands files over as events, the first ones before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPlan(path);
  });
  app.on('second-instance', (_event, argv, cwd, data) => {
    const plans = plansFromSecondLaunch(data, argv, cwd);
    if (plans.length === 0) windows?.focusAny();
    for (const plan of plans) openPlan(plan);
  });

  // Electron cancels a quit when a window refuses to close; each page then closes its window
  // itself once its work is settled, and the last one to go ends the app.
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (quitting || process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows !== null && windows.count() === 0) windows.open(null);
  });

  app
    .whenReady()
    .then(() => {
      const opened = ready();
      windows = opened;
      if (waiting.length === 0) opened.open(null);
      for (const plan of waiting.splice(0)) opened.openFromSystem(plan);
      void startUpdates();
    })
    .catch((error: unknown) => {
      logError('khởi động', error);
      dialog.showErrorBox(`Không khởi động được ${PRODUCT_NAME}`, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

const commandLine = cliArguments(process.argv.slice(1));
if (commandLine !== null) {
  void runCommandLine(commandLine, JOB_ENTRY);
} else {
  registerAppScheme();
  // Windows groups the taskbar and the installer's shortcuts by this id.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const launchPlans = plansFromArgv(process.argv.slice(1), process.cwd());
  if (app.requestSingleInstanceLock({ plans: launchPlans } satisfies LaunchData)) start(launchPlans);
  else app.quit();
}
