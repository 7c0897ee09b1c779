/**
 * Every toneless syllable the rules allow (a few thousand), read once on first use: suggestions
 * are searched among them, so they are well-formed by construction.
 */
import { MEDIAL_RHYMES, PLAIN_RHYMES, QU_RHYMES } from './rhymes';
import { ONSETS, parseSyllable, type ToneStyle } from './syllable';

export interface InventorySyllable {
  readonly letters: readonly string[];
  /** p, t, c, ch: only sắc or nặng. */
  readonly stop: boolean;
  /** Index of the letter that takes the tone, per style. */
  readonly toneAt: Readonly<Record<ToneStyle, number>>;
}

let inventory: readonly InventorySyllable[] | undefined;

export function syllableInventory(): readonly InventorySyllable[] {
  if (inventory === undefined) {
    const words = new Map<string, InventorySyllable>();
    for (const onset of ONSETS) {
      for (const rhyme of [...PLAIN_RHYMES, ...MEDIAL_RHYMES, ...QU_RHYMES]) {
        const word = onset + rhyme;
        const [parse] = parseSyllable(word);
        if (parse === undefined || words.has(word)) continue;
        const { shape } = parse;
        const at = parse.onset.length;
        words.set(word, { letters: Array.from(word), stop: shape.stop, toneAt: { old: at + shape.oldToneAt, new: at + shape.toneAt } });
      }
    }
    inventory = [...words.keys()].sort().map((word) => words.get(word) as InventorySyllable);
  }
  return inventory;
}
