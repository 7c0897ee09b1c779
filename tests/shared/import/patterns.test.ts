/**
 * The line patterns of the recognizer, rewritten so that no two neighbouring parts take the same
 * white space (see tests/reliability/regex-complexity.test.ts): they read what they read before.
 */
import { describe, expect, it } from 'vitest';
import { ARCHIVE, RECIPIENTS_HEADING, matchAuthority, matchNumberSymbol, matchPlaceDate } from '../../../shared/import/recognize/patterns';

describe('line patterns', () => {
  it('reads số và ký hiệu with or without a number, colon or dotted blank', () => {
    expect(matchNumberSymbol('Số: 30/KH-UBND')).toEqual({ number: '30', symbol: 'KH-UBND', system: 'nha-nuoc' });
    expect(matchNumberSymbol('Số 58-KH/TU')).toEqual({ number: '58', symbol: 'KH/TU', system: 'dang' });
    expect(matchNumberSymbol('Số:     /KH-BQL')).toEqual({ number: '', symbol: 'KH-BQL', system: 'nha-nuoc' });
    expect(matchNumberSymbol('Số: ……/KH-UBND')).toEqual({ number: '', symbol: 'KH-UBND', system: 'nha-nuoc' });
    expect(matchNumberSymbol('Số 12 ../KH - UBND')).toEqual({ number: '12', symbol: 'KH-UBND', system: 'nha-nuoc' });
    expect(matchNumberSymbol('Số liệu năm 2025')).toBeNull();
  });

  it('reads the place and date line with a blank day or month', () => {
    expect(matchPlaceDate('Ninh Bình, ngày 15 tháng 4 năm 2026')).toEqual({ place: 'Ninh Bình', date: { year: 2026, month: 4, day: 15 } });
    expect(matchPlaceDate('Ninh Bình, ngày …. tháng 4 năm 2026')).toEqual({
      place: 'Ninh Bình',
      date: { year: 2026, month: 4, day: null },
    });
    expect(matchPlaceDate('Ninh Bình, ngày  tháng  năm 2026')).toEqual({
      place: 'Ninh Bình',
      date: { year: 2026, month: null, day: null },
    });
  });

  it('reads authority lines, and "Q" only with its mark', () => {
    expect(matchAuthority('TM. ỦY BAN NHÂN DÂN')).toEqual({ kind: 'TM', body: 'ỦY BAN NHÂN DÂN' });
    expect(matchAuthority('T/M BAN THƯỜNG VỤ')).toEqual({ kind: 'TM', body: 'BAN THƯỜNG VỤ' });
    expect(matchAuthority('K T. GIÁM ĐỐC')).toEqual({ kind: 'KT', body: 'GIÁM ĐỐC' });
    expect(matchAuthority('Q. GIÁM ĐỐC')).toEqual({ kind: 'Q', body: 'GIÁM ĐỐC' });
    expect(matchAuthority('Q GIÁM ĐỐC')).toBeNull();
  });

  it('reads the nơi nhận heading and the archive line', () => {
    expect(RECIPIENTS_HEADING.exec('Nơi nhận: - Như trên;')?.[1]).toBe('- Như trên;');
    expect(RECIPIENTS_HEADING.exec('Noi nhan')?.[1]).toBe('');
    expect(ARCHIVE.exec('Lưu: VT, VP.')?.[1]).toBe('VT, VP');
    expect(ARCHIVE.exec('Lưu VT')?.[1]).toBe('VT');
  });
});
