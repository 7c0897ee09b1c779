/**
 * A plan from any file the CLI accepts: `.kehoach` as saved; a DOCX we exported through its
 * embedded model (unless edited since); any other DOCX, text or PDF through the recogniser.
 */
import { extname } from 'node:path';
import type { PlanDocument } from '../../shared/model';
import { IMPORT_EXTENSIONS, importFile } from './import-file';
import { loadPlanFile } from './plan-file';

export async function loadPlanFromDocx(path: string): Promise<PlanDocument> {
  return (await importFile(path)).plan;
}

export async function loadAnyPlan(path: string): Promise<PlanDocument> {
  const extension = extname(path).toLowerCase();
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extension) ? loadPlanFromDocx(path) : loadPlanFile(path);
}
