/** Loading and saving `.kehoach` files: validated on the way in, written atomically on the way out. */
import { PlanFormatError, type PlanDocument } from '../../shared/model';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { readText, writeFileAtomic } from './files';
import { UserError } from './user-error';

export async function loadPlanFile(path: string): Promise<PlanDocument> {
  const text = await readText(path);
  try {
    return parsePlanText(text);
  } catch (error) {
    if (error instanceof PlanFormatError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function savePlanFile(path: string, plan: PlanDocument): Promise<void> {
  await writeFileAtomic(path, serializePlan(plan), { backup: true });
}
