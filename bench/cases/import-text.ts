/** `import-text`: the plan's text as copied out of Word (tables as tab-separated rows) recognized again. */
import { importText } from '../../shared/import';
import { FAST } from '../lib/measure';
import { planAsText } from '../plan/layout-text';
import { planStats } from '../plan/plan-stats';
import { alwaysAvailable, type BenchCase } from './case';

export const importTextCase: BenchCase = {
  name: 'import-text',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const text = planAsText(plan.plan);
    const { timing, value } = await context.time(`import-text ${plan.size}`, () => importText(text), FAST);
    return { timing, facts: { rows_recognized: planStats(value.plan).dataRows, unplaced: value.report.unplaced.length } };
  },
};
