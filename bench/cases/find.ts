/**
 * `find`: a search across the whole plan (properties, body, every appendix cell), without accents
 * or case ("uy ban" finds "Ủy ban" and "Uỷ ban"), as the find panel runs it on each keystroke.
 */
import { findInPlan } from '../../shared/find';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

export const findCase: BenchCase = {
  name: 'find',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const { timing, value } = await context.time(
      `find ${plan.size}`,
      () => findInPlan(plan.plan, 'uy ban', { matchCase: false, matchAccents: false }),
      FAST,
    );
    return { timing, facts: { matches: value.length } };
  },
};
