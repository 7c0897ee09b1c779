/**
 * Appendices: "Phụ lục …", its title and the "(Kèm theo …)" line in their styles; tables whose
 * header row repeats on every page; wide tables on landscape pages.
 */
import { at, atSection, type DocxRule } from './docx-rule';
import { styleIssues } from './font-rules';

/**
 * Practice, not regulation (FORMAT.md A.7, B.7: orientation is not regulated): from this many
 * columns a table is too cramped on a portrait page at the table text size.
 */
export const WIDE_TABLE_COLUMNS = 6;

export const appendixHeadingRule: DocxRule = {
  id: 'tieu-de-phu-luc',
  title: 'Tiêu đề phụ lục và dòng "(Kèm theo …)"',
  concept: 'appendixHeading',
  severity: 'lỗi',
  *check({ parts, profile }) {
    const style = profile.appendix;
    for (const appendix of parts.appendices) {
      yield* styleIssues(appendix.label, `"${appendix.label.p.text.trim()}"`, style.label);
      if (appendix.title.length === 0)
        yield { at: at(appendix.label), message: 'Phụ lục thiếu tên phụ lục (chữ in hoa, đậm) dưới dòng "Phụ lục"' };
      for (const x of appendix.title) yield* styleIssues(x, 'Tên phụ lục', style.title);
      if (appendix.refLine === null)
        yield { at: at(appendix.label), message: 'Phụ lục thiếu dòng "(Kèm theo … số … ngày … của …)" dưới tên phụ lục' };
      else yield* styleIssues(appendix.refLine, 'Dòng "Kèm theo"', style.refLine);
    }
  },
};

export const repeatedHeaderRule: DocxRule = {
  id: 'lap-tieu-de-bang',
  title: 'Lặp lại hàng tiêu đề bảng ở mỗi trang',
  concept: 'appendixTables',
  severity: 'cảnh báo',
  *check({ parts, profile }) {
    if (!profile.appendix.table.repeatHeader) return;
    for (const appendix of parts.appendices) {
      for (const table of appendix.tables) {
        if (table.rows.length > 1 && table.rows[0]?.header !== true) {
          yield { at: at(appendix.label), message: 'Bảng của phụ lục không đặt lặp lại hàng tiêu đề ở đầu mỗi trang' };
        }
      }
    }
  },
};

export const wideTableRule: DocxRule = {
  id: 'phu-luc-doc-bang-rong',
  title: 'Bảng nhiều cột trên trang dọc',
  concept: 'orientation',
  severity: 'cảnh báo',
  *check({ parts, doc }) {
    for (const appendix of parts.appendices) {
      for (const table of appendix.tables) {
        const section = doc.sections[table.section];
        const columns = Math.max(0, ...table.rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.gridSpan, 0)));
        if (section?.orientation === 'portrait' && columns >= WIDE_TABLE_COLUMNS) {
          yield {
            at: atSection(table.section, `bảng ${columns} cột của ${appendix.label.p.text.trim()}`),
            message: `Bảng ${columns} cột trên trang dọc; nên trình bày phụ lục theo chiều ngang`,
          };
        }
      }
    }
  },
};
