/**
 * Cell ranges on the clipboard, as spreadsheets and word processors put them there: tab-separated
 * text (Excel quotes a cell that holds a tab, a line break or a quote) and an HTML table (Excel,
 * Word, LibreOffice). Text comes out in NFC with "\n" between the lines of a cell.
 */
import { decodeEntities } from '../../markup';
import { htmlSpans, withoutHtmlSpans } from './html-spans';

export type CellMatrix = string[][];

/** Reads Excel's text/plain: rows end with a line break, cells are separated by tabs. */
export function parseTsv(text: string): CellMatrix {
  const source = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const rows: CellMatrix = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the next quote that is not doubled.
      let j = i + 1;
      let value = '';
      while (j < source.length) {
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += source[j] ?? '';
        j++;
      }
      const after = source[j + 1];
      if (j < source.length && (after === undefined || after === '\t' || after === '\n')) {
        cell = value;
        i = j + 1;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: read the quote as text.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  if (source !== '') {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map(cleanCell));
}

function cleanCell(text: string): string {
  return text.replace(/\u00a0/g, ' ').normalize('NFC');
}

/** The text of a cell's HTML: paragraphs and <br> become line breaks, other tags go. */
function htmlCellText(html: string): string {
  const withoutComments = withoutHtmlSpans(html, /<!--/, /-->/);
  const text = withoutHtmlSpans(withoutComments, /<(style|script)\b/i, (open) => new RegExp(`</${open[1] ?? ''}\\s*>`, 'i'))
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^<>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && i < lines.length - 1))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
    .normalize('NFC');
}

/**
 * The cells of the first table in an HTML fragment, or null when it has none. A cell spanning
 * several columns or rows fills the first of them; the others are left empty.
 */
export function parseHtmlTable(html: string): CellMatrix | null {
  const [table] = htmlSpans(html, /<table[\s>]/i, /<\/table>/i);
  if (table?.closed !== true) return null;
  const matrix: CellMatrix = [];
  const pending = new Map<string, true>();
  let r = 0;
  for (const row of htmlSpans(table.inner, /<tr[\s>]/i, /<\/tr>/i)) {
    if (!row.closed) break;
    const cells: string[] = [];
    let c = 0;
    for (const cell of htmlSpans(row.inner, /<t([dh])(\s[^<>]*)?>/i, (open) => new RegExp(`</t${open[1] ?? ''}>`, 'i'))) {
      if (!cell.closed) break;
      while (pending.has(`${r}:${c}`)) {
        cells.push('');
        c++;
      }
      const attributes = cell.open[2] ?? '';
      const colSpan = Number(/colspan\s*=\s*"?(\d+)/i.exec(attributes)?.[1] ?? 1);
      const rowSpan = Number(/rowspan\s*=\s*"?(\d+)/i.exec(attributes)?.[1] ?? 1);
      cells.push(htmlCellText(cell.inner));
      for (let k = 1; k < colSpan; k++) cells.push('');
      for (let down = 1; down < rowSpan; down++) {
        for (let k = 0; k < colSpan; k++) pending.set(`${r + down}:${c + k}`, true);
      }
      c += colSpan;
    }
    while (pending.has(`${r}:${c}`)) {
      cells.push('');
      c++;
    }
    matrix.push(cells);
    r++;
  }
  return matrix.length === 0 ? null : matrix;
}

/** Excel's text/plain: cells with a tab, a line break or a quote are quoted. */
export function toTsv(matrix: CellMatrix): string {
  const quote = (cell: string): string => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return matrix.map((row) => row.map(quote).join('\t')).join('\n') + '\n';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An HTML table that Word, Excel and LibreOffice paste as a table. */
export function toHtmlTable(matrix: CellMatrix): string {
  const rows = matrix.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`);
  return `<table border="1" style="border-collapse:collapse">${rows.join('')}</table>`;
}
