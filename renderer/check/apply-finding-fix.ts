/**
 * A one-click fix as one undo step. A fix names its field by position in the plan that was
 * checked; when the user has edited since, the plan is checked again and the same finding (same
 * rule, same spot by ids, same fix) is fixed where it is now, or not at all if it is gone.
 */
import { applyFix, type Finding, type Fix } from '../../shared/check';
import type { PlanDocument } from '../../shared/model';
import type { DocumentStore } from '../state/document-store';
import { stablePath } from './finding-place';
import type { CheckResult, PlanChecker } from './plan-checker';

export function findingKey(plan: PlanDocument, finding: Finding): string {
  const where = finding.location.kind === 'plan' ? stablePath(plan, finding.location.path) : finding.location.label;
  return `${finding.ruleId}|${where}|${finding.fix?.label ?? ''}`;
}

/** The fix of `finding` as it stands in the plan the store holds now, or null when it no longer applies. */
async function currentFix(store: DocumentStore, checker: PlanChecker, checked: CheckResult, finding: Finding): Promise<Fix | null> {
  if (store.getState().plan === checked.plan) return finding.fix ?? null;
  const key = findingKey(checked.plan, finding);
  const fresh = await checker.current();
  if (store.getState().plan !== fresh.plan) return null;
  return fresh.findings.find((f) => findingKey(fresh.plan, f) === key)?.fix ?? null;
}

/** True when the fix was applied; throws the checker's FixError when the fix cannot be made. */
export async function applyFindingFix(
  store: DocumentStore,
  checker: PlanChecker,
  checked: CheckResult,
  finding: Finding,
): Promise<boolean> {
  const fix = await currentFix(store, checker, checked, finding);
  if (fix === null) return false;
  store.sealStep();
  // No focus: undo leaves the user in the findings panel, where the finding comes back.
  store.edit((plan) => applyFix(plan, fix));
  return true;
}
