/** The fixtures and the shipped agency directory the benchmark plans are built from. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAgencyDirectoryStore } from '../../electron/services/agency-directory';
import { loadPlanFile } from '../../electron/services/plan-file';
import type { PlanSources } from './generate-plan';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
/** The Party plan 58-KH/TU: header, căn cứ, signer and nơi nhận of every benchmark plan. */
export const BASE_FIXTURE = 'ke-hoach-58-KH-TU.kehoach';

export async function loadPlanSources(): Promise<PlanSources> {
  const names = (await readdir(FIXTURES_DIR)).filter((n) => n.endsWith('.kehoach')).sort();
  const fixtures = await Promise.all(names.map((n) => loadPlanFile(join(FIXTURES_DIR, n))));
  const base = fixtures[names.indexOf(BASE_FIXTURE)];
  if (base === undefined) throw new Error(`Missing fixture ${BASE_FIXTURE}`);
  const directory = await createAgencyDirectoryStore({ userPath: null }).load();
  return { base, fixtures, directory };
}
