/**
 * How the grid draws an appendix: column sizes, which column carries group titles, which group rows
 * are a band across the columns, and a cell's text as shown and as edited.
 */
import { cellOf, cellText, type Appendix, type CellValue, type Column, type Row } from '../../shared/model';
import { cellIsBlank } from '../../shared/edit/appendix-rows';
import { cellValueFor } from '../../shared/paste/appendix-paste';

export interface GridLayout {
  readonly columns: readonly Column[];
  /** The column of group titles: the main column, or the group column of a "merged" appendix. */
  readonly titleIndex: number;
  /** CSS grid-template-columns shared by the header and every row. */
  readonly template: string;
}

/**
 * A column's track: a deadline column never narrower than a whole date ("10/12/2026" is 81 px
 * in the 14 px interface font, 94 px with the cell's padding), since a cell breaks a word that does not fit.
 */
function trackOf(column: Column): string {
  if (column.type === 'stt') return 'minmax(44px, 52px)';
  return `minmax(${column.type === 'deadline' ? '100px' : '72px'}, ${String(column.width)}fr)`;
}

export function gridLayout(appendix: Pick<Appendix, 'columns' | 'mainColumn' | 'groupColumn' | 'groupLayout'>): GridLayout {
  const columns = appendix.columns;
  const titleId = appendix.groupLayout === 'merged' ? (appendix.groupColumn ?? appendix.mainColumn) : appendix.mainColumn;
  const titleIndex = Math.max(
    0,
    columns.findIndex((c) => c.id === titleId),
  );
  const template = columns.map(trackOf).join(' ');
  return { columns, titleIndex, template };
}

/** A group row whose only text is its title is drawn as a band from the title column to the end. */
export function isBanded(layout: GridLayout, row: Row): boolean {
  if (row.kind !== 'group') return false;
  const titleId = layout.columns[layout.titleIndex]?.id;
  return layout.columns.every((c) => c.id === titleId || cellIsBlank(cellOf(row, c.id)));
}

/** The column a position lands on in this row: the band covers the columns after the title. */
export function landingColumn(layout: GridLayout, row: Row | undefined, index: number): number {
  if (row !== undefined && index > layout.titleIndex && isBanded(layout, row)) return layout.titleIndex;
  return index;
}

/** The text a cell starts editing with: agency lists one name after another with "; ". */
export function editText(value: CellValue | undefined): string {
  if (Array.isArray(value)) return value.join('; ');
  return cellText(value);
}

/**
 * An agency list as typed at its end. What follows a finished name (the cell's text when the edit
 * began, or a name just chosen from the suggestions) starts the next agency, so "; " goes between
 * them, taking the place of a space or comma typed there; a ";" or a line break typed by the user
 * is theirs. Anything else (an edit inside the text, an unfinished name) is left as typed.
 */
export function separateAgencies(finished: string, text: string): string {
  const name = finished.trimEnd();
  if (name === '' || /[;\n]$/u.test(name) || !text.startsWith(finished) || text.length === finished.length) return text;
  const added = text.slice(finished.length);
  if (/^\s*[;\n]/u.test(added)) return text;
  return `${name}; ${added.replace(/^[\s,]+/u, '')}`;
}

/** The value stored for what was typed in a cell of this column ('' when blank). */
export function typedValue(column: Column, text: string): CellValue {
  return cellValueFor(column, text) ?? (column.type === 'agencies' ? [] : '');
}

/** What the grid copies from a cell: the number, the "- " prefix and the text as shown. */
export function copyText(column: Column, row: Row, stt: string, prefix: string, mainColumn: string): string {
  if (column.type === 'stt') return stt;
  const text = editText(cellOf(row, column.id));
  return column.id === mainColumn && text !== '' ? `${prefix}${text}` : text;
}

/** A typical grid width and glyph width (12 pt Times), to guess row heights before measuring. */
const GUESS_WIDTH_PX = 1000;
const GLYPH_PX = 7;
const LINE_PX = 21;

/**
 * The height a row will probably have, from the length of its texts: a close guess keeps the
 * scroll bar still while rows are measured for the first time.
 */
export function estimateRowHeight(row: Row | undefined, layout: GridLayout): number {
  if (row === undefined) return LINE_PX + 9;
  const total = layout.columns.reduce((sum, c) => sum + c.width, 0);
  const banded = isBanded(layout, row);
  let lines = 1;
  layout.columns.forEach((column, i) => {
    const value = cellOf(row, column.id);
    if (value === undefined || column.type === 'stt') return;
    const share =
      banded && i === layout.titleIndex ? 1 - layout.columns.slice(0, i).reduce((s, c) => s + c.width, 0) / total : column.width / total;
    const perLine = Math.max(8, Math.floor((share * GUESS_WIDTH_PX - 12) / GLYPH_PX));
    const parts = Array.isArray(value) ? value : editText(value).split('\n');
    lines = Math.max(
      lines,
      parts.reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0),
    );
  });
  return lines * LINE_PX + 9;
}
