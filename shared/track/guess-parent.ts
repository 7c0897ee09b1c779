/**
 * Which of a folder's plans is the parent the others implement, when the user has not said: the
 * one most of them link to (trace links, for plans cloned in this app) or cite ("Thực hiện Kế
 * hoạch số 58-KH/TU …"). None when no plan is implemented by another.
 */
import { implementedPlan, mostCounted, superiorPlanId } from '../clone';
import { nameKey, type PlanDocument } from '../model';

function citationKey(number: string, symbol: string): string {
  return `${number.replace(/^0+/u, '')}|${nameKey(symbol).replace(/[^a-z0-9]/gu, '')}`;
}

export function guessParent(plans: readonly PlanDocument[]): PlanDocument | null {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const byCitation = new Map(plans.filter((p) => p.meta.number !== '').map((p) => [citationKey(p.meta.number, p.meta.symbol), p]));
  const votes = new Map<PlanDocument, number>();
  for (const child of plans) {
    const linked = superiorPlanId(child);
    const cited = implementedPlan(child);
    const parent =
      (linked === null ? undefined : byId.get(linked)) ??
      (cited === undefined ? undefined : byCitation.get(citationKey(cited.number, cited.symbol)));
    if (parent !== undefined && parent !== child) votes.set(parent, (votes.get(parent) ?? 0) + 1);
  }
  return mostCounted(votes);
}
