/**
 * zod's messages in Vietnamese for every file the app validates (plans, templates, the agency
 * directory), and a field's path said in words.
 */
import { z } from 'zod';
import { clip } from './text';

const localeError = z.locales.vi().localeError;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'giá trị rỗng (null)',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** zod's messages may quote a value of the file, which a damaged or hostile one makes huge. */
export const MAX_MESSAGE = 300;

/**
 * zod's Vietnamese messages, except for a wrong type, where zod names the types in English
 * ("mong đợi string, nhận được undefined"): a missing field is said to be missing, and types
 * are named in Vietnamese.
 */
export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'invalid_type') {
    const message = localeError(issue);
    return typeof message === 'string' ? clip(message, MAX_MESSAGE) : message;
  }
  if (issue.input === undefined) return 'Thiếu trường bắt buộc';
  const name = (type: string): string => TYPE_NAMES[type] ?? type;
  return `Đầu vào không hợp lệ: mong đợi ${name(issue.expected)}, nhận được ${name(typeOf(issue.input))}`;
};

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? clip(String(key)) : `.${clip(String(key))}`;
  }
  return out;
}
