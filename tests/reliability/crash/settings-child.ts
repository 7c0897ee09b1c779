/**
 * The child half of the settings-store crash subject: the store opened as the harness opens it
 * (conf with `clearInvalidConfig: false`, wrapped by openKeyValueStore), each version a file added
 * to the recent list with the preferences written beside it.
 */
import Conf from 'conf';
import { join } from 'node:path';
import { openKeyValueStore } from '../../../electron/services/key-value-store';
import { createSettingsService } from '../../../electron/services/settings';
import { recentPath, SETTINGS } from './settings-names';
import type { OpenWriter } from './subject';

const open: OpenWriter = (folder) => {
  const { store } = openKeyValueStore(
    () => new Conf<Record<string, unknown>>({ cwd: folder, configName: 'settings', clearInvalidConfig: false }),
    join(folder, SETTINGS),
  );
  const settings = createSettingsService(store);
  const when = new Date('2026-11-23T08:00:00Z');
  return Promise.resolve((version) => {
    settings.addRecent(recentPath(version), `Kế hoạch ${String(version)}`, when);
    settings.setPreferences({ spellCheck: version % 2 === 0, userWords: ['thuỷ', 'hoà'], autosaveSeconds: 5, authorName: '' });
    return Promise.resolve();
  });
};

export default open;
