/**
 * isSimilar stops the edit distance early (the header test of every appendix row used the full
 * distance); it must answer exactly as `similarity(a, b) >= threshold` always did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSimilar, similarity } from '../../../shared/import/normalize/clean-text';

describe('isSimilar', () => {
  it('agrees with similarity ≥ threshold on any strings and thresholds', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '|', 'đ'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.constantFrom(0, 0.5, 0.75, 0.8, 0.9, 1), (a, b, threshold) => {
        expect(isSimilar(a, b, threshold)).toBe(similarity(a, b) >= threshold);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees at the boundary the header test uses (distance exactly a fifth of the length)', () => {
    expect(similarity('abcde', 'abcdx')).toBe(0.8);
    expect(isSimilar('abcde', 'abcdx', 0.8)).toBe(true);
    expect(isSimilar('stt|nhiem vu|co quan chu tri', 'stt|nhiem vu|co quan chu tri', 0.8)).toBe(true);
    expect(isSimilar('1|dieu chinh quy hoach tinh ninh binh thoi ky 2021 2030', 'stt|nhiem vu|co quan chu tri', 0.8)).toBe(false);
    expect(isSimilar('', '', 0.8)).toBe(true);
  });
});
