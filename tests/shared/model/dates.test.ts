import { describe, expect, it } from 'vitest';
import {
  BLANK_DAY,
  BLANK_MONTH,
  formatDay,
  formatIsoAsShortDate,
  formatLongDate,
  formatMonth,
  formatShortDate,
  parseIsoDate,
  toIsoDate,
  type PartialDate,
} from '../../../shared/model';

function date(year: number, month: number | null, day: number | null): PartialDate {
  return { year, month, day };
}

describe('formatDay and formatMonth', () => {
  it('pads days below 10', () => {
    expect(formatDay(1)).toBe('01');
    expect(formatDay(5)).toBe('05');
    expect(formatDay(9)).toBe('09');
    expect(formatDay(10)).toBe('10');
    expect(formatDay(31)).toBe('31');
  });

  it('pads months 1 and 2 only', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatMonth(i + 1));
    expect(months).toEqual(['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });
});

describe('formatLongDate', () => {
  it.each([
    [date(2026, 2, 5), 'ngày 05 tháng 02 năm 2026'],
    [date(2026, 4, 15), 'ngày 15 tháng 4 năm 2026'],
    [date(2026, 1, 1), 'ngày 01 tháng 01 năm 2026'],
    [date(2026, 12, 9), 'ngày 09 tháng 12 năm 2026'],
    [date(2019, 6, 29), 'ngày 29 tháng 6 năm 2019'],
    [date(2020, 1, 5), 'ngày 05 tháng 01 năm 2020'],
    [date(2026, 3, 10), 'ngày 10 tháng 3 năm 2026'],
    [date(2026, 9, 30), 'ngày 30 tháng 9 năm 2026'],
  ])('writes %j as %s', (value, expected) => {
    expect(formatLongDate(value)).toBe(expected);
  });

  it('leaves six spaces for a blank day', () => {
    expect(BLANK_DAY).toBe('      ');
    expect(formatLongDate(date(2026, 2, null))).toBe('ngày        tháng 02 năm 2026');
    expect(formatLongDate(date(2026, 2, null))).toMatch(/^ngày {8}tháng 02 năm 2026$/);
  });

  it('leaves six spaces each for a blank day and a blank month', () => {
    expect(BLANK_MONTH).toBe('      ');
    expect(formatLongDate(date(2026, null, null))).toBe('ngày        tháng        năm 2026');
    expect(formatLongDate(date(2026, null, null))).toMatch(/^ngày {8}tháng {8}năm 2026$/);
  });

  it('keeps the month format when only the day is blank', () => {
    expect(formatLongDate(date(2026, 11, null))).toBe('ngày        tháng 11 năm 2026');
  });
});

describe('formatShortDate', () => {
  it.each([
    [date(2026, 4, 15), '15/4/2026'],
    [date(2026, 1, 30), '30/01/2026'],
    [date(2026, 1, 29), '29/01/2026'],
    [date(2026, 2, 5), '05/02/2026'],
    [date(2026, 12, 9), '09/12/2026'],
    [date(2025, 11, 4), '04/11/2025'],
  ])('writes %j as %s', (value, expected) => {
    expect(formatShortDate(value)).toBe(expected);
  });

  it('shows blank parts as an ellipsis', () => {
    expect(formatShortDate(date(2026, 2, null))).toBe('…/02/2026');
    expect(formatShortDate(date(2026, null, null))).toBe('…/…/2026');
  });
});

describe('toIsoDate and parseIsoDate', () => {
  it('writes full and partial dates', () => {
    expect(toIsoDate(date(2026, 4, 15))).toBe('2026-04-15');
    expect(toIsoDate(date(2026, 12, 1))).toBe('2026-12-01');
    expect(toIsoDate(date(2026, 2, null))).toBe('2026-02');
    expect(toIsoDate(date(2026, null, null))).toBe('2026');
  });

  it('drops a day that has no month', () => {
    expect(toIsoDate(date(2026, null, 5))).toBe('2026');
  });

  it('reads full and partial dates', () => {
    expect(parseIsoDate('2026-04-15')).toEqual(date(2026, 4, 15));
    expect(parseIsoDate('2026-02')).toEqual(date(2026, 2, null));
    expect(parseIsoDate('2026')).toEqual(date(2026, null, null));
  });

  it.each(['', '26-04-15', '2026-4-15', '2026-04-5', '2026/04/15', '2026-04-15T00:00', ' 2026', '2026-', 'năm 2026', '20260415'])(
    'rejects %j',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it.each(['2026-04-15', '2026-01-01', '2026-12-31', '2026-02', '2026-11', '2026', '1945'])(
    'round-trips %s through parse and write',
    (iso) => {
      const parsed = parseIsoDate(iso);
      expect(parsed).not.toBeNull();
      if (parsed !== null) expect(toIsoDate(parsed)).toBe(iso);
    },
  );

  it('round-trips every day of every month through write and parse', () => {
    for (let month = 1; month <= 12; month++) {
      expect(parseIsoDate(toIsoDate(date(2026, month, null)))).toEqual(date(2026, month, null));
      for (let day = 1; day <= 31; day++) {
        expect(parseIsoDate(toIsoDate(date(2026, month, day)))).toEqual(date(2026, month, day));
      }
    }
    expect(parseIsoDate(toIsoDate(date(2026, null, null)))).toEqual(date(2026, null, null));
  });
});

describe('formatIsoAsShortDate', () => {
  it('writes an ISO date in citation form', () => {
    expect(formatIsoAsShortDate('2026-01-29')).toBe('29/01/2026');
    expect(formatIsoAsShortDate('2026-04-15')).toBe('15/4/2026');
    expect(formatIsoAsShortDate('2026-02')).toBe('…/02/2026');
  });

  it('gives an empty string for an empty or malformed date', () => {
    expect(formatIsoAsShortDate('')).toBe('');
    expect(formatIsoAsShortDate('29/01/2026')).toBe('');
  });
});
