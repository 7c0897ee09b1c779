/**
 * Loading and saving `.kehoach` files: size-capped and validated on the way in (bytes that are not
 * Unicode text make a damaged plan, like any other damage, so its backups can be offered), written
 * atomically with a backup and the stamp of who saved it on the way out. Both say what the file
 * is then (its version), for the next save to tell whether someone else changed it.
 */
import { stat } from 'node:fs/promises';
import type { FileVersion } from '../../shared/ipc';
import { PlanFormatError, type PlanDocument } from '../../shared/model';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { STAMP_KEY, versionOfBytes, type SaveStamp } from './file-version';
import { decodeUnicode, readBytes, writeFileAtomic } from './files';
import { UserError } from './user-error';

/** A real plan is a few hundred kilobytes, the largest benchmark plan a few megabytes. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

function megabytes(size: number): string {
  return String(Math.round(size / 1024 / 1024));
}

export interface PlanFileContent {
  /** The file's text, or null when its bytes are not Unicode text (damaged, cut inside a character). */
  readonly text: string | null;
  readonly version: FileVersion;
}

/** The file's text and version; a UserError when it cannot be read or is far larger than any plan. */
export async function readPlanFile(path: string): Promise<PlanFileContent> {
  const info = await stat(path).catch(() => null);
  if (info !== null && info.size > MAX_PLAN_BYTES) {
    throw new UserError(
      `Tệp "${path}" quá lớn (${megabytes(info.size)} MB) để là một kế hoạch (giới hạn ${megabytes(MAX_PLAN_BYTES)} MB); không mở tệp này.`,
    );
  }
  const bytes = await readBytes(path);
  return { text: decodeUnicode(bytes), version: versionOfBytes(bytes, info?.mtimeMs ?? 0) };
}

/** The file's text, or null when its bytes are not Unicode text; see readPlanFile. */
export async function readPlanText(path: string): Promise<string | null> {
  return (await readPlanFile(path)).text;
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

/** Writes the plan over `path`, its previous content kept as the backup; `stamp` says who saved it. Returns what is now on disk. */
export async function savePlanFile(path: string, plan: PlanDocument, stamp?: SaveStamp): Promise<FileVersion> {
  const bytes = new TextEncoder().encode(serializePlan(plan, stamp === undefined ? {} : { [STAMP_KEY]: stamp }));
  await writeFileAtomic(path, bytes, { backup: true });
  const info = await stat(path).catch(() => null);
  return versionOfBytes(bytes, info?.mtimeMs ?? 0);
}
