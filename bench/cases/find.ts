/**
 * `find`: a search across the whole plan (properties, body, every appendix cell), without accents
 * or case ("uy ban" finds "Ủy ban" and "Uỷ ban"). The timing is a plan's first search (each run
 * gets a plan object the search has not seen, so nothing is reused); `next_keystroke_ms` is the
 * search the find panel runs on each further keystroke while the plan is unchanged.
 */
import { findInPlan, type MatchOptions } from '../../shared/find';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

const LOOSE: MatchOptions = { matchCase: false, matchAccents: false };

export const findCase: BenchCase = {
  name: 'find',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const { timing, value } = await context.time(`find ${plan.size}`, () => findInPlan({ ...plan.plan }, 'uy ban', LOOSE), FAST);
    const typed = await context.time(`find ${plan.size}, next keystroke`, () => findInPlan(plan.plan, 'uy ban nh', LOOSE), FAST);
    return { timing, metrics: { next_keystroke_ms: typed.timing.median_ms }, facts: { matches: value.length } };
  },
};
