/** What every plan rule sees: the plan, its profile, its parent plan when known, and its prose. */
import { getProfile, type FormatProfile } from '../../format';
import { directoryForPlan, type AgencyDirectory, type PlanDocument } from '../../model';
import type { PlanPath } from '../finding';
import type { Rule } from '../rule';
import { proseFields, type TextField } from './plan-texts';

export interface PlanCheckOptions {
  /** The superior plan the rows' `sourceRef` point into, for the parent-deadline rule. */
  readonly parent?: PlanDocument;
  /** The agency directory, for the rule on agency names; without it the rule does not run. */
  readonly agencies?: AgencyDirectory;
  /** Today, for a date in the future; without it that rule does not run (shared/ has no clock). */
  readonly today?: Date;
}

export interface PlanContext {
  readonly plan: PlanDocument;
  readonly profile: FormatProfile;
  readonly parent: PlanDocument | undefined;
  readonly agencies: AgencyDirectory | undefined;
  readonly prose: readonly TextField[];
  readonly today: Date | undefined;
}

export type PlanRule = Rule<PlanContext, PlanPath>;

export function planContext(plan: PlanDocument, options: PlanCheckOptions): PlanContext {
  return {
    plan,
    profile: getProfile(plan.profile),
    parent: options.parent,
    // Names are read in the issuer's province: a plan received from another province names its bodies.
    agencies: options.agencies === undefined ? undefined : directoryForPlan(options.agencies, plan),
    prose: proseFields(plan),
    today: options.today,
  };
}
