/**
 * Dates: no 31/02 anywhere, and written with the leading zeros of the rules (days below 10 and
 * months 1 and 2 take a 0, months 3 to 12 do not), in the body as in the header.
 */
import { formatDay, formatMonth, parseIsoDate } from '../../model';
import type { PlanRule } from './plan-rule';
import { setText } from './plan-texts';

export function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(day: number, month: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

interface DateMention {
  readonly text: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
  /** The same date with the right leading zeros. */
  readonly canonical: string;
}

const SHORT = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;
const LONG = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

export function dateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, build] of [
    [SHORT, (d: string, m: string, y: string) => `${d}/${m}/${y}`],
    [LONG, (d: string, m: string, y: string) => `ngày ${d} tháng ${m} năm ${y}`],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const [whole, day = '', month = '', year = ''] = match;
      const canonical = build(formatDay(Number(day)), formatMonth(Number(month)), year);
      // Keep the writer's own words around the numbers ("Ngày" at a sentence start).
      found.push({ text: whole, day, month, year, canonical: whole.startsWith('N') ? `N${canonical.slice(1)}` : canonical });
    }
  }
  return found;
}

export const impossibleDateRule: PlanRule = {
  id: 'ngay-khong-co-that',
  title: 'Ngày tháng không có thật',
  concept: 'placeDate',
  severity: 'lỗi',
  *check({ plan, prose }) {
    const { day, month, year } = plan.meta.date;
    if (day !== null && month !== null && year !== null && !isRealDate(day, month, year)) {
      yield { at: ['meta', 'date'], message: `Ngày ban hành ${day}/${month}/${year} không có thật` };
    }
    for (const [i, ref] of plan.basis.entries()) {
      const date = parseIsoDate(ref.date);
      if (date?.day == null || date.month === null || isRealDate(date.day, date.month, date.year)) continue;
      yield { at: ['basis', i, 'date'], message: `Ngày của ${ref.typeName} được viện dẫn (${ref.date}) không có thật` };
    }
    for (const field of prose) {
      for (const date of dateMentions(field.text)) {
        if (isRealDate(Number(date.day), Number(date.month), Number(date.year))) continue;
        yield { at: field.path, message: `"${date.text}" không phải ngày có thật` };
      }
    }
  },
};

export const leadingZeroRule: PlanRule = {
  id: 'ngay-so-0',
  title: 'Số 0 trước ngày, tháng',
  concept: 'placeDate',
  severity: 'cảnh báo',
  *check({ prose }) {
    for (const field of prose) {
      const wrong = dateMentions(field.text).filter(
        (d) => d.text !== d.canonical && isRealDate(Number(d.day), Number(d.month), Number(d.year)),
      );
      if (wrong.length === 0) continue;
      const fixed = wrong.reduce((text, d) => text.replace(d.text, d.canonical), field.text);
      yield {
        at: field.path,
        message: `${wrong.map((d) => `"${d.text}" viết là "${d.canonical}"`).join('; ')}: ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước, tháng 3 đến 12 thì không`,
        fix: setText(field.path, fixed, 'Sửa cách viết ngày tháng'),
      };
    }
  },
};
