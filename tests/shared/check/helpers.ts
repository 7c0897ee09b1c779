/** Plans for the checker tests: the two fixtures, and every template made into a plan. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlan, type Finding, type PlanCheckOptions } from '../../../shared/check';
import type { PlanDocument } from '../../../shared/model';
import { parsePlanValue } from '../../../shared/plan-file';
import { TemplateSchema, instantiateTemplate } from '../../../shared/template';
import { PARTY_FIXTURE, STATE_FIXTURE, loadFixture } from '../render/docx-xml';

export const NOW = new Date('2026-05-04T08:00:00Z');

/** The Ban Quản lý plan (State); its trích yếu abbreviates "UBND", which the checker flags. */
export function statePlan(): PlanDocument {
  return loadFixture(STATE_FIXTURE);
}

/** Kế hoạch 58-KH/TU (Party). */
export function partyPlan(): PlanDocument {
  return loadFixture(PARTY_FIXTURE);
}

const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** Each template as `kehoach new` makes it: number and day left blank for the văn thư. */
export function templatePlans(): { id: string; plan: PlanDocument }[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => TemplateSchema.safeParse(JSON.parse(readFileSync(`${TEMPLATES_DIR}${f}`, 'utf8'))))
    .flatMap((r) => (r.success ? [r.data] : []))
    .map((template) => {
      let n = 0;
      return { id: template.id, plan: instantiateTemplate(template, { newId: () => `id-${++n}`, now: NOW }) };
    });
}

/** The plan as the văn thư finishes it: number and day of issue written in. */
/**
 * The plan as the văn thư numbers and dates it (4/5/2026), read as a loaded file is: a Party plan
 * whose profile follows its date is then under HD 36, as the app makes it when the date is typed.
 */
export function numbered(plan: PlanDocument): PlanDocument {
  return parsePlanValue({ ...plan, meta: { ...plan.meta, number: '7', date: { year: 2026, month: 5, day: 4 } } });
}

export function ruleIds(findings: readonly Finding[]): Set<string> {
  return new Set(findings.map((f) => f.ruleId));
}

export function findingsOf(plan: PlanDocument, ruleId: string, options: PlanCheckOptions = {}): Finding[] {
  return checkPlan(plan, options).filter((f) => f.ruleId === ruleId);
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'lỗi');
}
