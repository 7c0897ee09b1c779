/**
 * What a user does with a plan a reader accepted, run by the fuzz worker on every accepted input:
 * the preview's HTML, the PDF's print HTML (each section and the page-number sheet, as renderPdf
 * prints them, without a browser), the DOCX export, the checker against the agency directory, and
 * a clone for a unit the plan names (with its coverage report). A surviving input that breaks any
 * of them is a bug like one that breaks the reader. The whole runs inside the input's time limit.
 */
import { join } from 'node:path';
import { createAgencyDirectoryStore } from '../../../electron/services/agency-directory';
import { createTemplateStore } from '../../../electron/services/template-store';
import { checkPlan } from '../../../shared/check';
import { CloneError, cloneForUnit, coverage } from '../../../shared/clone';
import type { AgencyDirectory, Organ, PlanDocument } from '../../../shared/model';
import { pageLabels, pageNumberHtml } from '../../../shared/pdf';
import { renderDocx } from '../../../shared/render/docx';
import { layoutToHtml, renderHtml } from '../../../shared/render/html';
import { buildLayout } from '../../../shared/render/layout';
import { agenciesIn } from '../../../shared/suggest/appendix-filter';
import type { Template } from '../../../shared/template';
import { REPO_ROOT } from '../support/bundle';
import { FIXED_NOW, PLAN_FIXTURES, fixturePlan } from '../support/fixtures';
import { InvariantError } from './verdict';

/**
 * Plans whose file is larger than this (several times the largest real plan, 80 kB) are not used
 * further: the stage stays bounded per input, and a 10 MB text is the importer's test, not the export's.
 */
export const MAX_USED_PLAN_CHARS = 1_000_000;

/** A unit every campaign can clone for when the plan names none the directory knows. */
const FALLBACK_UNIT = 'Sở Tài chính';

// Named from the repository: the services' own defaults are relative to a module the worker's bundle moved.
const TEMPLATES = join(REPO_ROOT, 'templates');
const store = createTemplateStore(TEMPLATES);
/** Read once per worker: the store reads every template on each request. */
const templates = new Map<string, Promise<Template>>();
let directory: Promise<AgencyDirectory> | null = null;

function agencies(): Promise<AgencyDirectory> {
  directory ??= createAgencyDirectoryStore({
    builtinPath: join(TEMPLATES, 'agencies.json'),
    nationalPath: join(TEMPLATES, 'directory', 'vietnam-2025.json'),
    userPath: null,
  }).load();
  return directory;
}

function template(id: string): Promise<Template> {
  const known = templates.get(id) ?? store.get(id);
  templates.set(id, known);
  return known;
}

/** The first organ the plan's appendices name, else the fallback: the clone then has tasks to take. */
function unitFor(plan: PlanDocument, known: AgencyDirectory): Organ {
  for (const name of [...plan.appendices.flatMap(agenciesIn), FALLBACK_UNIT]) {
    const found = known.resolve(name);
    if (found.kind === 'organ') return found.organ;
  }
  throw new InvariantError(`"${FALLBACK_UNIT}" is not in the shipped directory`);
}

/** The print HTML of every section with the page-number sheet, given one page per section. */
function printHtml(plan: PlanDocument): void {
  const layout = buildLayout(plan);
  for (const [index] of layout.sections.entries()) layoutToHtml(layout, [index]);
  pageNumberHtml(
    layout,
    pageLabels(
      layout,
      layout.sections.map(() => 1),
    ),
  );
}

/** Everything here must work on an accepted plan: even a typed refusal (a schema error…) is a bug. */
export async function useAccepted(plan: PlanDocument): Promise<void> {
  try {
    await useAll(plan);
  } catch (error) {
    if (error instanceof InvariantError) throw error;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new InvariantError(`an accepted plan fails afterwards: ${detail}`);
  }
}

async function useAll(plan: PlanDocument): Promise<void> {
  renderHtml(plan);
  printHtml(plan);
  const docx = await renderDocx(plan, { now: FIXED_NOW });
  if (docx.length === 0) throw new InvariantError('the DOCX export is empty');
  const known = await agencies();
  checkPlan(plan, { agencies: known, today: FIXED_NOW });
  const unit = unitFor(plan, known);
  let n = 0;
  try {
    const { child } = await cloneForUnit(plan, unit, {
      directory: known,
      loadTemplate: template,
      now: FIXED_NOW,
      newId: () => `fuzz-${String(++n)}`,
      allowEmpty: true,
    });
    coverage(child, plan, unit, known);
  } catch (error) {
    // The one refusal a clone may give a readable plan: a unit outside its system's templates.
    if (!(error instanceof CloneError && error.kind === 'template')) throw error;
  }
}

/**
 * Loads the directory, the templates and the export's fonts, and compiles the code on the way, before
 * the first input's time limit starts: a fresh worker spends several seconds there.
 */
export async function warmUp(): Promise<void> {
  for (const name of PLAN_FIXTURES) await useAccepted(fixturePlan(name));
}
