/**
 * Dates in the official style: "ngày 05 tháng 02 năm 2026". Days below 10 and months 1 and 2 take
 * a leading zero; months 3 to 12 do not (NĐ 30/2020, Phụ lục I, mục II.4.b). Blank parts leave room
 * for the văn thư to write them in at signing.
 */
import type { IssueDate, PartialDate } from './meta.schema';

export const BLANK_DAY = ' '.repeat(6);
export const BLANK_MONTH = ' '.repeat(6);
/** A year the document did not give: left blank, as the checker lists it unfinished. */
export const BLANK_YEAR = ' '.repeat(8);

export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 02 năm 2026", with blank slots where the day, month or year is not set. */
export function formatLongDate(date: IssueDate): string {
  const day = date.day === null ? BLANK_DAY : formatDay(date.day);
  const month = date.month === null ? BLANK_MONTH : formatMonth(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year ?? BLANK_YEAR}`;
}

/** "15/4/2026" as plans cite each other; blank parts shown as dots. */
export function formatShortDate(date: IssueDate): string {
  const day = date.day === null ? '…' : formatDay(date.day);
  const month = date.month === null ? '…' : formatMonth(date.month);
  return `${day}/${month}/${date.year ?? '…'}`;
}

/** "2026-04-15", or "2026-02" / "2026" when the day or month is blank; "" when the year is unknown. */
export function toIsoDate(date: IssueDate): string {
  if (date.year === null) return '';
  const parts = [String(date.year)];
  if (date.month !== null) parts.push(String(date.month).padStart(2, '0'));
  if (date.month !== null && date.day !== null) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

export function parseIsoDate(iso: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return null;
  const [, y, m, d] = match;
  return {
    year: Number(y),
    month: m === undefined ? null : Number(m),
    day: d === undefined ? null : Number(d),
  };
}

/** A citation date from an ISO date: "29/01/2026". */
export function formatIsoAsShortDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date === null ? '' : formatShortDate(date);
}
