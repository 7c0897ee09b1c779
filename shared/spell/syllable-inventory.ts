/**
 * Every toneless syllable the rules allow (a few thousand), built once on first use: suggestions
 * are searched among them, so they are well-formed by construction.
 */
import { MEDIAL_RHYMES, PLAIN_RHYMES, QU_RHYMES } from './rhymes';
import { ONSETS, parseSyllable } from './syllable';

let inventory: readonly string[] | undefined;

export function syllableInventory(): readonly string[] {
  if (inventory === undefined) {
    const words = new Set<string>();
    for (const onset of ONSETS) {
      for (const rhyme of [...PLAIN_RHYMES, ...MEDIAL_RHYMES, ...QU_RHYMES]) {
        const word = onset + rhyme;
        if (parseSyllable(word).length > 0) words.add(word);
      }
    }
    inventory = [...words].sort();
  }
  return inventory;
}
