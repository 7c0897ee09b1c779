/**
 * The crash subject for the settings store (preferences, recent files, window state): after every
 * kill the store opens without being set aside as damaged, and its newest recent file is the last
 * version written or the one being written.
 */
import Conf from 'conf';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openKeyValueStore } from '../../../electron/services/key-value-store';
import { createSettingsService } from '../../../electron/services/settings';
import { CONF_TEMP, SETTINGS, versionOfRecent } from './settings-names';
import type { CrashSubject, DiskState, TempFile } from './subject';

const subject: CrashSubject = {
  name: 'settings store (conf behind openKeyValueStore)',
  childModule: fileURLToPath(new URL('./settings-child.ts', import.meta.url)),
  setup: () => Promise.resolve([]),
  async inspect(folder): Promise<DiskState> {
    const problems: string[] = [];
    const temps: TempFile[] = [];
    for (const name of await readdir(folder)) {
      if (name === SETTINGS) continue;
      if (CONF_TEMP.test(name)) temps.push({ name, role: 'document' });
      else problems.push(`unexpected file in the folder: ${name}`);
    }
    const text = await readFile(join(folder, SETTINGS), 'utf8').catch(() => null);
    if (text === null) return { document: null, temps, problems };
    try {
      JSON.parse(text);
    } catch {
      problems.push(`${SETTINGS} is not complete JSON`);
      return { document: null, temps, problems };
    }
    // Read as the app reads it; a store set aside as damaged would be a failure.
    const opened = openKeyValueStore(
      () => new Conf<Record<string, unknown>>({ cwd: folder, configName: 'settings', clearInvalidConfig: false }),
      join(folder, SETTINGS),
    );
    problems.push(...opened.warnings);
    const newest = createSettingsService(opened.store).recent()[0];
    return { document: newest === undefined ? null : versionOfRecent(newest.path), temps, problems };
  },
};

export default subject;
