/**
 * The outline's view of a plan: numbers and titles of sections and appendices only. Typing in the
 * body does not change this, so the outline does not re-render while the user types.
 */
import { appendixLabel, sectionLabel, type PlanDocument } from '../../shared/model';

export interface OutlineItem {
  readonly kind: 'section' | 'appendix';
  readonly id: string;
  readonly number: string;
  readonly title: string;
}

export function outlineItems(plan: PlanDocument): OutlineItem[] {
  return [
    ...plan.sections.map((s, i) => ({
      kind: 'section' as const,
      id: s.id,
      number: sectionLabel(i, plan.sectionNumbering),
      title: s.title,
    })),
    ...plan.appendices.map((a, i) => ({
      kind: 'appendix' as const,
      id: a.id,
      number: appendixLabel(a, i, plan.appendices.length),
      title: a.title.replace(/\n/gu, ' '),
    })),
  ];
}

/** A string that changes exactly when the outline would: what the outline subscribes to. */
export function outlineKey(plan: PlanDocument): string {
  return JSON.stringify([
    plan.sectionNumbering,
    plan.sections.map((s) => [s.id, s.title]),
    plan.appendices.map((a) => [a.id, a.title, a.numberStyle]),
  ]);
}
