/**
 * Where a comment's passage is now. A comment remembers its words and where they were; text edited
 * around it moves them, so the words are looked for again, the occurrence nearest the old place
 * winning. Words no longer there leave the comment on the whole paragraph (Word does the same when
 * the commented text is deleted: the comment stays, on what surrounds it).
 */
import type { CrossRefResolver } from './cross-refs';
import { isCrossRef, type Inline } from './inline.schema';

export interface Passage {
  readonly start: number;
  readonly end: number;
}

export function findPassage(text: string, quote: string, start: number, end: number): Passage {
  if (quote === '') {
    const s = Math.min(start, text.length);
    return end > s && end <= text.length ? { start: s, end } : { start: 0, end: text.length };
  }
  if (text.slice(start, start + quote.length) === quote) return { start, end: start + quote.length };
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best === -1 ? { start: 0, end: text.length } : { start: best, end: best + quote.length };
}

/** An offset in the printed text (cross-references as printed) as an offset where each counts one. */
export function flatOffset(children: readonly Inline[], resolve: CrossRefResolver, printed: number): number {
  let left = printed;
  let flat = 0;
  for (const node of children) {
    const length = isCrossRef(node) ? resolve(node).length : node.text.length;
    if (left <= length) return flat + (isCrossRef(node) ? (left === 0 ? 0 : 1) : left);
    left -= length;
    flat += isCrossRef(node) ? 1 : node.text.length;
  }
  return flat;
}

/** The other way: an offset where a cross-reference counts one, as an offset in the printed text. */
export function printedOffset(children: readonly Inline[], resolve: CrossRefResolver, flat: number): number {
  let left = flat;
  let printed = 0;
  for (const node of children) {
    const length = isCrossRef(node) ? 1 : node.text.length;
    if (left <= length) return printed + (isCrossRef(node) ? (left === 0 ? 0 : resolve(node).length) : left);
    left -= length;
    printed += isCrossRef(node) ? resolve(node).length : node.text.length;
  }
  return printed;
}
