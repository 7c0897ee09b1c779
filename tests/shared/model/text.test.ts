import { describe, expect, it } from 'vitest';
import { cellText, inlineText, isCrossRef, normalizeNfc, oneLine, type Inline } from '../../../shared/model';

describe('inlineText', () => {
  it('joins the text of the leaves, ignoring marks', () => {
    const children: Inline[] = [{ text: 'Tăng cường ' }, { text: 'sự lãnh đạo', bold: true }, { text: ' của Đảng', italic: true }];
    expect(inlineText(children)).toBe('Tăng cường sự lãnh đạo của Đảng');
  });

  it('gives an empty string for no children', () => {
    expect(inlineText([])).toBe('');
  });
});

describe('isCrossRef', () => {
  it('tells cross-references from text leaves', () => {
    expect(isCrossRef({ type: 'xref', appendixId: 'pl1', children: [{ text: '' }] })).toBe(true);
    expect(isCrossRef({ text: 'xref' })).toBe(false);
    expect(isCrossRef({ text: '', bold: true })).toBe(false);
  });
});

describe('cellText', () => {
  it('returns plain text unchanged, line breaks included', () => {
    expect(cellText('Quý I/2026')).toBe('Quý I/2026');
    expect(cellText('- Dòng 1;\n- Dòng 2')).toBe('- Dòng 1;\n- Dòng 2');
  });

  it('joins a list of agencies with commas', () => {
    expect(cellText(['Sở Tài chính', 'Sở Xây dựng', 'UBND các huyện'])).toBe('Sở Tài chính, Sở Xây dựng, UBND các huyện');
    expect(cellText([])).toBe('');
  });

  it('joins formatted runs', () => {
    expect(cellText({ runs: [{ text: 'Chủ trì: ', bold: true }, { text: 'Sở Nội vụ' }] })).toBe('Chủ trì: Sở Nội vụ');
  });

  it('gives an empty string for a missing cell', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText('')).toBe('');
  });
});

describe('normalizeNfc', () => {
  const nfc = 'Kế hoạch thực hiện Nghị quyết';
  const nfd = nfc.normalize('NFD');

  it('composes decomposed diacritics in strings', () => {
    expect(nfd).not.toBe(nfc);
    expect(normalizeNfc(nfd)).toBe(nfc);
  });

  it('composes strings deep inside objects and arrays, keys included', () => {
    const input = { [nfd]: [nfd, { text: nfd, n: 5, flag: true, nothing: null }], plain: 'abc' };
    expect(normalizeNfc(input)).toEqual({ [nfc]: [nfc, { text: nfc, n: 5, flag: true, nothing: null }], plain: 'abc' });
  });

  it('returns a copy and leaves the input as it was', () => {
    const input = { a: [nfd] };
    const output = normalizeNfc(input);
    expect(output).not.toBe(input);
    expect(output.a).not.toBe(input.a);
    expect(input.a[0]).toBe(nfd);
  });

  it('passes numbers, booleans and null through', () => {
    expect(normalizeNfc(42)).toBe(42);
    expect(normalizeNfc(false)).toBe(false);
    expect(normalizeNfc(null)).toBeNull();
  });

  it('keeps key order, and the later value when two keys are equal once composed', () => {
    const output = normalizeNfc({ b: 1, [nfc]: 'trước', a: [2], [nfd]: 'sau' });
    expect(Object.keys(output)).toEqual(['b', nfc, 'a']);
    expect(output).toEqual({ b: 1, [nfc]: 'sau', a: [2] });
  });

  it('copies a value nested 200,000 levels deep without overflowing the stack', () => {
    let deep: unknown = nfd;
    for (let i = 0; i < 200_000; i++) deep = i % 2 === 0 ? [deep] : { x: deep };
    let copy = normalizeNfc(deep);
    for (let i = 200_000 - 1; i >= 0; i--) copy = i % 2 === 0 ? (copy as unknown[])[0] : (copy as { x: unknown }).x;
    expect(copy).toBe(nfc);
  });
});

describe('oneLine', () => {
  it('turns each stretch of white space with a line break into one space, and leaves other spaces', () => {
    expect(oneLine('ỦY BAN NHÂN DÂN \n\n TỈNH NINH BÌNH')).toBe('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(oneLine('Sở  Tài chính\t')).toBe('Sở  Tài chính\t');
  });

  it('keeps a long run of spaces without a line break whole', () => {
    const spaces = ' '.repeat(200_000);
    expect(oneLine(`a${spaces}b`)).toBe(`a${spaces}b`);
  });
});
