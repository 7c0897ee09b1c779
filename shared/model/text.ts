/**
 * Plain-text views of rich content, and Unicode NFC normalisation: text typed with decomposed
 * diacritics looks identical but compares and renders differently, so all stored text is NFC.
 */
import type { CellValue } from './appendix.schema';
import type { CrossRefResolver } from './cross-refs';
import { isCrossRef, type Inline } from './inline.schema';

export function inlineText(children: readonly Inline[], resolve?: CrossRefResolver): string {
  return children
    .map((node) => (isCrossRef(node) ? (resolve?.(node) ?? '') : node.text))
    .join('');
}

export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return value.runs.map((r) => r.text).join('');
}

/** Returns a deep copy of any JSON-like value with every string in NFC. */
export function normalizeNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeNfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeNfc(v);
    return out as T;
  }
  return value;
}
