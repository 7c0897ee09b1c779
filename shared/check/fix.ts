/**
 * Fixes as data, so the app can show them, apply them with undo, and the checker can be tested
 * without an editor: a fix sets one field of the plan to a new value.
 */
import { PlanDocumentSchema, childAt, normalizeNfc, type PlanDocument } from '../model';
import type { PlanPath } from './finding';

export type FixValue = string | number | boolean | null | readonly FixValue[] | { readonly [key: string]: FixValue };

export interface SetFieldFix {
  readonly kind: 'set-field';
  readonly path: PlanPath;
  readonly value: FixValue;
  /** What the fix does, for the button: "Sửa thành KH-UBND". */
  readonly label: string;
}

export type Fix = SetFieldFix;

export class FixError extends Error {
  override readonly name = 'FixError';
}

/**
 * A copy of `node` with the value at `path` replaced by `update(old value)`, sharing everything
 * off the path. Every key but the last must exist (the last may be a new optional field).
 */
export function updateAt(node: unknown, path: PlanPath, update: (value: unknown) => unknown, walked = ''): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return update(node);
  const here = walked === '' ? String(key) : `${walked}.${String(key)}`;
  if (Array.isArray(node) && typeof key === 'number' && key >= 0 && key < node.length) {
    const copy = (node as unknown[]).slice();
    copy[key] = updateAt(node[key], rest, update, here);
    return copy;
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && typeof key === 'string') {
    if (rest.length > 0 && !Object.hasOwn(node, key)) throw new FixError(`Không tìm thấy trường "${here}" trong kế hoạch.`);
    return { ...node, [key]: updateAt(childAt(node, key), rest, update, here) };
  }
  throw new FixError(`Không tìm thấy trường "${here}" trong kế hoạch.`);
}

/** Returns a new plan with the fix applied, its text in NFC like every plan; the input is left untouched. */
export function applyFix(plan: PlanDocument, fix: Fix): PlanDocument {
  if (fix.path.length === 0) throw new FixError('Sửa lỗi phải chỉ rõ trường cần sửa.');
  const value = normalizeNfc(fix.value);
  const changed = updateAt(plan, fix.path, () => value);
  const result = PlanDocumentSchema.safeParse(changed);
  if (!result.success) throw new FixError(`Sửa lỗi làm kế hoạch không hợp lệ: ${result.error.issues[0]?.message ?? 'không rõ'}.`);
  return result.data;
}
