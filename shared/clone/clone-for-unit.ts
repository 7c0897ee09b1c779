/**
 * The clone as the app and the command line both make it: the child template of the unit's system
 * in force on the day, the clone, and the child checked as a file being opened is checked (so
 * what is saved or adopted is exactly what would be read back).
 */
import { parsePlanValue, type Organ, type PlanDocument } from '../model';
import type { Template } from '../template';
import { childTemplateId, clonePlan, type CloneOptions, type CloneResult } from './clone-plan';

export interface CloneForUnitOptions extends Omit<CloneOptions, 'template'> {
  /** The template with this id, from wherever the caller keeps templates. */
  readonly loadTemplate: (id: string) => Promise<Template>;
}

export async function cloneForUnit(
  parent: PlanDocument,
  unit: Organ,
  { loadTemplate, ...options }: CloneForUnitOptions,
): Promise<CloneResult> {
  const template = await loadTemplate(childTemplateId(unit.system, options.now));
  const result = clonePlan(parent, unit, { ...options, template });
  return { ...result, child: parsePlanValue(result.child) };
}
