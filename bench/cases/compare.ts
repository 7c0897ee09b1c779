/**
 * `compare`: two versions of the plan (the second made by `revisePlan`) compared by structure,
 * against the same two plans' text (as copied out of Word) compared word by word with the `diff`
 * package in the same run, the plain-text way to the same words. The line diff is timed too.
 */
import { diffLines, diffWords } from 'diff';
import { comparePlans } from '../../shared/compare';
import { FAST, SLOW } from '../lib/measure';
import { planAsText } from '../plan/layout-text';
import { revisePlan } from '../plan/revise-plan';
import { alwaysAvailable, type BenchCase } from './case';

export const compareCase: BenchCase = {
  name: 'compare',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const revised = revisePlan(plan.plan, plan.dataRows);
    const { timing, value } = await context.time(`compare ${plan.size}`, () => comparePlans(plan.plan, revised), FAST);
    const before = planAsText(plan.plan);
    const after = planAsText(revised);
    const words = await context.time(`diff words ${plan.size}`, () => diffWords(before, after), SLOW);
    const lines = await context.time(`diff lines ${plan.size}`, () => diffLines(before, after), FAST);
    return {
      timing,
      reference: { name: 'diff (diffWords over the text)', timing: words.timing },
      metrics: { diff_lines_ms: lines.timing.median_ms },
      facts: { changes: value.changes.length, text_kb: Math.round(before.length / 1024) },
    };
  },
};
