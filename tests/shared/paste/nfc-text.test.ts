import { describe, expect, it } from 'vitest';
import { nfcFix, offsetAfterNfcFix } from '../../../shared/paste/nfc-text';

const decomposed = 'Vie\u0302\u0323t Nam';

describe('nfcFix', () => {
  it('leaves NFC text alone', () => {
    expect(nfcFix('Việt Nam')).toBeNull();
    expect(nfcFix('')).toBeNull();
  });

  it('replaces only the decomposed syllable part', () => {
    const fix = nfcFix(decomposed);
    expect(fix).toEqual({ offset: 2, removed: 'e\u0302\u0323', inserted: 'ệ' });
    if (fix === null) return;
    const fixed = decomposed.slice(0, fix.offset) + fix.inserted + decomposed.slice(fix.offset + fix.removed.length);
    expect(fixed).toBe('Việt Nam');
  });

  it('composes a precomposed letter followed by a combining mark', () => {
    expect(nfcFix('ê\u0301')).toEqual({ offset: 0, removed: 'ê\u0301', inserted: 'ế' });
  });

  it('fixes several syllables in one replacement', () => {
    const text = 'Ho\u0302\u0300 Chi\u0301 Minh';
    const fix = nfcFix(text);
    expect(fix).not.toBeNull();
    if (fix === null) return;
    expect(text.slice(0, fix.offset) + fix.inserted + text.slice(fix.offset + fix.removed.length)).toBe('Hồ Chí Minh');
  });
});

describe('offsetAfterNfcFix', () => {
  const fix = { offset: 2, removed: 'e\u0302\u0323', inserted: 'ệ' };
  it('keeps offsets before the fix', () => {
    expect(offsetAfterNfcFix(fix, 0)).toBe(0);
    expect(offsetAfterNfcFix(fix, 2)).toBe(2);
  });
  it('moves offsets after the fix by the change in length', () => {
    expect(offsetAfterNfcFix(fix, 5)).toBe(3);
    expect(offsetAfterNfcFix(fix, decomposed.length)).toBe('Việt Nam'.length);
  });
  it('puts offsets inside the decomposed sequence after the composed letter', () => {
    expect(offsetAfterNfcFix(fix, 3)).toBe(3);
    expect(offsetAfterNfcFix(fix, 4)).toBe(3);
  });
});
