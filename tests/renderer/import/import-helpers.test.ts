/** The import dialog's pure parts: which files it takes, their bytes as base64, placement choices, warnings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../shared/model';
import { fileToBase64 } from '../../../renderer/components/file-base64';
import { fileRefusal, sizeText } from '../../../renderer/import/file-data';
import { choiceValue, LEFT_OUT, placementChoices, targetOfChoice } from '../../../renderer/import/placement-choices';
import { tallied } from '../../../renderer/import/warnings';

const PLAN = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));

describe('file-data', () => {
  it('takes DOCX, PDF and TXT of any case, and refuses other, empty or huge files in Vietnamese', () => {
    expect(['a.docx', 'B.PDF', 'ke hoạch.txt'].map((name) => fileRefusal({ name, size: 10 }))).toEqual([null, null, null]);
    expect(fileRefusal({ name: 'a.doc', size: 10 })).toBe('"a.doc" không phải tệp DOCX, PDF, TXT hoặc ảnh quét (PNG, JPEG, TIFF).');
    expect(fileRefusal({ name: 'ban-quet.JPG', size: 10 })).toBeNull();
    expect(fileRefusal({ name: 'ban-quet.tiff', size: 10 })).toBeNull();
    expect(fileRefusal({ name: 'docx', size: 10 })).not.toBeNull();
    expect(fileRefusal({ name: 'a.txt', size: 0 })).toBe('Tệp "a.txt" rỗng, không có nội dung.');
    expect(fileRefusal({ name: 'a.pdf', size: 61 * 1024 * 1024 })).toBe('Tệp "a.pdf" quá lớn (61 MB); chỉ nhận tệp đến 60 MB.');
  });

  it('encodes bytes as base64 across its chunks', async () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) % 256);
    expect(await fileToBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
    expect(await fileToBase64(new Blob([]))).toBe('');
  });

  it('writes sizes as a clerk reads them', () => {
    expect(sizeText(10)).toBe('1 KB');
    expect(sizeText(340 * 1024)).toBe('340 KB');
    expect(sizeText(1.5 * 1024 * 1024)).toBe('1,5 MB');
  });
});

describe('placement choices', () => {
  it('offers every section and appendix by its number and title', () => {
    const choices = placementChoices(PLAN);
    expect(choices.sections.map((c) => c.label)).toEqual([
      'Mục I. MỤC ĐÍCH, YÊU CẦU',
      'Mục II. MỤC TIÊU',
      'Mục III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      'Mục IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(choices.appendices.map((c) => c.label.slice(0, 12))).toEqual(['Phụ lục I: C', 'Phụ lục II: ']);
    expect(choices.appendices.every((c) => c.label.length <= 84 && !c.label.includes('\n'))).toBe(true);
  });

  it('reads back the place a choice stands for', () => {
    for (const target of [{ kind: 'section', sectionId: 's1' }, { kind: 'appendix', appendixId: 'pl:2' }, null] as const) {
      expect(targetOfChoice(choiceValue(target))).toEqual(target);
    }
    expect(targetOfChoice(LEFT_OUT)).toBeNull();
    expect(targetOfChoice('section:')).toBeNull();
    expect(targetOfChoice('khac:x')).toBeNull();
  });
});

describe('tallied', () => {
  it('gives each warning once with its count, in the order first given', () => {
    expect(tallied(['b', 'a', 'b', 'b'])).toEqual([
      ['b', 3],
      ['a', 1],
    ]);
  });
});
