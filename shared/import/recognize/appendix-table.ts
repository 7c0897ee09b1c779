/**
 * Source tables → one typed appendix table. The header row types the columns; tables that follow
 * with the same header (or none) continue it; header rows repeated at page breaks and the "(1) (2)
 * (3)" column-number row are dropped. STT values give each row its outline depth (I → 1 → 1.1 →
 * a → -), a row followed by deeper rows is a group, and rows without a number join the group above.
 */
import { fromRoman, type Appendix, type CellValue, type LevelStyle, type Row, type RowNumbering, type TextLeaf } from '../../model';
import { matchKey, isSimilar } from '../normalize/clean-text';
import type { UnplacedText } from '../report';
import type { SourceRow, SourceTable } from '../source';
import { MAX_TABLE_COLUMNS, looksLikeHeader, planColumns } from './appendix-columns';

interface GridCell {
  readonly text: string;
  readonly runs: readonly TextLeaf[];
  readonly mergeUp: boolean;
}

const EMPTY: GridCell = { text: '', runs: [], mergeUp: false };

function toGrid(row: SourceRow): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of row.cells) {
    out.push({ text: cell.text, runs: cell.runs, mergeUp: cell.mergeUp });
    for (let i = 1; i < cell.span; i++) out.push({ ...EMPTY, mergeUp: cell.mergeUp });
  }
  return out;
}

/**
 * A header repeated at a page break may differ by a few characters (a typo, a broken extraction).
 * Headers are short; past this length only an exact repeat counts, because the edit distance
 * grows with the square of the length and a hostile file could make it run for minutes.
 */
const MAX_FUZZY_HEADER = 1000;

function sameHeader(a: readonly string[], b: readonly string[]): boolean {
  const x = a.map(matchKey).join('|');
  const y = b.map(matchKey).join('|');
  if (x === y) return true;
  return Math.max(x.length, y.length) <= MAX_FUZZY_HEADER && isSimilar(x, y, 0.8);
}

const isColumnNumberRow = (cells: readonly GridCell[]): boolean => {
  const filled = cells.filter((c) => c.text !== '');
  return filled.length >= 2 && filled.every((c, i) => new RegExp(`^\\(?${i + 1}\\)?$`).test(c.text) || /^\(?[A-Z0-9]\)?$/.test(c.text));
};

type Rank = { readonly rank: number; readonly numbering: RowNumbering } | null;

/** What a STT value says about the row's depth; null for rows without a number. */
function rankOf(stt: string, mainText: string, capitals: boolean): Rank {
  const s = stt.replace(/[.)]$/, '').trim();
  if (capitals && CAPITAL_GROUP.test(s)) return { rank: -2, numbering: 'upper-letter' };
  if (s === '') {
    if (/^[-–]\s/.test(mainText)) return { rank: 6, numbering: 'dash' };
    if (/^\+\s/.test(mainText)) return { rank: 7, numbering: 'plus' };
    return null;
  }
  if (fromRoman(s.replace(/[l|]/g, 'I')) !== null && /^[IVXLCl|]+$/.test(s)) return { rank: 0, numbering: 'roman' };
  if (/^\d{1,3}$/.test(s)) return { rank: 1, numbering: 'arabic' };
  const outline = /^\d{1,2}(\.\d{1,2}){1,3}$/.exec(s);
  if (outline !== null) return { rank: Math.min(s.split('.').length, 4), numbering: 'outline' };
  if (/^[a-zđ]$/.test(s)) return { rank: 5, numbering: 'letter' };
  if (/^[-–]$/.test(s)) return { rank: 6, numbering: 'dash' };
  if (s === '+') return { rank: 7, numbering: 'plus' };
  return null;
}

/** A row number run into the title beside it ("II TRONG KHI …" when one space parted the columns). */
const NUMBER_RUN_IN = /^((?:[IVXLC]{1,6}|\d{1,3}|[A-H])[.)]?)\s+(\S.*)$/su;

