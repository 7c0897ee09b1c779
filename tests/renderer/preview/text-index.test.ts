/** The printed text as one searchable string: matching ignores spaces, case and decomposed marks. */
import { describe, expect, it } from 'vitest';
import { normalizeForMatch, PdfTextIndex } from '../../../renderer/preview/text-index';

describe('normalizeForMatch', () => {
  it('drops white space and zero-width characters, lowers case and composes to NFC', () => {
    expect(normalizeForMatch('  I. MỤC ĐÍCH,\nYÊU\u00a0CẦU\ufeff ')).toBe('i.mụcđích,yêucầu');
    expect(normalizeForMatch('Vie\u0323\u0302t Nam')).toBe('việtnam');
  });
});

describe('PdfTextIndex', () => {
  const index = new PdfTextIndex([
    [
      { text: 'KẾ HOẠCH', top: 0.1 },
      { text: 'Thực hiện Nghị quyết', top: 0.2 },
    ],
    [
      { text: 'số 05-NQ/TU', top: 0 },
      { text: '', top: 0.5 },
      { text: 'Phụ lục I', top: 0.6 },
    ],
  ]);

  it('finds text across line and page breaks, from a position on, within a limit', () => {
    expect(index.find('nghịquyếtsố05', 0)).toBeGreaterThan(0);
    expect(index.hitAt(index.find('nghịquyếtsố05', 0))).toEqual({ page: 0, top: 0.2 });
    expect(index.hitAt(index.find('phụlục', 0))).toEqual({ page: 1, top: 0.6 });
    expect(index.find('kếhoạch', 1)).toBe(-1);
    expect(index.find('phụlục', 0, 5)).toBe(-1);
    expect(index.find('', 0)).toBe(-1);
  });

  it('maps a spot on a page to the line that starts above it, or the first line', () => {
    expect(index.hitAt(index.lineAt(0, 0.25))).toEqual({ page: 0, top: 0.2 });
    expect(index.hitAt(index.lineAt(1, 0.9))).toEqual({ page: 1, top: 0.6 });
    expect(index.hitAt(index.lineAt(0, 0.01))).toEqual({ page: 0, top: 0.1 });
    expect(new PdfTextIndex([[]]).lineAt(0, 0.5)).toBe(-1);
    expect(index.pageCount).toBe(2);
  });

  it('takes a table row’s line whole, whichever of its runs comes first', () => {
    const table = new PdfTextIndex([
      [
        { text: '20', top: 0.3 },
        { text: 'Xây dựng chính sách', top: 0.3 },
        { text: '21', top: 0.4 },
        { text: 'Xây dựng cơ sở dữ liệu', top: 0.4 },
        { text: 'Sở Y tế', top: 0.3998 },
        { text: 'về y tế', top: 0.42 },
      ],
    ]);
    expect(table.lineAt(0, 0.41)).toBe(table.text.indexOf('sởytế') + 'sởytế'.length - 1);
  });
});
