/** Vietnamese spell checking from the spelling rules: offline, no word list, both tone placements. */
export { findMisspellings, isMisspelled, type Misspelling, type SpellOptions } from './find-misspellings';
export { suggest, type SuggestOptions } from './suggest';
export { spellKey } from './spell-key';
export { MAX_USER_WORD_LENGTH, MAX_USER_WORDS, UserWordError, userWordStatus, withUserWord } from './user-words';
export { isSyllable, syllableVerdict, type SyllableVerdict, type ToneStyle } from './syllable';
export { decodeTelex, decodeVni } from './input-methods';