/** The STT cell's number kept in it and the title moved to the empty text cell beside it. */
function numberApart(grid: GridCell[], sttIndex: number, textIndex: number): GridCell[] {
  const stt = grid[sttIndex];
  const parts = stt === undefined ? null : NUMBER_RUN_IN.exec(stt.text);
  if (stt === undefined || parts === null || textIndex === sttIndex || (grid[textIndex]?.text ?? '') !== '') return grid;
  const [, number = '', title = ''] = parts;
  const bold = stt.runs.length > 0 && stt.runs.every((r) => r.bold === true);
  return grid.map((c, i) =>
    i === sttIndex
      ? { ...c, text: number, runs: [{ text: number }] }
      : i === textIndex
        ? { ...c, text: title, runs: [{ text: title, bold }] }
        : c,
  );
}

/**
 * Group titles told by their numbers where nothing else marks them (text laid out with spaces has
 * no merged cells): a row holding only its title whose number the next row repeats ("1 Hạ tầng" /
 * "1 Lắp đặt …"), or that goes on the group numbers and not the rows' ("2 Sinh hoạt" after row 3).
 */
function numberedBands(drafts: readonly Draft[], sttIndex: number): void {
  const numberOf = (d: Draft | undefined): number | null => {
    const text = d?.grid[sttIndex]?.text.replace(/[.)]$/, '') ?? '';
    return /^\d{1,3}$/.test(text) ? Number(text) : null;
  };
  const titleOnly = (d: Draft): boolean => d.grid.filter((c, i) => i !== sttIndex && c.text !== '').length === 1;
  let lastRow: number | null = null;
  let lastBand: number | null = null;
  drafts.forEach((d, k) => {
    const n = numberOf(d);
    if (n === null || d.band !== null) return;
    const repeated = numberOf(drafts[k + 1]) === n;
    const goesOnBands = lastBand !== null && n === lastBand + 1 && n !== (lastRow ?? 0) + 1;
    if (titleOnly(d) && (repeated || goesOnBands)) {
      d.band = sttIndex + 1;
      lastBand = n;
    } else lastRow = n;
  });
}

/**
 * A row filled like a data row (its title and more) whose STT holds something that is no number
 * ("gì" where OCR could not read a "3") is a row like the numbered data row before it. Left without
 * a rank it would join that row as its child and turn it, and every row ranked like it, into a group.
 */
function unreadNumbers(drafts: readonly Draft[], sttIndex: number): void {
  const dataShaped = (d: Draft): boolean => d.band === null && d.grid.filter((c, i) => i !== sttIndex && c.text !== '').length >= 2;
  let sibling: Rank = null;
  for (const d of drafts) {
    if (d.rank !== null) {
      if (dataShaped(d)) sibling = d.rank;
      continue;
    }
    if ((d.grid[sttIndex]?.text.trim() ?? '') !== '' && dataShaped(d)) d.rank = sibling;
  }
}

function cellValue(cell: GridCell): CellValue {
  const formatted = cell.runs.some((r) => r.bold === true || r.italic === true) && !cell.runs.every((r) => r.bold === true);
  return formatted ? { runs: cell.runs.map((r) => ({ ...r })) } : cell.text;
}

export interface AppendixTable {
  readonly table: Pick<Appendix, 'columns' | 'rows' | 'levels' | 'groupLayout' | 'mainColumn' | 'groupColumn'>;
  readonly repeatedHeaders: number;
  readonly untypedColumns: string[];
}

interface Draft {
  grid: GridCell[];
  rank: Rank;
  level: number;
  where: string;
  /** Grid column where a band starts: one cell spanning to the row's end, as group titles are set. */
  band: number | null;
  /** A "Tổng cộng" line: no number, no task. */
  total: boolean;
}

