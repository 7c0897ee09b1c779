/**
 * What kind of block a body block is (paragraph, numbered item of some level and marker, bullet of
 * some level) and how the editor turns one kind into another: the toolbar, Tab and Shift+Tab, and
 * markers typed at the start of a paragraph ("- ", "1. ", "a) ") all go through here.
 */
import { matchItem } from '../item-markers';
import type { Block, ItemMarker } from '../body.schema';

export type BlockKind =
  | { readonly type: 'paragraph' }
  | { readonly type: 'item'; readonly level: number; readonly marker: ItemMarker; readonly heading: boolean }
  | { readonly type: 'bullet'; readonly level: number };

export const MAX_ITEM_LEVEL = 4;
export const MAX_BULLET_LEVEL = 2;

export function kindOf(block: Block): BlockKind {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph' };
    case 'item':
      return { type: 'item', level: block.level, marker: block.marker, heading: block.heading };
    case 'bullet':
      return { type: 'bullet', level: block.level };
  }
}

export function sameKind(a: BlockKind, b: BlockKind): boolean {
  if (a.type === 'item' && b.type === 'item') return a.level === b.level && a.marker === b.marker && a.heading === b.heading;
  if (a.type === 'bullet' && b.type === 'bullet') return a.level === b.level;
  return a.type === b.type;
}

/** The block with another kind; its id, text and template-hint flag stay. */
export function withKind(block: Block, kind: BlockKind): Block {
  const base = { id: block.id, children: block.children, ...(block.hint === undefined ? {} : { hint: block.hint }) };
  switch (kind.type) {
    case 'paragraph':
      return { type: 'paragraph', ...base };
    case 'item':
      return { type: 'item', ...base, level: kind.level, marker: kind.marker, heading: kind.heading };
    case 'bullet':
      return { type: 'bullet', ...base, level: kind.level };
  }
}

const clamp = (value: number, max: number): number => Math.max(1, Math.min(max, value));

/**
 * One level deeper (delta 1) or shallower (delta -1), in the order a clerk writes a list:
 * "1." → "1.1." → "a)" → "-" → "+". A letter item goes deeper as a "-" bullet (a letter has no
 * deeper letter), and a "-" bullet shallower as a letter item at `letterLevel`, the level a letter
 * item takes where it stands. Paragraphs have no level.
 */
export function shiftedKind(kind: BlockKind, delta: number, letterLevel = 2): BlockKind {
  switch (kind.type) {
    case 'paragraph':
      return kind;
    case 'item':
      if (kind.marker === 'letter' && delta > 0) return { type: 'bullet', level: 1 };
      return { ...kind, level: clamp(kind.level + delta, MAX_ITEM_LEVEL) };
    case 'bullet':
      if (kind.level === 1 && delta < 0) return { type: 'item', level: letterLevel, marker: 'letter', heading: false };
      return { ...kind, level: clamp(kind.level + delta, MAX_BULLET_LEVEL) };
  }
}

/**
 * The level a new item at `index` takes, from the items before it: a decimal item continues the
 * nearest decimal list; a letter item sits one level under a decimal item ("1." then "a)") or
 * beside a letter item before it.
 */
export function itemLevelAt(blocks: readonly Block[], index: number, marker: ItemMarker): number {
  for (let i = Math.min(index, blocks.length) - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block?.type !== 'item') continue;
    if (marker === 'decimal') {
      if (block.marker === 'decimal') return block.level;
      continue;
    }
    return block.marker === 'letter' ? block.level : clamp(block.level + 1, MAX_ITEM_LEVEL);
  }
  return marker === 'decimal' ? 1 : 2;
}

/** The kind a new block of `type` (from the toolbar or a shortcut) takes at `index`. */
export function kindForNewBlock(type: 'paragraph' | 'decimal' | 'letter' | 'bullet', blocks: readonly Block[], index: number): BlockKind {
  switch (type) {
    case 'paragraph':
      return { type: 'paragraph' };
    case 'bullet':
      return { type: 'bullet', level: 1 };
    case 'decimal':
    case 'letter':
      return { type: 'item', level: itemLevelAt(blocks, index, type), marker: type, heading: false };
  }
}

const SENTINEL = 'x';

/**
 * The kind meant by a marker typed at the very start of a paragraph and followed by a space, as a
 * word processor's automatic lists read it: "- " and "+ " bullets, "1. " / "1.2. " / "1.2 " decimal
 * items of that depth, "a) " letter items. Null when `typed` is not just such a marker.
 */
export function kindFromTypedMarker(typed: string, blocks: readonly Block[], index: number): BlockKind | null {
  if (!/^\S+ $/u.test(typed)) return null;
  const match = matchItem(`${typed}${SENTINEL}`);
  if (match?.text !== SENTINEL) return null;
  switch (match.kind) {
    case 'bullet':
      return /^[-+]$/.test(typed.trim()) ? { type: 'bullet', level: match.level } : null;
    case 'decimal':
      return /^\d{1,2}(?:\.\d{1,2})*[.)]? $/.test(typed) && (typed.includes('.') || typed.includes(')'))
        ? { type: 'item', level: clamp(match.depth, MAX_ITEM_LEVEL), marker: 'decimal', heading: false }
        : null;
    case 'letter':
      return { type: 'item', level: itemLevelAt(blocks, index, 'letter'), marker: 'letter', heading: false };
  }
}
