/**
 * Reading and writing the `.kehoach` format: UTF-8 JSON, pretty-printed so it diffs well. Reading
 * parses, migrates, validates and normalizes to NFC; every failure names the field in Vietnamese.
 */
import {
  clip,
  formatIssuePath,
  MAX_MESSAGE,
  migrate,
  normalizeNfc,
  PlanDocumentSchema,
  PlanFormatError,
  vietnameseErrors,
  type PlanDocument,
} from '../model';
import { followDate } from '../edit';

/**
 * Validates an already-parsed value (after migration) and returns the plan with NFC text, under
 * the profile its date calls for when its profile follows the date (a Party plan saved under HD 36
 * and dated after HD 05 took effect opens under HD 05).
 */
export function parsePlanValue(value: unknown): PlanDocument {
  const migrated = migrate(value);
  const result = PlanDocumentSchema.safeParse(normalizeNfc(migrated), { error: vietnameseErrors });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue === undefined ? '' : formatIssuePath(issue.path);
    const more = result.error.issues.length > 1 ? ` (và ${result.error.issues.length - 1} lỗi khác)` : '';
    throw new PlanFormatError(
      `Kế hoạch không hợp lệ ở trường "${field || '(gốc)'}": ${clip(issue?.message ?? 'không rõ', MAX_MESSAGE)}${more}.`,
      field,
    );
  }
  return followDate(result.data);
}

/** Where JSON.parse stopped, in words: its own message is English and may quote the whole file. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)/.exec(message);
  const position = at === null ? null : Number(at[1]);
  if (/end of JSON/i.test(message) || position === text.length) return 'nội dung kết thúc giữa chừng (tệp có thể bị cắt cụt)';
  if (position === null) return 'sai cú pháp';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `sai cú pháp ở dòng ${String(line)}, cột ${String(before.length - before.lastIndexOf('\n'))}`;
}

export function parsePlanText(text: string): PlanDocument {
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new PlanFormatError(
      `Tệp kế hoạch bị hỏng, không đọc được: ${describeJsonError(json, error)}. Hãy mở bản sao trước đó của tệp hoặc xin lại tệp từ người gửi.`,
    );
  }
  return parsePlanValue(value);
}

/** The file text; NFC whatever the plan in memory holds, since an editor may hand over decomposed text. */
export function serializePlan(plan: PlanDocument): string {
  // A plan without comments is written as before they existed: the same bytes, readable by older versions.
  const { comments, ...rest } = plan;
  return `${JSON.stringify(normalizeNfc(comments.length === 0 ? rest : plan), null, 2)}\n`;
}
