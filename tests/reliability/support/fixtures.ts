/** The plans and texts the reliability tests start from: every fixture, template and seed. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAgencyDirectoryStore } from '../../../electron/services/agency-directory';
import { createTemplateStore } from '../../../electron/services/template-store';
import { childTemplateId, clonePlan, resolveUnit } from '../../../shared/clone';
import { importText } from '../../../shared/import';
import { parsePlanText, parsePlanValue, type PlanDocument } from '../../../shared/model';
import { instantiateTemplate, type Template } from '../../../shared/template';
import { REPO_ROOT } from './bundle';

export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');
export const SEEDS = join(FIXTURES, 'seeds');
export const FIXED_NOW = new Date('2026-04-15T08:00:00Z');

export const PLAN_FIXTURES = ['ke-hoach-58-KH-TU.kehoach', 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'] as const;

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixturePlan(name: string): PlanDocument {
  return parsePlanText(fixtureText(name));
}

export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
}

function planFromTemplate(template: Template): PlanDocument {
  let n = 0;
  return instantiateTemplate(template, { newId: () => `${template.id}-${String(++n)}`, now: FIXED_NOW });
}

/** The subordinate plan `kehoach clone` makes from 58-KH/TU for a unit of the directory. */
async function clonedPlan(unitName: string): Promise<PlanDocument> {
  const directory = await createAgencyDirectoryStore({ userPath: null }).load();
  const unit = resolveUnit(directory, unitName);
  const template = await createTemplateStore().get(childTemplateId(unit.system, FIXED_NOW));
  let n = 0;
  const { child } = clonePlan(fixturePlan(PLAN_FIXTURES[0]), unit, {
    directory,
    template,
    now: FIXED_NOW,
    newId: () => `clone-${String(++n)}`,
  });
  return parsePlanValue(child);
}

/** Every plan the project has: the two fixtures, one per template, each seed imported, and a clone. */
export async function allPlans(): Promise<{ name: string; plan: PlanDocument }[]> {
  const store = createTemplateStore();
  const templates = await Promise.all((await store.list()).map((t) => store.get(t.id)));
  return [
    ...PLAN_FIXTURES.map((name) => ({ name, plan: fixturePlan(name) })),
    ...templates.map((t) => ({ name: `mẫu ${t.id}`, plan: planFromTemplate(t) })),
    ...seedTexts().map(({ name, text }) => ({ name: `nhập ${name}`, plan: importText(text).plan })),
    { name: 'clone 58-KH/TU → Đảng ủy UBND tỉnh', plan: await clonedPlan('Đảng ủy UBND tỉnh') },
  ];
}

/**
 * A plan of about `bytes` once saved: 58-KH/TU with its sections and appendix rows repeated under
 * fresh ids, far beyond any real plan (a few hundred kilobytes), so a save takes long enough to be
 * interrupted in every phase.
 */
export function largePlan(bytes: number): PlanDocument {
  const base = fixturePlan(PLAN_FIXTURES[0]);
  const copies = Math.max(1, Math.ceil(bytes / fixtureText(PLAN_FIXTURES[0]).length));
  const repeat = <T extends { id: string }>(list: readonly T[]): T[] =>
    Array.from({ length: copies }, (_, c) => list.map((x) => ({ ...x, id: c === 0 ? x.id : `${x.id}-${String(c)}` }))).flat();
  return parsePlanValue({
    ...base,
    sections: base.sections.map((s) => ({ ...s, blocks: repeat(s.blocks) })),
    appendices: base.appendices.map((a) => ({ ...a, rows: repeat(a.rows) })),
  });
}
