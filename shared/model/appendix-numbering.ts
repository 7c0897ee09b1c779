/**
 * Numbers of appendix rows and of appendices themselves, computed from position and the appendix's
 * per-depth numbering rules (A / I / 1 / 1.1 / a / - / +).
 */
import type { Appendix, LevelStyle, Row } from './appendix.schema';
import { toRoman, toVietnameseLetter } from './numerals';

export interface RowNumber {
  /** What the STT column shows ("I", "1", "1.1"), or '' for rows without one. */
  readonly stt: string;
  /** Written before the main text instead of a number ("- ", "+ "). */
  readonly prefix: string;
  /** How a cross-reference names the row ("điểm 1.1", "mục II"), or '' when it has no number. */
  readonly citation: string;
}

export function levelStyle(appendix: Pick<Appendix, 'levels'>, level: number): LevelStyle {
  const styles = appendix.levels;
  return styles[Math.min(level, styles.length - 1)] ?? { numbering: 'none', bold: false, italic: false };
}

/** A data row that is a task: not a group title, not the table's total line. */
export function isTaskRow(row: Pick<Row, 'kind' | 'total'>): boolean {
  return row.kind === 'data' && row.total !== true;
}

/** The depth whose style a row takes: its own, or the depth numbered as the row is (-1 when none is). */
function styleDepth(appendix: Pick<Appendix, 'levels'>, row: Pick<Row, 'level' | 'numbering'>): number {
  return row.numbering === undefined ? row.level : appendix.levels.findIndex((l) => l.numbering === row.numbering);
}

/** The row's depth's style, or where the row is numbered on its own, the style of the depth numbered so. */
export function rowStyle(appendix: Pick<Appendix, 'levels'>, row: Pick<Row, 'level' | 'numbering'>): LevelStyle {
  const depth = styleDepth(appendix, row);
  return depth >= 0 ? levelStyle(appendix, depth) : { ...levelStyle(appendix, row.level), numbering: row.numbering ?? 'none' };
}

export function numberRows(appendix: Pick<Appendix, 'rows' | 'levels'>): Map<string, RowNumber> {
  const counters: number[] = [];
  /** Per depth, the rows so far in the whole table: what a running number counts. */
  const running: number[] = [];
  const numbers = new Map<string, RowNumber>();
  for (const row of appendix.rows) {
    if (row.total === true) {
      numbers.set(row.id, { stt: '', prefix: '', citation: '' });
      continue;
    }
    counters[row.level] = (counters[row.level] ?? 0) + 1;
    counters.length = row.level + 1;
    const style = rowStyle(appendix, row);
    // A row numbered on its own counts on with the depth whose numbering it takes.
    const runningDepth = Math.max(0, styleDepth(appendix, row));
    running[runningDepth] = (running[runningDepth] ?? 0) + 1;
    numbers.set(row.id, rowNumber(style, counters, running[runningDepth] ?? 1));
  }
  return numbers;
}

function rowNumber(style: LevelStyle, counters: readonly number[], runningCount: number): RowNumber {
  const own = counters[counters.length - 1] ?? 1;
  switch (style.numbering) {
    case 'upper-letter': {
      const stt = toVietnameseLetter(own).toUpperCase();
      return { stt, prefix: '', citation: `mục ${stt}` };
    }
    case 'roman': {
      const stt = toRoman(own);
      return { stt, prefix: '', citation: `mục ${stt}` };
    }
    case 'arabic':
      return { stt: String(own), prefix: '', citation: `điểm ${own}` };
    case 'arabic-running':
      return { stt: String(runningCount), prefix: '', citation: `điểm ${runningCount}` };
    case 'outline': {
      const stt = Array.from(counters, (c) => c || 1).join('.');
      return { stt, prefix: '', citation: `điểm ${stt}` };
    }
    case 'letter': {
      const stt = toVietnameseLetter(own);
      return { stt, prefix: '', citation: `điểm ${stt}` };
    }
    case 'dash':
      return { stt: '', prefix: '- ', citation: '' };
    case 'plus':
      return { stt: '', prefix: '+ ', citation: '' };
    case 'none':
      return { stt: '', prefix: '', citation: '' };
  }
}

/**
 * How the printed table names each row: "điểm 2 mục II", since points numbered per group ("2")
 * repeat in every group and a reference without its group is ambiguous; an outline number
 * ("1.1.2") and a running one (unique in the table) name their row already. A row without a
 * number of its own (a "-" line) is cited by the item it sits in, and one outside any numbered
 * item by ''.
 */
export function rowCitations(appendix: Pick<Appendix, 'rows' | 'levels'>): Map<string, string> {
  const numbers = numberRows(appendix);
  const citations = new Map<string, string>();
  const chain: { level: number; citation: string; outline: boolean }[] = [];
  for (const row of appendix.rows) {
    while ((chain.at(-1)?.level ?? -1) >= row.level) chain.pop();
    const numbering = rowStyle(appendix, row).numbering;
    const outline = numbering === 'outline' || numbering === 'arabic-running';
    chain.push({ level: row.level, citation: numbers.get(row.id)?.citation ?? '', outline });
    const parts: string[] = [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i];
      if (link === undefined) continue;
      if (link.citation !== '') parts.push(link.citation);
      if (link.outline && link.citation !== '') break;
    }
    citations.set(row.id, parts.join(' '));
  }
  return citations;
}

/**
 * "I" or "1": the number an appendix shows after "Phụ lục". A lone appendix has none: NĐ 30 numbers
 * appendices only when there are two or more (Phụ lục I, mục III.1).
 */
export function appendixNumber(appendix: Pick<Appendix, 'numberStyle'>, index: number, count: number): string {
  if (count === 1) return '';
  return appendix.numberStyle === 'roman' ? toRoman(index + 1) : String(index + 1);
}

/** "Phụ lục I", "Phụ lục 3", or "Phụ lục" alone. */
export function appendixLabel(appendix: Pick<Appendix, 'numberStyle'>, index: number, count: number): string {
  return `Phụ lục ${appendixNumber(appendix, index, count)}`.trimEnd();
}
