/**
 * Which superior plan a child plan implements: the one its task rows link to first (a clone puts
 * the direct parent before the links the parent's own rows carried), by majority, since rows
 * pasted in from another plan bring their links along.
 */
import { nameKey, type DocumentReference, type PlanDocument } from '../model';

export function superiorPlanId(child: PlanDocument): string | null {
  const counts = new Map<string, number>();
  for (const appendix of child.appendices) {
    for (const row of appendix.rows) {
      const planId = row.trace?.[0]?.planId;
      if (planId !== undefined) counts.set(planId, (counts.get(planId) ?? 0) + 1);
    }
  }
  return mostCounted(counts);
}

/** The key counted most often (the first of equals), or null when nothing was counted. */
export function mostCounted<K>(counts: ReadonlyMap<K, number>): K | null {
  let best: K | null = null;
  let most = 0;
  for (const [key, count] of counts) {
    if (count > most) {
      best = key;
      most = count;
    }
  }
  return best;
}

/** Documents that give units their tasks, which a plan implementing one can be checked against. */
const TASK_DOCUMENTS = ['ke hoach', 'chuong trinh'];

/** Whether a tên loại is one that gives units their tasks (a kế hoạch, a chương trình). */
export function isTaskDocument(typeName: string): boolean {
  return TASK_DOCUMENTS.some((kind) => nameKey(typeName).startsWith(kind));
}

/**
 * The plan (kế hoạch, chương trình) this plan says it implements in its căn cứ ("Thực hiện Kế
 * hoạch số 30/KH-UBND …"); a plan implementing a resolution or a directive names none.
 */
export function implementedPlan(plan: PlanDocument): DocumentReference | undefined {
  return plan.basis.find((ref) => ref.role === 'implements' && isTaskDocument(ref.typeName));
}
