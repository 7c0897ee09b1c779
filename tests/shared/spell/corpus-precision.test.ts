/**
 * Precision on real plans: not one word of the three seed documents or of the templates' prose is
 * flagged. The corpus uses both tone placements (hóa and hoá), so both are exercised.
 */
import { describe, expect, it } from 'vitest';
import { findMisspellings, isSyllable } from '../../../shared/spell';
import { corpusSyllables, seedTexts, templateTexts } from './corpus';

describe('no false flags on real plans', () => {
  const corpus = [...seedTexts(), ...templateTexts()];

  it('reads a corpus large enough to mean something, with both tone placements', () => {
    expect(seedTexts()).toHaveLength(3);
    expect(templateTexts().length).toBeGreaterThan(100);
    const syllables = corpusSyllables(isSyllable);
    expect(syllables.length).toBeGreaterThan(800);
    expect(syllables).toEqual(expect.arrayContaining(['hóa', 'hoá', 'ủy', 'thủy', 'khỏe', 'quý', 'quỹ']));
  });

  it('flags nothing in the seeds and templates', () => {
    const flagged = corpus.flatMap(({ source, text }) =>
      text.split('\n').flatMap((line) => findMisspellings(line).map((m) => `${source}: ${m.word}`)),
    );
    expect(flagged).toEqual([]);
  });

  it('flags typos planted in the same text', () => {
    const [seed] = seedTexts();
    const planted = (seed?.text ?? '').replace('Thực hiện', 'Thuwcj hiện').replace('nhiệm vụ', 'nhieemj vụ');
    expect(findMisspellings(planted).map((m) => m.word)).toEqual(['Thuwcj', 'nhieemj']);
  });
});
