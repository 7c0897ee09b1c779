/** `import-docx`: our DOCX read back from its content (the embedded model ignored), as any Word file is. */
import { importDocx } from '../../shared/import';
import { FAST } from '../lib/measure';
import { planStats } from '../plan/plan-stats';
import { alwaysAvailable, type BenchCase } from './case';

export const importDocxCase: BenchCase = {
  name: 'import-docx',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const bytes = await context.docx(plan);
    const { timing, value } = await context.time(`import-docx ${plan.size}`, () => importDocx(bytes, { ignoreModel: true }), FAST);
    return { timing, facts: { rows_recognized: planStats(value.plan).dataRows, unplaced: value.report.unplaced.length } };
  },
};
