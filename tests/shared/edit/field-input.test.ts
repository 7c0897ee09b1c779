/** Reading typed text into model values, with Vietnamese reasons when it cannot be read yet. */
import { describe, expect, it } from 'vitest';
import {
  citationDateText,
  daysInMonth,
  readCitationDate,
  readCopies,
  readDocumentNumber,
  readRequired,
  readYear,
} from '../../../shared/edit';

describe('field input', () => {
  it('accepts a number of digits or blank, and explains anything else', () => {
    expect(readDocumentNumber(' 58 ')).toEqual({ ok: true, value: '58' });
    expect(readDocumentNumber('')).toEqual({ ok: true, value: '' });
    const refused = readDocumentNumber('58a');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/chỉ gồm chữ số/u);
  });

  it('reads a year within the model range', () => {
    expect(readYear('2026')).toEqual({ ok: true, value: 2026 });
    expect(readYear('').ok).toBe(false);
    expect(readYear('20a6').ok).toBe(false);
    expect(readYear('1900').ok).toBe(false);
  });

  it('reads citation dates in the forms people write and refuses impossible ones', () => {
    expect(readCitationDate('29/01/2026')).toEqual({ ok: true, value: '2026-01-29' });
    expect(readCitationDate('5/9/2026')).toEqual({ ok: true, value: '2026-09-05' });
    expect(readCitationDate('05-9-2026')).toEqual({ ok: true, value: '2026-09-05' });
    expect(readCitationDate('2026-01-30')).toEqual({ ok: true, value: '2026-01-30' });
    expect(readCitationDate('')).toEqual({ ok: true, value: '' });
    expect(readCitationDate('30/02/2026')).toEqual({ ok: false, message: 'Tháng 2 năm 2026 không có ngày 30.' });
    expect(readCitationDate('12/13/2026').ok).toBe(false);
    expect(readCitationDate('29/01').ok).toBe(false);
  });

  it('shows a stored date as the citation writes it', () => {
    expect(citationDateText('2026-01-29')).toBe('29/01/2026');
    expect(citationDateText('2026-04-15')).toBe('15/4/2026');
    expect(citationDateText('')).toBe('');
    expect(readCitationDate(citationDateText('2026-04-15'))).toEqual({ ok: true, value: '2026-04-15' });
  });

  it('reads copies and required text', () => {
    expect(readCopies('30')).toEqual({ ok: true, value: 30 });
    expect(readCopies('')).toEqual({ ok: true, value: null });
    expect(readCopies('0').ok).toBe(false);
    expect(readRequired('  ', 'Tên loại')).toEqual({ ok: false, message: 'Tên loại không được để trống.' });
    expect(readRequired('Ke\u0302\u0301 hoạch', 'Tên loại')).toEqual({ ok: true, value: 'Kế hoạch' });
  });

  it('knows the length of each month', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
