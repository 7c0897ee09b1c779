/** `check`: the format checker on the plan's DOCX (read, recognized, every rule of its profile). */
import { checkDocx } from '../../shared/check';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

export const checkCase: BenchCase = {
  name: 'check',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const bytes = await context.docx(plan);
    const { timing, value } = await context.time(`check ${plan.size}`, () => checkDocx(bytes, { agencies: context.directory }), FAST);
    return { timing, facts: { findings: value.findings.length } };
  },
};
