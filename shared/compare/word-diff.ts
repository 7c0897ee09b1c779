/**
 * Differences inside a paragraph, word by word: the text is cut into words, spaces and single
 * punctuation marks, and the shortest edit between the two token lists (Myers, from `diff`) is
 * returned as runs of equal, deleted and inserted text.
 */
import { diffArrays } from 'diff';
import { nameTokens } from '../model';

export interface WordOp {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Runs of equal, deleted and inserted text; at each change the deletion comes first. White space
 * left equal between two changes joins them ("Nội vụ" → "Tư pháp" is one change, not two words
 * changed around a kept space), as a reader sees it.
 */
export function diffWords(before: string, after: string): WordOp[] {
  const ops: WordOp[] = [];
  let deleted = '';
  let inserted = '';
  let pendingSpace = '';
  const flush = (): void => {
    if (deleted !== '') ops.push({ op: 'delete', text: deleted });
    if (inserted !== '') ops.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  const parts = diffArrays(tokenize(before), tokenize(after));
  parts.forEach((part, index) => {
    const text = part.value.join('');
    if (part.added || part.removed) {
      if (pendingSpace !== '') {
        deleted += pendingSpace;
        inserted += pendingSpace;
        pendingSpace = '';
      }
      if (part.added) inserted += text;
      else deleted += text;
      return;
    }
    const between = (deleted !== '' || inserted !== '') && text.trim() === '' && index < parts.length - 1;
    if (between) {
      pendingSpace = text;
      return;
    }
    flush();
    ops.push({ op: 'equal', text: pendingSpace + text });
    pendingSpace = '';
  });
  flush();
  if (pendingSpace !== '') ops.push({ op: 'equal', text: pendingSpace });
  return ops;
}

/** The words of a text, folded for comparison: case, accents, tone placement do not count. */
export function wordSet(text: string): Set<string> {
  return new Set(nameTokens(text));
}
