/**
 * Reading and writing the `.kehoach` format: UTF-8 JSON, pretty-printed so it diffs well. Reading
 * parses, migrates, validates and normalises to NFC; every failure names the field in Vietnamese.
 */
import { z } from 'zod';
import { migrate } from './migrate';
import { PlanFormatError } from './plan-errors';
import { PlanDocumentSchema, type PlanDocument } from './plan.schema';
import { normalizeNfc } from './text';

const vietnameseErrors = z.locales.vi().localeError;

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Validates an already-parsed value (after migration) and returns the plan with NFC text. */
export function parsePlanValue(value: unknown): PlanDocument {
  const migrated = migrate(value);
  const result = PlanDocumentSchema.safeParse(normalizeNfc(migrated), { error: vietnameseErrors });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue === undefined ? '' : formatIssuePath(issue.path);
    const more = result.error.issues.length > 1 ? ` (và ${result.error.issues.length - 1} lỗi khác)` : '';
    throw new PlanFormatError(
      `Kế hoạch không hợp lệ ở trường "${field || '(gốc)'}": ${issue?.message ?? 'không rõ'}${more}.`,
      field,
    );
  }
  return result.data;
}

export function parsePlanText(text: string): PlanDocument {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PlanFormatError(`Tệp không phải JSON hợp lệ: ${detail}`);
  }
  return parsePlanValue(value);
}

export function serializePlan(plan: PlanDocument): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
