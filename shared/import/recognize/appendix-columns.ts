/**
 * Column types from header names, tolerant of case, diacritics, typos and OCR noise: the header
 * is folded (no diacritics, lower case) and compared with the usual names; a close enough match
 * (edit distance) still counts. Unknown headers become text columns and are reported.
 */
import type { Column, ColumnType } from '../../model';
import { matchKey, isUppercase, similarity } from '../normalize/clean-text';

const NAMES: readonly [ColumnType, readonly string[]][] = [
  ['stt', ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu']],
  ['agencies', ['co quan phoi hop', 'don vi phoi hop', 'phoi hop', 'co quan don vi phoi hop', 'don vi phoi hop thuc hien']],
  [
    'agency',
    [
      'co quan chu tri',
      'don vi chu tri',
      'chu tri',
      'co quan thuc hien',
      'don vi thuc hien',
      'co quan don vi chu tri',
      'co quan chu tri thuc hien',
      'trach nhiem chu tri',
      'co quan don vi thuc hien',
      'co quan phu trach',
      'don vi phu trach',
    ],
  ],
  [
    'deadline',
    [
      'thoi gian',
      'thoi gian thuc hien',
      'thoi han',
      'thoi han hoan thanh',
      'tien do',
      'tien do thuc hien',
      'thoi gian hoan thanh',
      'lo trinh',
      'thoi gian trinh',
      'thoi diem hoan thanh',
    ],
  ],
  ['resources', ['nguon luc', 'kinh phi', 'nguon kinh phi', 'nguon von', 'du kien kinh phi', 'kinh phi thuc hien', 'nguon luc thuc hien']],
  ['note', ['ghi chu']],
  ['indicator', ['chi tieu', 'quy dinh', 'tieu chi', 'chi so', 'ten chi tieu', 'noi dung chi tieu']],
  ['unit', ['don vi tinh', 'dvt', 'don vi']],
  ['target', ['muc tieu', 'den nam', 'ke hoach', 'muc tieu den nam', 'chi tieu ke hoach']],
  ['number', ['so luong', 'gia tri', 'ket qua', 'uoc thuc hien', 'thuc hien', 'ty le']],
  [
    'text',
    [
      'nhiem vu',
      'noi dung',
      'noi dung nhiem vu',
      'nhiem vu giai phap',
      'de xuat nhiem vu giai phap',
      'ten nhiem vu',
      'nhom tieu chi tieu chuan',
      'nhom tieu chi',
      'cong viec',
      'hoat dong',
      'ten de an',
      'san pham',
      'hinh thuc',
      'ten du an',
      'noi dung cong viec',
      'giai phap',
      'nhiem vu cu the',
      'ten chuong trinh',
      'linh vuc',
      'san pham dau ra',
      'ten van ban',
      'hinh thuc van ban',
      'noi dung thuc hien',
    ],
  ],
];

export interface TypedHeader {
  readonly type: ColumnType;
  readonly score: number;
}

/** The best type for one header text, with how sure the match is (0…1). */
export function typeHeader(label: string): TypedHeader {
  const folded = matchKey(label);
  if (folded === '') return { type: 'text', score: 0 };
  if (/\b(19|20)\d{2}\b/.test(folded) && !/thoi (gian|han)|tien do/.test(folded)) return { type: 'target', score: 0.9 };
  let best: TypedHeader = { type: 'text', score: 0 };
  for (const [type, names] of NAMES) {
    for (const name of names) {
      // The lengths alone cap the similarity; a long cell skips the comparisons that cannot win.
      const cap = 1 - Math.abs(folded.length - name.length) / Math.max(folded.length, name.length);
      let score = cap > best.score ? similarity(folded, name) : 0;
      if (folded.startsWith(`${name} `) || folded.endsWith(` ${name}`)) score = Math.max(score, 0.85);
      else if (` ${folded} `.includes(` ${name} `) && name.includes(' ')) score = Math.max(score, 0.8);
      if (score > best.score) best = { type, score };
    }
  }
  return best;
}

export const HEADER_MATCH = 0.72;

/**
 * Appendix tables have a dozen columns; a row of thousands of cells is text full of tabs, and
 * typing each cell against every column name would take minutes.
 */
export const MAX_TABLE_COLUMNS = 64;

/** True when the cells read as a table header: most are known column names, none is a number. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 2 || filled.length > MAX_TABLE_COLUMNS || filled.some((c) => /^[\d\s.,%()]+$/.test(c))) return false;
  const typed = filled.filter((c) => typeHeader(c).score >= HEADER_MATCH);
  return typed.length >= 2 && typed.length * 2 >= filled.length;
}

const ID_BASE: Readonly<Record<ColumnType, string>> = {
  stt: 'stt',
  text: 'task',
  agency: 'lead',
  agencies: 'support',
  deadline: 'deadline',
  resources: 'resources',
  indicator: 'indicator',
  unit: 'unit',
  number: 'number',
  target: 'target',
  note: 'note',
};

/** "NHIỆM VỤ" → "Nhiệm vụ"; short capitals such as "STT" or "ĐVT" stay. */
function labelCase(label: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!isUppercase(text) || text.length <= 4) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export interface ColumnPlan {
  readonly columns: Column[];
  /** Headers whose type is a guess (reported). */
  readonly untyped: string[];
}

export function planColumns(labels: readonly string[], averageLengths: readonly number[]): ColumnPlan {
  const used = new Map<string, number>();
  const untyped: string[] = [];
  const columns = labels.map((label, i): Column => {
    const typed = typeHeader(label);
    const type = typed.score >= HEADER_MATCH ? typed.type : 'text';
    if (typed.score < HEADER_MATCH) untyped.push(label === '' ? `cột ${i + 1}` : label);
    const base = ID_BASE[type];
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const width = type === 'stt' ? 5 : Math.min(50, Math.max(8, Math.round(averageLengths[i] ?? 10)));
    const column: Column = { id: count === 1 ? base : `${base}-${count}`, label: labelCase(label) || `Cột ${i + 1}`, type, width };
    if (type === 'stt' || type === 'deadline' || type === 'unit' || type === 'number' || type === 'target') column.align = 'center';
    return column;
  });
  return { columns, untyped };
}
