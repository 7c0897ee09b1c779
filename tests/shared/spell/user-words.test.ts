/** The user dictionary keeps one NFC entry per word, whatever its tone placement. */
import { describe, expect, it } from 'vitest';
import { MAX_USER_WORD_LENGTH, MAX_USER_WORDS, UserWordError, userWordStatus, withUserWord } from '../../../shared/spell';

describe('withUserWord', () => {
  it('adds the word in NFC', () => {
    const words = withUserWord(['Zalo'], 'Ê-đê'.normalize('NFD'));
    expect(words).toEqual(['Zalo', 'Ê-đê']);
    expect(words[1]).toBe('Ê-đê'.normalize('NFC'));
  });

  it('returns the same list for a word already there in another placement or case', () => {
    const words = ['Thủy'];
    expect(withUserWord(words, 'thuỷ')).toBe(words);
    expect(userWordStatus(words, 'THUỶ')).toBe('present');
  });

  it('refuses words too long for preferences and a full dictionary, in Vietnamese', () => {
    expect(() => withUserWord([], 'a'.repeat(MAX_USER_WORD_LENGTH + 1))).toThrow(UserWordError);
    expect(() => withUserWord([], 'a'.repeat(MAX_USER_WORD_LENGTH + 1))).toThrow(/không thêm được/u);
    const full = Array.from({ length: MAX_USER_WORDS }, (_, i) => `tu${i}`);
    expect(userWordStatus(full, 'Zalo')).toBe('full');
    expect(() => withUserWord(full, 'Zalo')).toThrow(/đã đủ/u);
  });
});
