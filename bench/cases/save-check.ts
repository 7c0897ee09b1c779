/**
 * `save-check`: what a save pays to tell whether someone else changed the file since it was
 * opened (read it back and SHA-256 its bytes; `hash_median_ms`, the hash alone), against the save
 * it guards as the app makes it (the stamped atomic write with its backup, and a version recorded
 * in the history), on the same plan in the same run.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diskStateOf, saveStamp, versionOfBytes } from '../../electron/services/file-version';
import { recordVersion } from '../../electron/services/plan-history';
import { savePlanFile } from '../../electron/services/plan-file';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

export const saveCheckCase: BenchCase = {
  name: 'save-check',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const path = join(context.workDir, `checked-${String(plan.dataRows)}.kehoach`);
    const at = new Date(Date.UTC(2026, 4, 4, 8));
    const version = await savePlanFile(path, plan.plan, saveStamp('bench', at));
    const { timing } = await context.time(
      `check before saving ${plan.size}`,
      async () => {
        if ((await diskStateOf(path, version))?.conflict !== null) throw new Error('the file changed during the check');
      },
      FAST,
    );
    const bytes = await readFile(path);
    const hash = await context.time(`hash ${plan.size}`, () => Promise.resolve(versionOfBytes(bytes, 0)), FAST);
    let serial = 0;
    const save = await context.time(
      `save ${plan.size}`,
      async () => {
        const changed = { ...plan.plan, archive: `VT, VP (${String(++serial)})` };
        await savePlanFile(path, changed, saveStamp('bench', at));
        await recordVersion(path, changed, at);
      },
      FAST,
    );
    return {
      timing,
      metrics: { hash_median_ms: hash.timing.median_ms },
      reference: { name: 'the save it guards (write, backup, history)', timing: save.timing },
      facts: { file_kb: Math.round(version.size / 1024) },
    };
  },
};
