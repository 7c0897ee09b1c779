/**
 * The services behind the app's IPC, over two electron-store files: the app's settings in its
 * userData folder, and the user's agency directory as `agencies.json` in `$KEHOACH_HOME` (default
 * `~/.kehoach-studio`), the very file the command line reads. Autosaves go under userData.
 */
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { basename, dirname, join } from 'node:path';
import { createElectronPrinter } from '../pdf/electron-printer';
import { defaultUserAgenciesPath } from '../services/agency-directory';
import type { HostServices } from '../services/host-handlers';
import { createHostServices } from '../services/host-services';
import type { ReceivedFiles } from '../services/received-files';
import { openKeyValueStore, type KeyValueStore, type OpenedStore } from '../services/key-value-store';

// electron-store answers this channel for stores opened in a renderer; ours has none, and the only
// IPC main serves is the contract's.
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

function openStore(path: string): OpenedStore {
  const create = (): KeyValueStore =>
    new ElectronStore<Record<string, unknown>>({ cwd: dirname(path), name: basename(path, '.json'), clearInvalidConfig: false });
  return openKeyValueStore(create, path);
}

/** The same store, calling `listener` after each write of `key`. */
function onWrite(opened: OpenedStore, key: string, listener: () => void): OpenedStore {
  const { store } = opened;
  return {
    warnings: opened.warnings,
    store: {
      path: store.path,
      get: (k) => store.get(k),
      set(k, value) {
        store.set(k, value);
        if (k === key) listener();
      },
    },
  };
}

export interface AppServiceOptions {
  readonly userDataDir: string;
  /** What parses received files: utility processes (readerJobs). */
  readonly received: ReceivedFiles;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The recent-files list changed (the menu shows it). */
  readonly onRecentChanged: () => void;
}

export function openAppServices({ userDataDir, received, env, onRecentChanged }: AppServiceOptions): HostServices {
  const settings = onWrite(openStore(join(userDataDir, 'settings.json')), 'recent', onRecentChanged);
  const agencies = openStore(defaultUserAgenciesPath(env));
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  const printer = createElectronPrinter();
  return createHostServices({
    received,
    settings,
    agencies,
    recoveryDir: join(userDataDir, 'recovery'),
    printer: () => Promise.resolve(printer),
  });
}
