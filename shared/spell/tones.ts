/**
 * Tone marks apart from letters. A Vietnamese syllable carries at most one tone mark, and where it
 * sits varies (hóa/hoá): every check works on the toneless letters plus the tone and the index of
 * the letter that carried it, so both placements reach the same analysis.
 */

/** ngang (no mark), huyền, sắc, hỏi, ngã, nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export const TONES: readonly Tone[] = [0, 1, 2, 3, 4, 5];

const TONE_OF_MARK = new Map<string, Tone>([
  ['\u0300', 1],
  ['\u0301', 2],
  ['\u0309', 3],
  ['\u0303', 4],
  ['\u0323', 5],
]);
const MARK_OF_TONE: readonly string[] = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A word as letters without tone marks, one NFC letter per entry. */
export interface Toneless {
  readonly letters: readonly string[];
  readonly tone: Tone;
  /** Index in `letters` of the letter that carried the tone mark, -1 without one. */
  readonly toneIndex: number;
  /** How many tone marks the word had: more than one is never a syllable. */
  readonly toneMarks: number;
}

const COMBINING = /\p{M}/u;

/** "ệ" → ["ê", 5]: the toned vowels, to split NFC text without decomposing it. */
const TONED_VOWELS = new Map<string, readonly [string, Tone]>(
  Array.from('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY').flatMap((vowel) =>
    TONES.filter((tone) => tone !== 0).map(
      (tone) => [(vowel + (MARK_OF_TONE[tone] ?? '')).normalize('NFC'), [vowel, tone] as const] as const,
    ),
  ),
);

/**
 * Splits the tone mark from the letters. NFC text made of whole letters (the usual case) is read
 * letter by letter; anything else goes through NFD, so that a precomposed "ệ" and a decomposed
 * e + dot + circumflex give the same result, and the other marks (breve, circumflex, horn) stay
 * with their letter.
 */
export function splitTone(word: string): Toneless {
  const nfc = word.normalize('NFC');
  return COMBINING.test(nfc) ? splitDecomposed(nfc) : splitComposed(nfc);
}

function splitComposed(word: string): Toneless {
  const letters: string[] = [];
  let tone: Tone = 0;
  let toneIndex = -1;
  let toneMarks = 0;
  for (const ch of word) {
    const toned = TONED_VOWELS.get(ch);
    if (toned === undefined) {
      letters.push(ch);
      continue;
    }
    [, tone] = toned;
    toneIndex = letters.length;
    toneMarks += 1;
    letters.push(toned[0]);
  }
  return { letters, tone, toneIndex, toneMarks };
}

function splitDecomposed(word: string): Toneless {
  const letters: string[] = [];
  let tone: Tone = 0;
  let toneIndex = -1;
  let toneMarks = 0;
  let current = '';
  const flush = (): void => {
    if (current !== '') letters.push(current.normalize('NFC'));
    current = '';
  };
  for (const ch of word.normalize('NFD')) {
    const markTone = TONE_OF_MARK.get(ch);
    if (markTone !== undefined) {
      tone = markTone;
      toneIndex = current === '' ? letters.length - 1 : letters.length;
      toneMarks += 1;
    } else if (COMBINING.test(ch) && current !== '') {
      current += ch;
    } else {
      flush();
      current = ch;
    }
  }
  flush();
  return { letters, tone, toneIndex, toneMarks };
}

/** Puts `tone` on the letter at `index` of toneless text (NFC in, NFC out). */
export function applyTone(letters: readonly string[], tone: Tone, index: number): string {
  return letters.map((letter, i) => (i === index && tone !== 0 ? (letter + (MARK_OF_TONE[tone] ?? '')).normalize('NFC') : letter)).join('');
}

/** The word without any tone mark (NFC). */
export function stripTones(word: string): string {
  return splitTone(word).letters.join('');
}
