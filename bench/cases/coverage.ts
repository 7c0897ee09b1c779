/** `coverage`: the unit's parent tasks matched against its cloned plan. */
import { coverage } from '../../shared/clone';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';
import { cloneUnit, cloner } from './clone-unit';

export const coverageCase: BenchCase = {
  name: 'coverage',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const { child } = (await cloner(plan.plan, context))();
    const unit = cloneUnit(context);
    const { timing, value } = await context.time(`coverage ${plan.size}`, () => coverage(child, plan.plan, unit, context.directory), FAST);
    return { timing, facts: { assigned: value.assigned, covered: value.covered } };
  },
};
