/**
 * The form under which words are compared: NFC, lowercase, and blind to where the tone mark sits,
 * so a user word saved as "hoá" also covers "hóa", and "Thủy" matches "thuỷ".
 */
import { splitTone } from './tones';

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

function runKey(run: string): string {
  const { letters, tone, toneMarks } = splitTone(run);
  // One mark: its place is the only difference between the styles. Several marks make no
  // syllable, so their order is kept rather than guessed.
  return toneMarks === 1 ? `${letters.join('')}#${tone}` : run;
}

/** Each run of letters keyed on its own, so "Ê-đê" and "hoá-đơn" work too. */
export function spellKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(LETTER_RUN, runKey);
}

/** The keys of a list of words, for lookups. */
export function spellKeySet(words: Iterable<string>): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const word of words) keys.add(spellKey(word));
  return keys;
}
