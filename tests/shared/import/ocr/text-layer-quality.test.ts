/** Telling a PDF text layer worth reading from garbage and from a scanner's poor OCR. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeTextLayer } from '../../../../shared/import/ocr/text-layer-quality';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'seeds');
const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

/** What an English OCR model makes of Vietnamese: marks dropped, đ read as d. */
const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('judgeTextLayer', () => {
  it('accepts the text of real plans, whatever their layout', () => {
    for (const name of [
      'ke-hoach-dang-ninh-binh-58-KH-TU.txt',
      'ke-hoach-nha-nuoc-bql-kkt-thuc-hien-30-KH-UBND.txt',
      'thong-bao-dang-hoi-nghi-so-ket.txt',
    ]) {
      const quality = judgeTextLayer(seed(name));
      expect(quality.verdict, name).toBe('good');
      expect(quality.syllableShare).toBeGreaterThan(0.95);
    }
  });

  it('takes text that lost its marks for a poor OCR reading', () => {
    const quality = judgeTextLayer(withoutMarks(seed('ke-hoach-dang-ninh-binh-58-KH-TU.txt')));
    expect(quality.verdict).toBe('poor-ocr');
    expect(quality.markedShare).toBeLessThan(0.05);
  });

  it('takes glyph codes without a Unicode map for garbage', () => {
    const text = seed('thong-bao-dang-hoi-nghi-so-ket.txt');
    // A font without a ToUnicode map gives its glyph ids: here shifted into symbols and private-use code points.
    const glyphs = Array.from(text, (c) => (/\s/u.test(c) ? c : String.fromCodePoint(0xe000 + ((c.codePointAt(0) ?? 0) % 200)))).join('');
    expect(judgeTextLayer(glyphs).verdict).toBe('garbage');
    const latin = Array.from(text, (c) => (/\p{L}/u.test(c) ? String.fromCharCode(0x61 + (((c.codePointAt(0) ?? 0) * 7) % 26)) : c)).join(
      '',
    );
    expect(judgeTextLayer(latin).verdict).toBe('garbage');
  });

  it('says empty for a layer with no words, and good for a page too short to judge', () => {
    expect(judgeTextLayer('  \n 3 \n').verdict).toBe('empty');
    expect(judgeTextLayer('Nơi nhận:\n- Như trên;\n- Lưu VT.').verdict).toBe('good');
  });

  it('reads a TCVN3 layer (an old font that maps bytes to Latin-1) as the Vietnamese it is', () => {
    const tcvn3 = 'KÕ ho¹ch thùc hiÖn NghÞ quyÕt cña Ban Th­êng vô TØnh ñy vÒ x©y dùng tØnh. '.repeat(10);
    expect(judgeTextLayer(tcvn3).verdict).toBe('good');
  });
});
