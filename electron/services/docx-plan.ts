/**
 * A plan from any file the CLI accepts: `.kehoach` as saved; a DOCX we exported through its
 * embedded model (unless edited since); any other DOCX, text, PDF or scan through the recognizer,
 * by the received-file reader (an isolation process).
 */
import { extname } from 'node:path';
import type { PlanDocument } from '../../shared/model';
import { IMPORT_EXTENSIONS, readImportFile } from './import-kinds';
import { loadPlanFile } from './plan-file';
import type { ReceivedFiles, ReceivedImportOptions } from './received-files';

export async function loadAnyPlan(path: string, received: ReceivedFiles, options: ReceivedImportOptions = {}): Promise<PlanDocument> {
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) return loadPlanFile(path);
  return (await received.importFile(path, await readImportFile(path), options)).plan;
}