/** The words a total line starts with ("Tổng cộng", "Cộng", "Tổng số"), alone or before a colon or figure. */
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng)(\s*[:(]|\s*$)/iu;

/**
 * A row with no STT whose text is a total ("Tổng cộng", "Cộng: 4.850"), in the STT cell's band or
 * the first text column, is the table's total line, not a task: numbering it would print "6 Tổng cộng".
 */
function isTotalLine(d: Draft, sttIndex: number): boolean {
  const filled = d.grid.filter((c) => c.text !== '');
  const first = filled[0];
  if (first === undefined || (sttIndex >= 0 && d.grid[sttIndex] !== first && (d.grid[sttIndex]?.text ?? '') !== '')) return false;
  return TOTAL.test(first.text.normalize('NFC').trim());
}

/** Each depth's numbering: the one most of its numbered rows have (the first seen on a tie). */
function depthNumbering(numbered: readonly (readonly [number, RowNumbering])[]): RowNumbering[] {
  const counts: (Map<RowNumbering, number> | undefined)[] = [];
  for (const [level, numbering] of numbered) {
    const seen = (counts[level] ??= new Map<RowNumbering, number>());
    seen.set(numbering, (seen.get(numbering) ?? 0) + 1);
  }
  return Array.from(counts, (seen) => {
    let best: RowNumbering = 'none';
    let most = 0;
    for (const [numbering, n] of seen ?? []) {
      if (n > most) [best, most] = [numbering, n];
    }
    return best;
  });
}

/**
 * Rows numbered 1, 2, 3… that count on across groups (row 3 is the first of group II) rather than
 * starting again under each group: the table numbers them running, and so must the app. Returns
 * the ranks numbered so.
 */
function runningRanks(drafts: readonly Draft[], sttIndex: number): Set<number> {
  const last = new Map<number, number>();
  const crossed = new Set<number>();
  const votes = new Map<number, { on: number; again: number }>();
  for (const d of drafts) {
    if (d.rank === null) continue;
    const rank = d.rank.rank;
    for (const deeper of last.keys()) if (rank < deeper) crossed.add(deeper);
    if (d.rank.numbering !== 'arabic') continue;
    const n = Number(d.grid[sttIndex]?.text.replace(/[.)]$/, '').trim());
    const before = last.get(rank);
    if (before !== undefined && crossed.has(rank)) {
      const vote = votes.get(rank) ?? { on: 0, again: 0 };
      if (n === before + 1) vote.on++;
      else if (n === 1) vote.again++;
      votes.set(rank, vote);
    }
    crossed.delete(rank);
    last.set(rank, n);
  }
  return new Set([...votes].filter(([, v]) => v.on > 0 && v.again === 0).map(([rank]) => rank));
}

/**
 * A band row: one filled cell covering the rest of the row (gridSpan, or a missing inner ruling),
 * after the STT cell or from the first column. That is how a group title is set whatever its
 * number looks like, even when the groups are numbered like the rows under them.
 */
function bandStart(row: SourceRow, width: number): number | null {
  let position = 0;
  for (const cell of row.cells) {
    if (cell.span >= 2 && position + cell.span === width && position <= 1 && width >= 3 && cell.text !== '') {
      const before = row.cells.filter((c) => c !== cell && c.text !== '').length;
      return before <= 1 ? position : null;
    }
    position += cell.span;
  }
  return null;
}

/** Single capital letters number groups above Roman ones ("A. LĨNH VỰC …"); C, D, L, M are Roman digits only without them. */
const CAPITAL_GROUP = /^[A-HJ-KM-UW-Z]$/;
const hasCapitalGroups = (stts: readonly string[]): boolean => stts.some((s) => /^[ABEFGH]$/.test(s.replace(/[.)]$/, '').trim()));

