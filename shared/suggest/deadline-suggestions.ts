/**
 * The usual values of a deadline cell ("Thời gian thực hiện"), computed around the plan's year:
 * a year, the five-year period it belongs to (2026-2030), "Hằng năm", "Thực hiện thường xuyên",
 * quarters, months and "Trước 30/6/…". The cell still takes any text.
 */
import { toRoman } from '../model/numerals';
import { searchKey } from './search-key';

/** Five-year socio-economic periods run 2021-2025, 2026-2030, … */
function periodOf(year: number): [number, number] {
  const start = year - ((((year - 2021) % 5) + 5) % 5);
  return [start, start + 4];
}

export function deadlineValues(year: number): string[] {
  const [from, to] = periodOf(year);
  return [
    `Năm ${year}`,
    `${from}-${to}`,
    'Thực hiện thường xuyên',
    'Hằng năm',
    ...[1, 2, 3, 4].map((q) => `Quý ${toRoman(q)}/${year}`),
    `6 tháng đầu năm ${year}`,
    `Trước 30/6/${year}`,
    `Trước 31/12/${year}`,
    ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}/${year}`),
    `Năm ${year + 1}`,
    `${year}-${year + 1}`,
    `Giai đoạn ${from}-${to}`,
  ];
}

/** What a value may be typed as: its own words, and "quy 2/2026" for "Quý II/2026". */
function searchKeys(value: string): string[] {
  const folded = searchKey(value);
  const quarter = /^quy (i{1,3}|iv)\//.exec(folded);
  if (quarter?.[1] === undefined) return [folded];
  const number = ['i', 'ii', 'iii', 'iv'].indexOf(quarter[1]) + 1;
  return [folded, `quy ${number}/${folded.slice(quarter[0].length)}`];
}

/** The values that start with (or else contain) what was typed; the first ones for an empty query. */
export function suggestDeadlines(year: number, query: string, limit = 10): string[] {
  const values = deadlineValues(year);
  const folded = searchKey(query);
  const starts = values.filter((v) => searchKeys(v).some((k) => k.startsWith(folded)));
  const contains = values.filter((v) => !starts.includes(v) && searchKeys(v).some((k) => k.includes(folded)));
  return [...starts, ...contains].slice(0, limit);
}
