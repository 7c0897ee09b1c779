/**
 * Loading and saving `.kehoach` files: size-capped and validated on the way in (bytes that are not
 * Unicode text make a damaged plan, like any other damage, so its backups can be offered), written
 * atomically with backups on the way out.
 */
import { stat } from 'node:fs/promises';
import { PlanFormatError, type PlanDocument } from '../../shared/model';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { decodeUnicode, readBytes, writeFileAtomic } from './files';
import { UserError } from './user-error';

/** A real plan is a few hundred kilobytes, the largest benchmark plan a few megabytes. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

function megabytes(size: number): string {
  return String(Math.round(size / 1024 / 1024));
}

/** The file's text, or null when its bytes are not Unicode text (damaged, cut inside a character); a UserError when it cannot be read or is far larger than any plan. */
export async function readPlanText(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (info !== null && info.size > MAX_PLAN_BYTES) {
    throw new UserError(
      `Tệp "${path}" quá lớn (${megabytes(info.size)} MB) để là một kế hoạch (giới hạn ${megabytes(MAX_PLAN_BYTES)} MB); không mở tệp này.`,
    );
  }
  return decodeUnicode(await readBytes(path));
}

/** The plan in a file's text, or a PlanFormatError saying what is wrong with it. */
export function parsePlanContent(text: string | null): PlanDocument {
  if (text === null) throw new PlanFormatError('Tệp không phải văn bản UTF-8 (có thể bị hỏng, hoặc bị cắt giữa chừng khi chép).');
  return parsePlanText(text);
}

export async function loadPlanFile(path: string): Promise<PlanDocument> {
  const text = await readPlanText(path);
  try {
    return parsePlanContent(text);
  } catch (error) {
    if (error instanceof PlanFormatError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function savePlanFile(path: string, plan: PlanDocument): Promise<void> {
  await writeFileAtomic(path, serializePlan(plan), { backup: true });
}
