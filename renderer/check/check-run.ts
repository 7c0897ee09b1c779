/**
 * One run of the format checker on the open plan, as the worker does it: the agency directory is
 * built once for each directory the app sends, the parent plan (for cloned deadlines) is used when
 * the app found it, and the findings come back in the panel's order.
 */
import { checkPlan, sortFindings, type Finding } from '../../shared/check';
import { directoryFromHost, type AgencyDirectory, type AgencyDirectoryData, type PlanDocument } from '../../shared/model';

export interface CheckContext {
  readonly agencies: AgencyDirectoryData | null;
  /** The superior plan the rows were cloned from, when it is on this computer. */
  readonly parent: PlanDocument | null;
}

export type CheckRun = (plan: PlanDocument, context: CheckContext) => Finding[];

export function createCheckRun(): CheckRun {
  let data: AgencyDirectoryData | null = null;
  let directory: AgencyDirectory | undefined;
  return (plan, context) => {
    if (context.agencies !== data) {
      data = context.agencies;
      directory = data === null ? undefined : directoryFromHost(data);
    }
    return sortFindings(
      checkPlan(plan, {
        today: new Date(),
        ...(directory === undefined ? {} : { agencies: directory }),
        ...(context.parent === null ? {} : { parent: context.parent }),
      }),
    );
  };
}
