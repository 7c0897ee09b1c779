/**
 * Superior plans known in this session, by id: the one a child was just cloned from, or one the
 * user chose for the coverage view. The coverage view reads the superior's file first (it may have
 * changed); this is what it falls back on when the superior has no file the app knows of.
 */
import type { PlanDocument } from '../../shared/model';

const known = new Map<string, PlanDocument>();

export function rememberSuperior(plan: PlanDocument): void {
  known.set(plan.id, plan);
}

export function knownSuperior(planId: string): PlanDocument | undefined {
  return known.get(planId);
}
