/** `clone`: the unit's own plan from the large plan, with every task that falls to it traced back. */
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';
import { cloner } from './clone-unit';

export const cloneCase: BenchCase = {
  name: 'clone',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const clone = await cloner(plan.plan, context);
    const { timing, value } = await context.time(`clone ${plan.size}`, clone, FAST);
    const { summary } = value;
    return {
      timing,
      facts: {
        tasks_taken: summary.tasks,
        lead: summary.byRole.lead,
        cooperate: summary.byRole.cooperate,
        via_collective: summary.collective,
        from_body: summary.bySource.body,
      },
    };
  },
};
