/**
 * A plan from any file the CLI accepts: `.kehoach` as saved; a DOCX we exported through its
 * embedded model (unless edited since); any other DOCX, text, PDF or scan through the recogniser.
 */
import { extname } from 'node:path';
import type { PlanDocument } from '../../shared/model';
import { IMPORT_EXTENSIONS, importFile, type ImportOptions } from './import-file';
import { loadPlanFile } from './plan-file';

export async function loadPlanFromDocx(path: string, options: ImportOptions = {}): Promise<PlanDocument> {
  return (await importFile(path, options)).plan;
}

export async function loadAnyPlan(path: string, options: ImportOptions = {}): Promise<PlanDocument> {
  const extension = extname(path).toLowerCase();
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extension) ? loadPlanFromDocx(path, options) : loadPlanFile(path);
}