/** Returns null when no table has a header row that types its columns, or the table is far too wide (its rows then reported). */
export function buildAppendixTable(tables: readonly SourceTable[], idPrefix: string, unplaced: UnplacedText[]): AppendixTable | null {
  const rows = tables.flatMap((t) => t.rows);
  const width = rows.reduce((widest, r) => Math.max(widest, toGrid(r).length), 0);
  if (width > MAX_TABLE_COLUMNS) {
    for (const r of rows)
      unplaced.push({
        where: r.where,
        text: r.cells.map((c) => c.text).join(' | '),
        reason: `bảng có ${String(width)} cột, quá nhiều cho một phụ lục`,
      });
    return null;
  }
  const flagged = rows.filter((r) => r.header).length;
  let headerIndex = flagged > 0 ? rows.findIndex((r) => r.header) : rows.findIndex((r) => looksLikeHeader(toGrid(r).map((c) => c.text)));
  if (headerIndex < 0) {
    if (tables.length === 0 || rows.length === 0) return null;
    headerIndex = 0;
  }
  const headerRows = flagged > 0 ? rows.slice(headerIndex).filter((r, i) => r.header && i < 3) : [rows[headerIndex]];
  const headerGrids = headerRows.map((r) => (r === undefined ? [] : toGrid(r)));
  const labels = Array.from({ length: width }, (_, c) =>
    [...new Set(headerGrids.map((grid) => grid[c]?.text ?? '').filter((t) => t !== ''))].join(' - '),
  );
  for (const r of rows.slice(0, headerIndex))
    unplaced.push({ where: r.where, text: r.cells.map((c) => c.text).join(' | '), reason: 'hàng trước dòng tiêu đề bảng' });
  let repeatedHeaders = 0;
  const drafts: Draft[] = [];
  for (const row of rows.slice(headerIndex + headerRows.length)) {
    const grid = toGrid(row);
    while (grid.length < width) grid.push(EMPTY);
    const texts = grid.map((c) => c.text);
    if (
      row.header ||
      sameHeader(texts, labels) ||
      (headerRows.length > 1 &&
        headerRows.some(
          (h) =>
            h !== undefined &&
            sameHeader(
              texts,
              toGrid(h).map((c) => c.text),
            ),
        ))
    ) {
      repeatedHeaders++;
      continue;
    }
    if (texts.every((t) => t === '') || isColumnNumberRow(grid)) continue;
    drafts.push({ grid, rank: null, level: 0, where: row.where, band: bandStart(row, width), total: false });
  }
  const sampleLengths = labels.map((_, c) => {
    const lengths = drafts.map((d) => d.grid[c]?.text.length ?? 0);
    return Math.sqrt(lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length)) * 4;
  });
  const { columns, untyped } = planColumns(labels, sampleLengths);
  const sttIndex = columns.findIndex((c) => c.type === 'stt');
  const contentIndexes = columns.map((_, i) => i).filter((i) => i !== sttIndex);
  const firstText = contentIndexes.find((i) => columns[i]?.type === 'text' || columns[i]?.type === 'indicator') ?? contentIndexes[0] ?? 0;
  const capitals = sttIndex >= 0 && hasCapitalGroups(drafts.map((d) => d.grid[sttIndex]?.text ?? ''));
  for (const d of drafts) {
    // A band from the first column holds the group title, not a number.
    if (d.band === 0 && sttIndex === 0 && firstText !== 0)
      d.grid = d.grid.map((c, i) => (i === 0 ? EMPTY : i === firstText ? (d.grid[0] ?? c) : c));
    if (sttIndex >= 0) d.grid = numberApart(d.grid, sttIndex, firstText);
    d.rank = sttIndex < 0 ? null : rankOf(d.grid[sttIndex]?.text ?? '', d.grid[firstText]?.text ?? '', capitals);
  }
  if (sttIndex >= 0) {
    numberedBands(drafts, sttIndex);
    unreadNumbers(drafts, sttIndex);
  }
  // Bands numbered like the rows under them (or not numbered) are groups one level up.
  const rowRanks = new Set(drafts.flatMap((d) => (d.band === null && d.rank !== null ? [d.rank.rank] : [])));
  for (const d of drafts) {
    if (d.band !== null && (d.rank === null || rowRanks.has(d.rank.rank))) d.rank = { rank: -1, numbering: d.rank?.numbering ?? 'none' };
  }
  const ranks = [...new Set(drafts.flatMap((d) => (d.rank === null ? [] : [d.rank.rank])))].sort((a, b) => a - b);
  const topRank = ranks[0];
  let previous: Draft | null = null;
  // The numbered rows above a row that are still open: a row sits under those ranked before it,
  // so a group without subgroups ("B" straight over rows 4, 5) does not make its first row a group.
  const open: number[] = [];
  for (const d of drafts) {
    d.total = d.rank === null && isTotalLine(d, sttIndex);
    if (d.total) {
      d.level = 0;
      continue;
    }
    if (d.rank !== null) {
      const rank = d.rank.rank;
      while ((open.at(-1) ?? -Infinity) >= rank) open.pop();
      d.level = open.length;
      open.push(rank);
    } else if (previous === null || previous.rank === null) d.level = previous?.level ?? 0;
    else d.level = previous.rank.rank === topRank && ranks.length >= 1 ? previous.level + 1 : previous.level;
    d.level = Math.min(d.level, (previous?.level ?? -1) + 1, 4);
    previous = d.rank === null ? (previous ?? d) : d;
  }
  const hasChildren = (d: Draft, i: number): boolean => (drafts[i + 1]?.level ?? -1) > d.level;
  // A top-level row numbered like the group rows (I, II…) is a group even when nothing follows it
  // yet: an empty group must not pass for a data row, which would also hide a merged layout's
  // title column.
  const topIsGroup = drafts.some((d, i) => d.rank !== null && d.rank.rank === topRank && hasChildren(d, i));
  const groupFlags = drafts.map((d, i) => hasChildren(d, i) || (topIsGroup && d.rank !== null && d.rank.rank === topRank));
  // Merged layout: group titles stand in a column that data rows leave empty.
  const groupTitleIndex = contentIndexes.find((i) => drafts.some((d, k) => groupFlags[k] === true && (d.grid[i]?.text ?? '') !== ''));
  const dataUse = (i: number): boolean => drafts.some((d, k) => groupFlags[k] !== true && (d.grid[i]?.text ?? '') !== '');
  const merged =
    groupTitleIndex !== undefined &&
    groupFlags.some(Boolean) &&
    !dataUse(groupTitleIndex) &&
    contentIndexes.some((i) => i !== groupTitleIndex && dataUse(i));
  // Under merged group titles the main column is the task's text: in a criteria table
  // ("Quy định" | "Đề xuất nhiệm vụ, giải pháp") the proposal column, not the criterion before it.
  const afterTitle = contentIndexes.filter((i) => merged && i > groupTitleIndex && dataUse(i));
  const mainIndex = merged
    ? (afterTitle.find((i) => columns[i]?.type === 'text') ?? afterTitle[0] ?? firstText)
    : (groupTitleIndex ?? firstText);
  const skipMerge = new Set([sttIndex, merged ? groupTitleIndex : -1]);
  const out: Row[] = [];
  const running = sttIndex < 0 ? new Set<number>() : runningRanks(drafts, sttIndex);
  const numberingOf = (d: Draft): RowNumbering =>
    d.rank?.numbering === 'arabic' && running.has(d.rank.rank) ? 'arabic-running' : (d.rank?.numbering ?? 'none');
  const levelNumbering = depthNumbering(drafts.filter((d) => !d.total && d.rank !== null).map((d) => [d.level, numberingOf(d)]));
  const levelGroup: boolean[] = [];
  const makeRow = (d: Draft, kind: Row['kind'], level: number, only: ((i: number) => boolean) | null): Row => {
    const cells: Record<string, CellValue> = {};
    const mergeAbove: string[] = [];
    d.grid.forEach((cell, i) => {
      const column = columns[i];
      if (column === undefined || i === sttIndex || (only !== null && !only(i))) return;
      if (cell.mergeUp && !skipMerge.has(i) && kind === 'data') mergeAbove.push(column.id);
      else if (cell.text !== '') cells[column.id] = cellValue(cell);
    });
    const row: Row = { id: `${idPrefix}-r${out.length + 1}`, kind, level, cells };
    if (mergeAbove.length > 0) row.mergeAbove = mergeAbove;
    if (d.total) row.total = true;
    // A row numbered unlike the others of its depth (rows straight under a group without subgroups).
    const own = numberingOf(d);
    if (level === d.level && d.rank !== null && own !== levelNumbering[level]) row.numbering = own;
    return row;
  };
  drafts.forEach((d, k) => {
    const isGroup = groupFlags[k] === true;
    if (isGroup) levelGroup[d.level] = true;
    if (isGroup && merged) {
      out.push(makeRow(d, 'group', d.level, (i) => i === groupTitleIndex));
      const rest = makeRow(d, 'data', d.level + 1, (i) => i !== groupTitleIndex);
      if (Object.keys(rest.cells).length > 0) out.push(rest);
      return;
    }
    out.push(makeRow(d, isGroup ? 'group' : 'data', d.level, null));
  });
  const depth = out.reduce((deepest, r) => Math.max(deepest, r.level + 1), 1);
  const levels: LevelStyle[] = Array.from({ length: depth }, (_, i) => ({
    numbering: sttIndex < 0 ? 'none' : (levelNumbering[i] ?? 'none'),
    bold: levelGroup[i] === true,
    italic: false,
  }));
  const mainColumn = columns[mainIndex]?.id ?? columns[0]?.id ?? 'task';
  const groupColumn = merged ? columns[groupTitleIndex]?.id : undefined;
  return {
    table: {
      columns,
      rows: out,
      levels,
      groupLayout: merged ? 'merged' : 'band',
      mainColumn,
      ...(groupColumn === undefined ? {} : { groupColumn }),
    },
    repeatedHeaders,
    untypedColumns: untyped,
  };
}
