/**
 * The crash subject for autosave: the recovery store writing a session's unsaved plan (about
 * 512 kB) every few seconds. After every kill the next run of the app lists the session and
 * restores a complete plan: the last version written or the one being written.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTempName } from '../../../electron/services/files';
import { createRecoveryStore } from '../../../electron/services/recovery-store';
import { largePlan } from '../support/fixtures';
import { RECOVERY_FILE, SESSION } from './autosave-names';
import type { CrashSubject, DiskState, TempFile } from './subject';

const subject: CrashSubject = {
  name: 'autosave (recovery store)',
  childModule: fileURLToPath(new URL('./autosave-child.ts', import.meta.url)),
  async setup(workDir) {
    const input = join(workDir, 'autosave-plan.json');
    await writeFile(input, JSON.stringify(largePlan(512 * 1024)));
    return [input];
  },
  async inspect(folder): Promise<DiskState> {
    const problems: string[] = [];
    const temps: TempFile[] = [];
    const names = await readdir(folder);
    for (const name of names) {
      if (name === RECOVERY_FILE) continue;
      if (parseTempName(name)?.target === RECOVERY_FILE) temps.push({ name, role: 'document' });
      else problems.push(`unexpected file in the folder: ${name}`);
    }
    if (!names.includes(RECOVERY_FILE)) return { document: null, temps, problems };
    // The next run of the app: it offers the session and restores it.
    const nextRun = createRecoveryStore({ dir: folder, instanceId: 'next-run' });
    const offered = (await nextRun.list()).map((e) => e.id);
    if (!offered.includes(SESSION)) problems.push('the autosave is not offered after the crash');
    try {
      const { plan } = await nextRun.restore(SESSION);
      const match = /^crash-(\d{9})$/u.exec(plan.id);
      if (match === null) problems.push(`the restored plan has an unexpected id ${plan.id}`);
      return { document: match === null ? null : Number(match[1]), temps, problems };
    } catch (error) {
      problems.push(`the autosave does not restore: ${error instanceof Error ? error.message : String(error)}`);
      return { document: null, temps, problems };
    }
  },
};

export default subject;
