/**
 * Which parts of one token are misspelled, before the user's own words are consulted. A token is
 * a run of letters and digits, possibly joined by - . / ' & _ ("05-NQ/TU", "Ê-đê", "e-commerce").
 * Codes, numbers, abbreviations in capitals, mixed-case names (VNeID) and single letters are not
 * words to check; what remains must be a Vietnamese syllable or an allowed word.
 */
import { ALLOWED_WORDS } from './allow-list';
import { decodeTelex, decodeVni } from './input-methods';
import { letterCase } from './letter-case';
import { spellKey } from './spell-key';
import { syllableVerdict } from './syllable';
import { splitTone } from './tones';

export interface Span {
  readonly start: number;
  readonly end: number;
}

const PART = /[\p{L}\p{M}\p{Nd}]+/gu;
const LETTERS_AND_DIGITS = /^[\p{L}\p{M}\d]+$/u;
const LETTER = /[\p{L}\p{M}]/gu;
const LOWER_ROMAN = /^(?:x{1,3}|x{0,3}(?:ix|iv|v?i{1,3}|v))$/;
/** Telex doubles and w after a vowel in capitals: VIEEJT, KHOONG, DDAAUF, TRUWOWNGF (not TW). */
const CAPITAL_TELEX = /AA|EE|OO|DD|[AOU]W/;

/** "vie65t", "Quy1": VNI keystrokes left in a word, told apart from codes like "km2" or "A1". */
function isVniLeftover(token: string): boolean {
  if (!LETTERS_AND_DIGITS.test(token)) return false;
  const letters = token.match(LETTER)?.join('') ?? '';
  const shape = letterCase(letters);
  return letters.length >= 2 && (shape === 'lower' || shape === 'capitalised') && decodeVni(token, 'old') !== null;
}

function partMisspelled(part: string): boolean {
  const verdict = syllableVerdict(part);
  if (verdict === 'valid' || splitTone(part).letters.length === 1 || ALLOWED_WORDS.has(spellKey(part))) return false;
  switch (letterCase(part)) {
    case 'mixed':
      return false;
    case 'upper':
      // Capitals are abbreviations (GRDP, HĐND) unless they carry a tone mark or Telex keys.
      return (
        verdict === 'misplaced-tone' || splitTone(part).toneMarks > 0 || (CAPITAL_TELEX.test(part) && decodeTelex(part, 'old') !== null)
      );
    case 'lower':
      return !LOWER_ROMAN.test(part);
    case 'capitalised':
      return true;
  }
}

/** The misspelled parts of `token`, as offsets inside it. */
export function misspelledParts(token: string): Span[] {
  if (/\d/u.test(token)) return isVniLeftover(token) ? [{ start: 0, end: token.length }] : [];
  const spans: Span[] = [];
  for (const match of token.matchAll(PART)) {
    if (partMisspelled(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  // e-commerce, wi-fi: allowed as a whole though a part is no word.
  return spans.length > 0 && ALLOWED_WORDS.has(spellKey(token)) ? [] : spans;
}
