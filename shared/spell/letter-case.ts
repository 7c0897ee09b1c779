/** The capitalisation of a word, so suggestions come back the way the word was written. */

export type LetterCase = 'lower' | 'capitalised' | 'upper' | 'mixed';

const hasCase = (text: string): boolean => text.toLowerCase() !== text.toUpperCase();

export function letterCase(word: string): LetterCase {
  const first = word.slice(0, 1);
  const rest = word.slice(1);
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return hasCase(rest) ? 'upper' : 'capitalised';
  return first === first.toUpperCase() && rest === rest.toLowerCase() ? 'capitalised' : 'mixed';
}

/** `text` (lowercase) written in `shape`; mixed case gives lowercase, as nothing better is known. */
export function withLetterCase(text: string, shape: LetterCase): string {
  switch (shape) {
    case 'upper':
      return text.toUpperCase();
    case 'capitalised':
      return text.slice(0, 1).toUpperCase() + text.slice(1);
    case 'lower':
    case 'mixed':
      return text;
  }
}
