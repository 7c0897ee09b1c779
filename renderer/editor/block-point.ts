/**
 * Offsets in a block's text as Slate points. The model counts a cross-reference as one character
 * (flatOffset); Slate has it as an inline element with an empty text inside.
 */
import type { Point } from 'slate';
import { isCrossRef, type Block } from '../../shared/model';

/**
 * A flat offset (a cross-reference counts one) as a Slate point inside block `index`. At the
 * boundary of two leaves it is the end of the first, or with `edge` 'start' the start of the second
 * (a range starting there then covers no empty piece of the first).
 */
export function pointAt(block: Block, index: number, offset: number, edge: 'start' | 'end' = 'end'): Point {
  if (edge === 'start' && offset >= flatLength(block)) return pointAt(block, index, offset);
  let left = offset;
  for (let i = 0; i < block.children.length; i++) {
    const node = block.children[i];
    if (node === undefined) break;
    if (isCrossRef(node)) {
      if (left === 0) return { path: [index, i, 0], offset: 0 };
      left -= 1;
      continue;
    }
    if (edge === 'start' ? left < node.text.length : left <= node.text.length) return { path: [index, i], offset: left };
    left -= node.text.length;
  }
  const last = block.children.length - 1;
  return { path: [index, Math.max(0, last)], offset: 0 };
}

/** The block's length with each cross-reference counted one. */
export function flatLength(block: Block): number {
  return block.children.reduce((sum, node) => sum + (isCrossRef(node) ? 1 : node.text.length), 0);
}
