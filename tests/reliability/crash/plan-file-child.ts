/** The child half of the `.kehoach` crash subject: the plan as the app holds it, saved by savePlanFile. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { savePlanFile } from '../../../electron/services/plan-file';
import type { PlanDocument } from '../../../shared/model';
import { DOCUMENT, idOf } from './plan-file-names';
import type { OpenWriter } from './subject';

const open: OpenWriter = async (folder, [input = '']) => {
  // Validated by the subject's setup: the child only needs the object in memory.
  const plan = JSON.parse(await readFile(input, 'utf8')) as PlanDocument;
  const path = join(folder, DOCUMENT);
  return async (version) => {
    await savePlanFile(path, { ...plan, id: idOf(version) });
  };
};

export default open;
