/**
 * The user's dictionary as preferences store it (shared/ipc PreferencesSchema: at most 5,000 words
 * of at most 64 characters, NFC). Adding keeps one entry per spelling key, so "hoá" is not stored
 * again beside "hóa".
 */
import { spellKey } from './spell-key';

export const MAX_USER_WORDS = 5000;
export const MAX_USER_WORD_LENGTH = 64;

export class UserWordError extends Error {
  override readonly name = 'UserWordError';
}

/** Whether `word` can go into the dictionary, or is already there under some spelling. */
export function userWordStatus(words: readonly string[], word: string): 'addable' | 'present' | 'too-long' | 'full' {
  const key = spellKey(word);
  if (words.some((w) => spellKey(w) === key)) return 'present';
  if (word.normalize('NFC').length > MAX_USER_WORD_LENGTH) return 'too-long';
  return words.length >= MAX_USER_WORDS ? 'full' : 'addable';
}

/** The list with `word` added in NFC; the same list when the word is already there. */
export function withUserWord(words: readonly string[], word: string): readonly string[] {
  switch (userWordStatus(words, word)) {
    case 'present':
      return words;
    case 'too-long':
      throw new UserWordError(`Từ dài quá ${MAX_USER_WORD_LENGTH} ký tự, không thêm được vào từ điển.`);
    case 'full':
      throw new UserWordError(`Từ điển đã đủ ${MAX_USER_WORDS} từ.`);
    case 'addable':
      return [...words, word.normalize('NFC')];
  }
}
