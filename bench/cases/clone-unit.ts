/** The unit the clone and coverage cases work for, resolved as the CLI resolves `--unit`. */
import { childTemplateId, clonePlan, resolveUnit, type CloneResult } from '../../shared/clone';
import type { Organ, PlanDocument } from '../../shared/model';
import type { BenchContext } from '../lib/context';
import { CLONE_UNIT_ID } from '../plan/text-maker';

export function cloneUnit(context: BenchContext): Organ {
  const organ = context.directory.data.organs.find((o) => o.id === CLONE_UNIT_ID);
  if (organ === undefined) throw new Error(`The agency directory has no "${CLONE_UNIT_ID}"`);
  return resolveUnit(context.directory, organ.name);
}

/** Returns a function that clones `parent` for the unit, with ids numbered per call as the CLI's are unique. */
export async function cloner(parent: PlanDocument, context: BenchContext): Promise<() => CloneResult> {
  const unit = cloneUnit(context);
  const template = await context.templates.get(childTemplateId(unit.system, context.now));
  let counter = 0;
  return () => clonePlan(parent, unit, { directory: context.directory, template, now: context.now, newId: () => `con-${++counter}` });
}
