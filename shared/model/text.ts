/**
 * Plain-text views of rich content, and Unicode NFC normalization: text typed with decomposed
 * diacritics looks identical but compares and renders differently, so all stored text is NFC.
 */
import type { CellValue } from './appendix.schema';
import type { CrossRefResolver } from './cross-refs';
import { isCrossRef, type Inline } from './inline.schema';

export function inlineText(children: readonly Inline[], resolve?: CrossRefResolver): string {
  return children.map((node) => (isCrossRef(node) ? (resolve?.(node) ?? '') : node.text)).join('');
}

/**
 * A multi-line value on one line: each run of white space that holds a line break becomes one
 * space. Matching whole runs keeps it linear: a pattern with white space on both sides of the
 * line break retries from every space of a long run.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, (space) => (space.includes('\n') ? ' ' : space));
}

/** "KẾ HOẠCH" → "Kế hoạch", "CHƯƠNG TRÌNH HÀNH ĐỘNG" → "Chương trình hành động": a name read inside a sentence. */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** A value quoted in a message, cut short: in a damaged or hostile file it may be 100,000 characters long. */
export function clip(text: string, max = 40): string {
  if (text.length <= max) return text;
  // Never between the two halves of a surrogate pair.
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return value.runs.map((r) => r.text).join('');
}

/**
 * Returns a deep copy of any JSON-like value with every string in NFC. Iterative, because it runs
 * on files before they are validated, and a hostile one may be nested 100,000 levels deep.
 */
type Slot = Record<string | number, unknown>;

/**
 * Sets an own property, whatever its name: a plain assignment of "__proto__" would change the
 * copy's prototype, and a hostile file could then make fields appear that it does not have.
 */
function put(target: Slot, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

export function normalizeNfc<T>(value: T): T {
  const root: Slot = {};
  // Objects still to copy, each with the container and key its copy goes to.
  const sources: object[] = [];
  const targets: Slot[] = [];
  const keys: (string | number)[] = [];
  const place = (item: unknown, target: Slot, key: string | number): void => {
    if (typeof item === 'string') put(target, key, item.normalize('NFC'));
    else if (item === null || typeof item !== 'object') put(target, key, item);
    else {
      sources.push(item);
      targets.push(target);
      keys.push(key);
    }
  };
  place(value, root, 0);
  for (let source = sources.pop(); source !== undefined; source = sources.pop()) {
    const target = targets.pop() ?? root;
    const key = keys.pop() ?? 0;
    if (Array.isArray(source)) {
      const list: unknown[] = new Array<unknown>(source.length);
      put(target, key, list);
      for (let i = source.length - 1; i >= 0; i--) place(source[i], list as unknown as Slot, i);
      continue;
    }
    const record: Slot = {};
    put(target, key, record);
    const names = Object.keys(source);
    const normalized = names.map((name) => name.normalize('NFC'));
    // Keys keep their first position; two keys equal once in NFC keep the later value, as a plain copy would.
    for (const name of normalized) put(record, name, undefined);
    const last = normalized.some((name, i) => name !== names[i]) ? new Map(normalized.map((name, i) => [name, i])) : null;
    for (let i = names.length - 1; i >= 0; i--) {
      const name = normalized[i] ?? '';
      if (last === null || last.get(name) === i) place((source as Record<string, unknown>)[names[i] ?? ''], record, name);
    }
  }
  return root[0] as T;
}

/** Dice coefficient of two word sets, 0 … 1: how alike two wordings are (0 when one is empty). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
