import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, fromRoman, padDocumentNumber, toRoman, toVietnameseLetter } from '../../../shared/model';

/** Canonical Roman numerals 1…3999 (subtractive forms only). */
const CANONICAL_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [7, 'VII'],
    [8, 'VIII'],
    [9, 'IX'],
    [10, 'X'],
    [14, 'XIV'],
    [19, 'XIX'],
    [40, 'XL'],
    [44, 'XLIV'],
    [49, 'XLIX'],
    [90, 'XC'],
    [99, 'XCIX'],
    [400, 'CD'],
    [444, 'CDXLIV'],
    [900, 'CM'],
    [1994, 'MCMXCIV'],
    [2026, 'MMXXVI'],
    [3888, 'MMMDCCCLXXXVIII'],
    [3999, 'MMMCMXCIX'],
  ])('writes %i as %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });

  it('writes every number from 1 to 3999 as a distinct canonical numeral', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 3999; n++) {
      const roman = toRoman(n);
      expect(roman).toMatch(CANONICAL_ROMAN);
      seen.add(roman);
    }
    expect(seen.size).toBe(3999);
  });

  it('never repeats a symbol four times (4 is IV, not IIII)', () => {
    for (let n = 1; n <= 3999; n++) expect(toRoman(n)).not.toMatch(/IIII|XXXX|CCCC|MMMM|VV|LL|DD/);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %s', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });

  it('explains the failure in Vietnamese', () => {
    expect(() => toRoman(0)).toThrow('Không viết được số La Mã cho 0');
    expect(() => toRoman(4000)).toThrow('Không viết được số La Mã cho 4000');
  });
});

describe('fromRoman', () => {
  it('reads back every numeral from 1 to 100', () => {
    for (let n = 1; n <= 100; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });

  it('reads back every numeral up to 3999', () => {
    for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });

  it.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['XL', 40],
    ['XC', 90],
    ['CD', 400],
    ['MCMXCIV', 1994],
    ['MMMCMXCIX', 3999],
  ])('reads %s as %i', (roman, n) => {
    expect(fromRoman(roman)).toBe(n);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(fromRoman('xiv')).toBe(14);
    expect(fromRoman('  IV ')).toBe(4);
    expect(fromRoman('vii')).toBe(7);
  });

  it.each(['IIII', 'VX', '', 'abc', 'IC', 'IL', 'XM', 'VV', 'LL', 'DD', 'IIV', 'XXC', 'I V', ' ', 'IVI', '4', 'Ⅳ'])(
    'rejects %j',
    (text) => {
      expect(fromRoman(text)).toBeNull();
    },
  );

  // fromRoman is declared `number | null`, but for a numeral worth 4000 or more its final check
  // calls toRoman(total), which throws a RangeError instead of returning null.
  it.each(['MMMM', 'MMMMI', 'MMMMCMXCIX'])('returns null rather than throwing for %j (4000 or more)', (text) => {
    expect(() => fromRoman(text)).not.toThrow();
    expect(fromRoman(text)).toBeNull();
  });
});

describe('toVietnameseLetter', () => {
  const SEQUENCE = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

  it('has the 23 letters of the Vietnamese sequence', () => {
    expect(VIETNAMESE_LETTERS).toEqual(SEQUENCE);
    expect(VIETNAMESE_LETTERS).toHaveLength(23);
  });

  it('gives a, b, c, d, đ, e, g, … y for 1 to 23', () => {
    const letters = Array.from({ length: 23 }, (_, i) => toVietnameseLetter(i + 1));
    expect(letters).toEqual(SEQUENCE);
  });

  it.each([
    [1, 'a'],
    [4, 'd'],
    [5, 'đ'],
    [6, 'e'],
    [7, 'g'],
    [9, 'i'],
    [10, 'k'],
    [22, 'x'],
    [23, 'y'],
  ])('letter %i is %s', (n, letter) => {
    expect(toVietnameseLetter(n)).toBe(letter);
  });

  it('never uses f, j, w or z', () => {
    for (let n = 1; n <= 200; n++) expect(toVietnameseLetter(n)).not.toMatch(/[fjwz]/);
  });

  it('doubles the letters past y: 24 → aa, 25 → bb, 28 → đđ, 46 → yy, 47 → aaa', () => {
    expect(toVietnameseLetter(24)).toBe('aa');
    expect(toVietnameseLetter(25)).toBe('bb');
    expect(toVietnameseLetter(28)).toBe('đđ');
    expect(toVietnameseLetter(46)).toBe('yy');
    expect(toVietnameseLetter(47)).toBe('aaa');
  });

  it('writes đ as the precomposed NFC character', () => {
    expect(toVietnameseLetter(5)).toBe('\u0111');
    expect(toVietnameseLetter(5).normalize('NFC')).toBe(toVietnameseLetter(5));
  });

  it.each([0, -1, 1.5, Number.NaN])('throws a RangeError for %s', (n) => {
    expect(() => toVietnameseLetter(n)).toThrow(RangeError);
  });
});

describe('padDocumentNumber', () => {
  it.each([
    ['1', '01'],
    ['5', '05'],
    ['9', '09'],
  ])('pads a single digit %j to %j', (input, expected) => {
    expect(padDocumentNumber(input)).toBe(expected);
  });

  it.each(['10', '30', '58', '123', '05', '09'])('leaves %j unchanged', (input) => {
    expect(padDocumentNumber(input)).toBe(input);
  });

  it('leaves an empty number empty (left blank for the văn thư)', () => {
    expect(padDocumentNumber('')).toBe('');
  });

  it('does not pad text that is not a single digit', () => {
    expect(padDocumentNumber('a')).toBe('a');
    expect(padDocumentNumber(' 5')).toBe(' 5');
  });
});
