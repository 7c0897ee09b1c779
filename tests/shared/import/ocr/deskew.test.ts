/** Deskew: the slope of a page's lines is found to a few hundredths of a degree and turned back. */
import { describe, expect, it } from 'vitest';
import { estimateSkew, rotateGray } from '../../../../shared/import/ocr/deskew';
import { grayImage } from '../../../../shared/import/ocr/gray-image';
import { textPage } from './synthetic-page';

describe('estimateSkew', () => {
  it('finds the slope a crooked scan gave the lines, either way, up to 1°', () => {
    const level = textPage(1240, 1754);
    expect(estimateSkew(level)).toBe(0);
    for (const degrees of [0.3, -0.5, 1, -1]) {
      // Turning the level page by -θ makes its lines slope by θ.
      const crooked = rotateGray(level, -degrees);
      expect(Math.abs(estimateSkew(crooked) - degrees)).toBeLessThanOrEqual(0.06);
    }
  });

  it('straightens the page: measured again after the turn, the slope is gone', () => {
    const crooked = rotateGray(textPage(1240, 1754), 0.8);
    const straightened = rotateGray(crooked, estimateSkew(crooked));
    expect(Math.abs(estimateSkew(straightened))).toBeLessThanOrEqual(0.06);
  });

  it('says 0 for a blank page and for noise with no lines', () => {
    expect(estimateSkew(grayImage(800, 1000))).toBe(0);
    const noise = grayImage(800, 1000);
    let seed = 3;
    for (let i = 0; i < noise.data.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      noise.data[i] = seed % 100 < 20 ? 0 : 255;
    }
    expect(Math.abs(estimateSkew(noise))).toBeLessThan(0.3);
  });
});
