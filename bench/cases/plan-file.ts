/**
 * `load` and `save` of the `.kehoach` file: read, parse, migrate, validate and normalize; and
 * serialise with the atomic write (temporary file, flush, backup, rename) the app uses.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPlanFile, savePlanFile } from '../../electron/services/plan-file';
import type { BenchPlan } from '../lib/context';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

const fileOf = (plan: BenchPlan, workDir: string): string => join(workDir, `plan-${plan.dataRows}.kehoach`);

export const saveCase: BenchCase = {
  name: 'save',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const path = fileOf(plan, context.workDir);
    const { timing } = await context.time(`save ${plan.size}`, () => savePlanFile(path, plan.plan), FAST);
    return { timing, facts: { file_kb: Math.round((await stat(path)).size / 1024) } };
  },
};

export const loadCase: BenchCase = {
  name: 'load',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const path = fileOf(plan, context.workDir);
    await savePlanFile(path, plan.plan);
    const { timing } = await context.time(`load ${plan.size}`, () => loadPlanFile(path), FAST);
    return { timing, facts: { file_kb: Math.round((await stat(path)).size / 1024) } };
  },
};
