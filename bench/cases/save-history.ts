/**
 * `save-history`: a save as the app makes it (the atomic write, then a version recorded in the
 * history beside the file) with 100 versions already in the history (50 named, 50 unnamed, so
 * each save also drops the oldest unnamed one), against the same save with no history yet, in
 * the same run. Each save changes the plan, so a version is written every time.
 */
import { join } from 'node:path';
import { recordVersion } from '../../electron/services/plan-history';
import { savePlanFile } from '../../electron/services/plan-file';
import type { PlanDocument } from '../../shared/model';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

async function save(path: string, plan: PlanDocument, serial: number): Promise<void> {
  const changed = { ...plan, archive: `VT, VP (${String(serial)})` };
  await savePlanFile(path, changed);
  await recordVersion(path, changed, new Date(Date.UTC(2026, 4, 4, 8, 0, serial)));
}

export const saveHistoryCase: BenchCase = {
  name: 'save-history',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const full = join(context.workDir, `history-${String(plan.dataRows)}.kehoach`);
    let serial = 0;
    for (let i = 0; i < 100; i++) {
      const changed = { ...plan.plan, archive: `VT (${String(i)})` };
      await savePlanFile(full, changed);
      await recordVersion(full, changed, new Date(Date.UTC(2026, 4, 1, 0, i)), i % 2 === 0 ? `Dự thảo lần ${String(i / 2 + 1)}` : '');
    }
    const { timing } = await context.time(`save with 100 versions ${plan.size}`, () => save(full, plan.plan, ++serial), FAST);
    // The reference saves over an existing file too (so it also keeps a backup), whose history is empty.
    const fresh = Array.from({ length: FAST.max + 2 }, (_, i) =>
      join(context.workDir, `fresh-${String(plan.dataRows)}-${String(i)}.kehoach`),
    );
    for (const path of fresh) await savePlanFile(path, plan.plan);
    let next = 0;
    const none = await context.time(`save with no history ${plan.size}`, () => save(fresh[next++] ?? full, plan.plan, ++serial), FAST);
    return { timing, reference: { name: 'the same save, no history', timing: none.timing } };
  },
};
