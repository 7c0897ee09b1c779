/**
 * Numbers of sections and body items, derived from position: moving or deleting an item renumbers
 * everything after it, and nothing typed by hand can drift out of sequence.
 */
import type { Block, ItemBlock } from './body.schema';
import { toRoman, toVietnameseLetter } from './numerals';
import type { PlanDocument } from './plan.schema';

export interface ItemNumber {
  /** "2.1", "a", "III": what a reference cites. */
  readonly number: string;
  /** "2.1.", "a)", "III.": what is printed before the text. */
  readonly label: string;
}

export function sectionNumber(index: number): string {
  return toRoman(index + 1);
}

export function sectionLabel(index: number, style: PlanDocument['sectionNumbering']): string {
  return `${sectionNumber(index)}${style === 'roman-dash' ? '-' : '.'}`;
}

/**
 * Numbers for the items of one block list (a section or the preamble), keyed by block id. Template
 * guidance never prints, so it takes no number: the items after it are numbered as printed.
 */
export function numberItems(blocks: readonly Block[]): Map<string, ItemNumber> {
  const counters: number[] = [];
  const numbers = new Map<string, ItemNumber>();
  for (const block of blocks) {
    if (block.type !== 'item' || block.hint === true) continue;
    const depth = block.level - 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    counters.length = depth + 1;
    numbers.set(block.id, itemNumber(block, counters));
  }
  return numbers;
}

function itemNumber(block: ItemBlock, counters: readonly number[]): ItemNumber {
  const own = counters[counters.length - 1] ?? 1;
  if (block.marker === 'letter') {
    const letter = toVietnameseLetter(own);
    return { number: letter, label: `${letter})` };
  }
  // A level that skips its parent counts the missing parent as 1, and Array.from fills the holes.
  const number = Array.from(counters, (c) => c || 1).join('.');
  return { number, label: `${number}.` };
}

/** Numbers of every item in the plan, keyed by block id. */
export function numberBody(plan: Pick<PlanDocument, 'preamble' | 'sections'>): Map<string, ItemNumber> {
  const all = new Map(numberItems(plan.preamble));
  for (const section of plan.sections) {
    for (const [id, n] of numberItems(section.blocks)) all.set(id, n);
  }
  return all;
}
