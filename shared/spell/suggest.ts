/**
 * Replacements for a misspelled word, best first: what an input method meant (Telex "Vieejt",
 * VNI "vie65t"), then well-formed syllables close in letters, diacritics and tone, a split of two
 * syllables typed together, and user or allowed words close to it. Ties go to syllables common in
 * plans. The word's capitalisation is kept.
 */
import { ALLOWED_LIST } from './allow-list';
import { COMMON_SYLLABLES } from './common-syllables';
import { typingDistance } from './typing-distance';
import type { SpellOptions } from './find-misspellings';
import { decodeTelex, decodeVni } from './input-methods';
import { letterCase, withLetterCase } from './letter-case';
import { spellKey, spellKeySet } from './spell-key';
import { isSyllable, parseSyllable, placeTone, type ToneStyle } from './syllable';
import { syllableInventory } from './syllable-inventory';
import { TONES, applyTone, splitTone } from './tones';

export interface SuggestOptions extends SpellOptions {
  /** Where suggestions put the tone of oa, oe, uy: "hòa" (old, the default) or "hoà" (new). */
  readonly toneStyle?: ToneStyle;
  /** How many suggestions at most (default 5). */
  readonly limit?: number;
  /** Text the word belongs to (its section or plan): syllables used there rank first. */
  readonly context?: string;
}

/** Input-method decodings always come first. */
const DECODED = -2;
const COMMON_BONUS = 0.3;
const CONTEXT_BONUS = 0.4;
const TONE_CHANGE = 0.75;
const SPLIT = 1;
const SPELLING_REPAIR = 0.25;

/** The onsets that spelling changes before front vowels (nghê not ngê, kê not cê, gà not ghà). */
const ONSET_REPAIRS: readonly (readonly [string, string])[] = [
  ['ngh', 'ng'],
  ['ng', 'ngh'],
  ['gh', 'g'],
  ['g', 'gh'],
  ['k', 'c'],
  ['c', 'k'],
  ['q', 'qu'],
];

class Candidates {
  private readonly scores = new Map<string, number>();

  constructor(
    private readonly typed: string,
    private readonly preferred: ReadonlySet<string>,
  ) {}

  offer(candidate: string | null, score: number): void {
    if (candidate === null) return;
    const lower = candidate.toLowerCase();
    if (lower === this.typed) return;
    const key = spellKey(lower);
    const bonus = (COMMON_SYLLABLES.has(key) ? COMMON_BONUS : 0) + (this.preferred.has(key) ? CONTEXT_BONUS : 0);
    const previous = this.scores.get(lower);
    if (previous === undefined || score - bonus < previous) this.scores.set(lower, score - bonus);
  }

  best(limit: number): string[] {
    return [...this.scores]
      .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([candidate]) => candidate);
  }
}

function maxDistance(length: number): number {
  if (length <= 2) return 1;
  return length <= 4 ? 1.5 : 2;
}

function offerSyllables(candidates: Candidates, word: string, style: ToneStyle): void {
  const { letters, tone } = splitTone(word);
  const limit = maxDistance(letters.length);
  for (const syllable of syllableInventory()) {
    if (Math.abs(syllable.letters.length - letters.length) > 2) continue;
    const distance = typingDistance(letters, syllable.letters);
    if (distance > limit) continue;
    for (const t of TONES) {
      const cost = t === tone ? 0 : distance === 0 ? TONE_CHANGE / 2 : TONE_CHANGE;
      if (distance + cost > limit || (syllable.stop && t !== 2 && t !== 5)) continue;
      candidates.offer(applyTone(syllable.letters, t, syllable.toneAt[style]), distance + cost);
    }
  }
}

function offerSpellingRepairs(candidates: Candidates, word: string, style: ToneStyle): void {
  const { letters, tone } = splitTone(word);
  const toneless = letters.join('');
  if (parseSyllable(toneless).length > 0) return;
  for (const [from, to] of ONSET_REPAIRS) {
    if (toneless.startsWith(from)) candidates.offer(placeTone(to + toneless.slice(from.length), tone, style), SPELLING_REPAIR);
  }
}

/** "chínhphủ" → "chính phủ". */
function offerSplits(candidates: Candidates, word: string): void {
  const chars = Array.from(word);
  for (let i = 1; i < chars.length; i += 1) {
    const left = chars.slice(0, i).join('');
    const right = chars.slice(i).join('');
    if (left.length > 1 && right.length > 1 && isSyllable(left) && isSyllable(right)) candidates.offer(`${left} ${right}`, SPLIT);
  }
}

/** "internt" → "internet"; short words would only bring noise ("kă" → "kg"). */
function offerWords(candidates: Candidates, word: string, words: readonly string[]): void {
  const typed = Array.from(word);
  if (typed.length < 4) return;
  const limit = typed.length >= 6 ? 2 : 1;
  for (const known of words) {
    const target = Array.from(known.normalize('NFC').toLowerCase());
    if (Math.abs(target.length - typed.length) > limit) continue;
    const distance = typingDistance(typed, target);
    if (distance <= limit) candidates.offer(target.join(''), distance);
  }
}

function contextKeys(context: string): ReadonlySet<string> {
  return spellKeySet([...context.matchAll(/[\p{L}\p{M}]+/gu)].map(([word]) => word).filter(isSyllable));
}

export function suggest(word: string, options: SuggestOptions = {}): string[] {
  const style = options.toneStyle ?? 'old';
  const lower = word.normalize('NFC').toLowerCase();
  const candidates = new Candidates(lower, contextKeys(options.context ?? ''));
  candidates.offer(decodeTelex(word, style), DECODED);
  candidates.offer(decodeVni(word, style), DECODED);
  offerSpellingRepairs(candidates, lower, style);
  offerSyllables(candidates, lower, style);
  offerSplits(candidates, lower);
  offerWords(candidates, lower, [...(options.userWords ?? []), ...ALLOWED_LIST]);
  return candidates.best(options.limit ?? 5).map((candidate) => withLetterCase(candidate, letterCase(word)));
}
