/** Cell ranges from Excel's text and from HTML tables of Word/Excel/LibreOffice, and back. */
import { describe, expect, it } from 'vitest';
import { parseHtmlTable, parseTsv, toHtmlTable, toTsv } from '../../../shared/paste/clipboard-table';

describe('TSV', () => {
  it('reads rows, tabs, quoted cells with line breaks and doubled quotes', () => {
    const text = 'I\tNhóm\r\n1\t"Dòng một\nDòng hai"\tSở Y tế\r\n2\t"Nói ""có"""\t\r\n';
    expect(parseTsv(text)).toEqual([
      ['I', 'Nhóm'],
      ['1', 'Dòng một\nDòng hai', 'Sở Y tế'],
      ['2', 'Nói "có"', ''],
    ]);
  });

  it('keeps a quote in the middle of a cell as text and returns NFC', () => {
    expect(parseTsv('6" ống\tVie\u0302\u0323t')).toEqual([['6" ống', 'Việt']]);
    expect(parseTsv('"không đóng\tx')).toEqual([['"không đóng', 'x']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('round-trips what it writes', () => {
    const matrix = [
      ['a\tb', 'c\nd'],
      ['"q"', ''],
    ];
    expect(parseTsv(toTsv(matrix))).toEqual(matrix);
  });
});

describe('HTML tables', () => {
  it('reads a Word table: paragraphs become lines, entities decoded, Office tags dropped', () => {
    const html = `<html><body><!--StartFragment--><table class=MsoTableGrid><tr><td width=40><p class=MsoNormal>1<o:p></o:p></p></td>
      <td><p class=MsoNormal>Rà soát&nbsp;quy hoạch<o:p></o:p></p><p>tỉnh &amp; vùng</p></td></tr>
      <tr><td colspan=2><b>Hết</b></td></tr></table><!--EndFragment--></body></html>`;
    expect(parseHtmlTable(html)).toEqual([
      ['1', 'Rà soát quy hoạch\ntỉnh & vùng'],
      ['Hết', ''],
    ]);
  });

  it('fills the cells covered by a row span with empty text', () => {
    const html = '<table><tr><td rowspan="2">A</td><td>B</td></tr><tr><td>C</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([
      ['A', 'B'],
      ['', 'C'],
    ]);
  });

  it('returns null without a table, and round-trips its own tables', () => {
    expect(parseHtmlTable('<p>chỉ là đoạn văn</p>')).toBeNull();
    const matrix = [['<Sở> & "Ban"', 'hai\ndòng']];
    expect(parseHtmlTable(toHtmlTable(matrix))).toEqual(matrix);
  });
});
