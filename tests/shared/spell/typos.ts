/**
 * Typos generated from real syllables, the way clerks make them: input-method keys left in the word
 * (Telex, VNI), a letter doubled, dropped, added, swapped or replaced, a wrong tone, diacritics left
 * off. A seeded generator keeps the set the same from run to run.
 */
import { applyTone, stripTones, splitTone, type Tone } from '../../../shared/spell/tones';

export type TypoKind = 'telex' | 'vni' | 'doubled' | 'dropped' | 'added' | 'swapped' | 'replaced' | 'tone' | 'bare';

export const TYPO_KINDS: readonly TypoKind[] = ['telex', 'vni', 'doubled', 'dropped', 'added', 'swapped', 'replaced', 'tone', 'bare'];

export interface Typo {
  readonly kind: TypoKind;
  readonly intended: string;
  readonly typed: string;
}

/** mulberry32: small, seeded, good enough to pick positions. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TELEX_LETTERS: Readonly<Record<string, string>> = { â: 'aa', ă: 'aw', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw', đ: 'dd' };
const VNI_LETTERS: Readonly<Record<string, string>> = { â: 'a6', ă: 'a8', ê: 'e6', ô: 'o6', ơ: 'o7', ư: 'u7', đ: 'd9' };
const TELEX_TONES = ['', 'f', 's', 'r', 'x', 'j'];
const VNI_TONES = ['', '2', '1', '3', '4', '5'];
const KEYS = Array.from('abcdeghiklmnopqrstuvxyfjwz');

/** The keys typed for `word` with the input method off: letters, then the tone key at the end. */
function keystrokes(word: string, letterKeys: Readonly<Record<string, string>>, toneKeys: readonly string[]): string {
  const { letters, tone } = splitTone(word);
  return letters.map((letter) => letterKeys[letter] ?? letter).join('') + (toneKeys[tone] ?? '');
}

function typoOf(kind: TypoKind, word: string, pick: (n: number) => number): string {
  const chars = Array.from(word);
  const i = pick(chars.length);
  switch (kind) {
    case 'telex':
      return keystrokes(word, TELEX_LETTERS, TELEX_TONES);
    case 'vni':
      return keystrokes(word, VNI_LETTERS, VNI_TONES);
    case 'doubled':
      return [...chars.slice(0, i + 1), ...chars.slice(i)].join('');
    case 'dropped':
      return [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
    case 'added':
      return [...chars.slice(0, i), KEYS[pick(KEYS.length)] ?? 'a', ...chars.slice(i)].join('');
    case 'swapped': {
      const j = Math.min(i, chars.length - 2);
      return [...chars.slice(0, j), chars[j + 1], chars[j], ...chars.slice(j + 2)].join('');
    }
    case 'replaced':
      return [...chars.slice(0, i), KEYS[pick(KEYS.length)] ?? 'a', ...chars.slice(i + 1)].join('');
    case 'tone': {
      const { letters, tone, toneIndex } = splitTone(word);
      const other = ((tone + 1 + pick(5)) % 6) as Tone;
      const at = toneIndex >= 0 ? toneIndex : letters.findIndex((l) => /[aăâeêioôơuưy]/u.test(l));
      return applyTone(letters, other, at);
    }
    case 'bare':
      return stripTones(word).replace(/[ăâ]/gu, 'a').replace(/ê/gu, 'e').replace(/[ôơ]/gu, 'o').replace(/ư/gu, 'u').replace(/đ/gu, 'd');
  }
}

/** One typo of each kind for each word; a "typo" that changes nothing is left out. */
export function generateTypos(words: readonly string[], seed = 7): Typo[] {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  return TYPO_KINDS.flatMap((kind) =>
    words.flatMap((intended) => {
      const typed = typoOf(kind, intended, pick).normalize('NFC');
      return typed === intended ? [] : [{ kind, intended, typed }];
    }),
  );
}
