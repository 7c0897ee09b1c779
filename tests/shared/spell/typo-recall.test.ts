/**
 * Recall on typos generated from the corpus's own syllables. A syllable checker catches every typo
 * that makes an impossible syllable; typos that make another well-formed syllable ("bạn" for
 * "bán", "ao" for "bao") need a word list or context, so those kinds are held to what the rules can
 * see: a wrong tone or missing tone on a stop final, which is always impossible.
 */
import { describe, expect, it } from 'vitest';
import { isMisspelled, isSyllable, suggest } from '../../../shared/spell';
import { rhymeShape } from '../../../shared/spell/rhymes';
import { parseSyllable } from '../../../shared/spell/syllable';
import { splitTone } from '../../../shared/spell/tones';
import { corpusSyllables } from './corpus';
import { generateTypos, type Typo, type TypoKind } from './typos';

const words = corpusSyllables(isSyllable);
const typos = generateTypos(words);

function recall(kind: TypoKind, filter: (typo: Typo) => boolean = () => true): number {
  const some = typos.filter((t) => t.kind === kind && filter(t));
  return some.filter((t) => isMisspelled(t.typed)).length / some.length;
}

const stopFinal = (word: string): boolean => parseSyllable(splitTone(word).letters.join('')).some((p) => rhymeShape(p.rhyme).stop);

describe('typo recall', () => {
  it('generates typos of every kind from the corpus', () => {
    expect(typos.length).toBeGreaterThan(7000);
  });

  it.each([
    ['telex', 0.99],
    ['vni', 0.99],
    ['doubled', 0.99],
    ['added', 0.95],
    ['swapped', 0.9],
    ['replaced', 0.75],
  ] as const)('catches %s typos (recall ≥ %d)', (kind, minimum) => {
    expect(recall(kind)).toBeGreaterThanOrEqual(minimum);
  });

  it('catches every wrong tone on a stop final (viềt, hoc)', () => {
    const impossible = (t: Typo): boolean => stopFinal(t.intended) && ![2, 5].includes(splitTone(t.typed).tone);
    expect(recall('tone', impossible)).toBe(1);
    expect(recall('bare', (t) => stopFinal(t.intended))).toBe(1);
  });
});

describe('suggestions for generated typos', () => {
  // Every fifth caught typo: suggestions search thousands of syllables, and this is a unit test.
  const topFor = (kind: TypoKind, n: number): number => {
    const caught = typos.filter((t) => t.kind === kind && isMisspelled(t.typed)).filter((_, i) => i % 5 === 0);
    return caught.filter((t) => suggest(t.typed).slice(0, n).includes(t.intended)).length / caught.length;
  };

  it('puts the intended word first for input-method leftovers', () => {
    expect(topFor('telex', 1)).toBeGreaterThanOrEqual(0.99);
    expect(topFor('vni', 1)).toBeGreaterThanOrEqual(0.99);
  });

  it('has the intended word among five for doubled letters and wrong tones', () => {
    expect(topFor('doubled', 5)).toBeGreaterThanOrEqual(0.99);
    expect(topFor('tone', 5)).toBeGreaterThanOrEqual(0.99);
  });
});
