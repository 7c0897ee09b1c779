/**
 * Tone-mark placement in organ names the app writes from the directory: the Party guide of 2026
 * writes "TỈNH UỶ", "hoà" (mark on the main vowel), the directory may hold "TỈNH ỦY". Only the
 * open syllables oa, oe, uy are written two ways; every other syllable comes back unchanged. The
 * "Ủy" of "Ủy ban" is the State committee's official name, which the guide itself writes "ỦY BAN"
 * in its headers ("ỦY BAN KIỂM TRA TỈNH UỶ SƠN LA"), so it is left as written.
 */
import { placeTone } from '../spell/syllable';
import { splitTone } from '../spell/tones';
import type { FormatProfile } from './profile';

/** "ban" as the next word: the word before it is the "Ủy" of "Ủy ban". */
const BAN_NEXT = /^\s+ban(?!\p{L})/iu;

/** The profile's placement applied to every word of `text`; 'as-given' leaves it alone. */
export function spellOrganName(text: string, profile: FormatProfile): string {
  if (profile.toneMarks === 'as-given') return text;
  // The spell module calls the mark on the glide (hòa) 'old' and on the main vowel (hoà) 'new'.
  const style = profile.toneMarks === 'hoà' ? 'new' : 'old';
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    const split = splitTone(word);
    if (split.letters.join('').toLocaleLowerCase('vi') === 'uy' && BAN_NEXT.test(text.slice(offset + word.length))) return word;
    if (split.tone === 0 || split.toneMarks !== 1) return word;
    return placeTone(split.letters.join(''), split.tone, style) ?? word;
  });
}
