/**
 * Text edits inside a block's inline content that keep its formatting: an offset counts the
 * characters of the text leaves, and a cross-reference counts as one object character (U+FFFC),
 * since its printed text is computed and never edited by hand. Find and replace and the returned
 * file's tracked changes both edit a paragraph this way.
 */
import { isCrossRef, type Inline, type TextLeaf } from '../model';

/** Stands for a cross-reference in the flat text, so no search matches inside or across one. */
export const XREF_CHAR = '\uFFFC';

/** The block's text with one XREF_CHAR per cross-reference: what find searches and offsets count in. */
export function flatInlineText(children: readonly Inline[]): string {
  return children.map((node) => (isCrossRef(node) ? XREF_CHAR : node.text)).join('');
}

function leafWith(leaf: TextLeaf, text: string): TextLeaf {
  return { ...leaf, text };
}

/**
 * Replaces the flat text between `start` and `end` by `insert`. The inserted text takes the
 * formatting of the leaf where the edit starts (or of the leaf before, for an edit that starts
 * right after a cross-reference); a cross-reference inside the range is removed with it. Leaves
 * emptied by the edit are dropped, but the block keeps at least one leaf.
 */
export function spliceInlineText(children: readonly Inline[], start: number, end: number, insert: string): Inline[] {
  const out: Inline[] = [];
  let offset = 0;
  let inserted = insert === '';
  for (const node of children) {
    const length = isCrossRef(node) ? 1 : node.text.length;
    const nodeStart = offset;
    const nodeEnd = offset + length;
    offset = nodeEnd;
    if (nodeEnd <= start || nodeStart >= end) {
      if (!inserted && nodeStart >= end && nodeStart === start) {
        // An insertion at a boundary goes into the leaf before, or here if this is a text leaf.
        out.push(isCrossRef(node) ? { text: insert } : leafWith(node, insert + node.text));
        if (isCrossRef(node)) out.push(node);
        inserted = true;
        continue;
      }
      out.push(node);
      continue;
    }
    if (isCrossRef(node)) {
      if (!inserted) {
        out.push({ text: insert });
        inserted = true;
      }
      continue;
    }
    const before = node.text.slice(0, Math.max(0, start - nodeStart));
    const after = node.text.slice(Math.min(length, end - nodeStart));
    const text = inserted ? before + after : before + insert + after;
    inserted = true;
    if (text !== '') out.push(leafWith(node, text));
  }
  if (!inserted) {
    const last = out[out.length - 1];
    if (last !== undefined && !isCrossRef(last)) out[out.length - 1] = leafWith(last, last.text + insert);
    else out.push({ text: insert });
  }
  return out.length === 0 ? [{ text: '' }] : out;
}
