/** Each concept the rule systems write differently, read from the profiles through its one function. */
import { describe, expect, it } from 'vitest';
import {
  adaptArchive,
  adaptAuthority,
  adaptSymbol,
  appendixPageNumbering,
  appendixRefLine,
  appendixRefLineMark,
  archiveLine,
  archiveProblem,
  authorityForm,
  authorityLines,
  composeSymbol,
  HD05_2026,
  HD36_2018,
  isSymbolInForm,
  ND30_2020,
  numberLine,
  placeDateLine,
  positionLine,
  readNumberLine,
  recipientLine,
  spellOrganName,
  systemOfAuthorityLine,
  systemOfMotto,
  systemOfNumberJoiner,
  systemsOfOrganName,
  typedAuthorityPrefix,
} from '../../../shared/format';
import type { Meta } from '../../../shared/model';

const STATE = ND30_2020.header.number;
const PARTY = HD05_2026.header.number;

describe('the number and symbol', () => {
  it.each([
    ['KH-UBND', PARTY, 'KH/UBND'],
    ['KH-BQL', PARTY, 'KH/BQL'],
    ['KH/TU', PARTY, 'KH/TU'],
    ['QC-BTCTU-BDVTU', PARTY, 'QC/BTCTU-BDVTU'],
    ['KH/TU', STATE, 'KH-TU'],
    ['QC/BTCTU-BDVTU', STATE, 'QC-BTCTU-BDVTU'],
    ['KH-UBND', STATE, 'KH-UBND'],
    ['KH', PARTY, 'KH'],
    ['', STATE, ''],
  ] as const)('%s adapted is %s', (symbol, form, expected) => {
    expect(adaptSymbol(symbol, form)).toBe(expected);
  });

  it('writes the number line of each profile, with the blank slot for the văn thư', () => {
    expect(numberLine('30', 'KH-UBND', ND30_2020)).toBe('Số: 30/KH-UBND');
    expect(numberLine('5', 'KH/TU', HD05_2026)).toBe('Số 05-KH/TU');
    expect(numberLine('', 'KH-BQL', ND30_2020)).toBe('Số:        /KH-BQL');
    expect(numberLine('', 'KH/TU', HD36_2018)).toBe('Số        -KH/TU');
  });

  it('composes a symbol from the type and the organ code, joint issuers joined by "-"', () => {
    expect(composeSymbol('KH', 'TU', PARTY)).toBe('KH/TU');
    expect(composeSymbol('QC', 'BTCTU-BDVTU', PARTY)).toBe('QC/BTCTU-BDVTU');
    expect(composeSymbol('KH', 'UBND', STATE)).toBe('KH-UBND');
    expect(composeSymbol('KH', '', STATE)).toBe('KH');
  });

  it('tells a symbol in the form from one that is not', () => {
    expect(isSymbolInForm('KH/TU', PARTY)).toBe(true);
    expect(isSymbolInForm('QC/BTCTU-BDVTU', PARTY)).toBe(true);
    expect(isSymbolInForm('KH-TU', PARTY)).toBe(false);
    expect(isSymbolInForm('KH-UBND', STATE)).toBe(true);
    expect(isSymbolInForm('KH/UBND', STATE)).toBe(false);
    expect(isSymbolInForm('KH - UBND', STATE)).toBe(false);
  });

  it('reads a received number line in the form, and which system a joiner belongs to', () => {
    expect(readNumberLine('Số: 30/KH-UBND', STATE)).toEqual({ colon: true, number: '30', symbol: 'KH-UBND' });
    expect(readNumberLine('Số 58-KH/TU', PARTY)).toEqual({ colon: false, number: '58', symbol: 'KH/TU' });
    expect(readNumberLine('Số 58-KH/TU', STATE)).toBeNull();
    expect(systemOfNumberJoiner('-')).toBe('dang');
    expect(systemOfNumberJoiner('/')).toBe('nha-nuoc');
    expect(systemOfNumberJoiner('.')).toBeNull();
  });
});

describe('signer prefixes', () => {
  it('writes each kind in the profile form, and the Party has no thừa ủy quyền', () => {
    expect(authorityForm('TM', ND30_2020)).toBe('TM.');
    expect(authorityForm('TM', HD05_2026)).toBe('T/M');
    expect(authorityForm('TUQ', HD05_2026)).toBe('T/L');
    expect(adaptAuthority([{ kind: 'TUQ', body: 'CHỦ TỊCH' }], HD36_2018)).toEqual([{ kind: 'TL', body: 'CHỦ TỊCH' }]);
    const kept = [{ kind: 'TM' as const, body: 'BAN THƯỜNG VỤ' }];
    expect(adaptAuthority(kept, HD05_2026)).toBe(kept);
  });

  it('puts the acting head (Q.) on the position line', () => {
    const signer = {
      authority: [
        { kind: 'KT' as const, body: 'Giám đốc' },
        { kind: 'Q' as const, body: '' },
      ],
      position: 'Phó giám đốc',
    };
    expect(authorityLines(signer, ND30_2020)).toEqual(['KT. GIÁM ĐỐC']);
    expect(positionLine(signer, HD05_2026)).toBe('Q. PHÓ GIÁM ĐỐC');
  });

  it('finds a typed prefix and the system it belongs to', () => {
    expect(typedAuthorityPrefix('T/M BAN THƯỜNG VỤ', ND30_2020)?.profile.system).toBe('dang');
    expect(typedAuthorityPrefix('Q. CHÁNH VĂN PHÒNG', HD05_2026)?.profile.id).toBe('hd05-2026');
    expect(typedAuthorityPrefix('TRƯỞNG BAN', HD05_2026)).toBeUndefined();
    expect(systemOfAuthorityLine('T / M BAN THƯỜNG VỤ')).toBe('dang');
    expect(systemOfAuthorityLine('KT. CHỦ TỊCH')).toBe('nha-nuoc');
    expect(systemOfAuthorityLine('Q. CHÁNH VĂN PHÒNG')).toBeNull();
  });
});

describe('nơi nhận', () => {
  it('ends each line as the profile does: ";" under NĐ 30 and HD 05, "," under HD 36', () => {
    expect(recipientLine('Các sở, ban, ngành', undefined, ND30_2020)).toBe('- Các sở, ban, ngành;');
    expect(recipientLine('Ban Thường vụ Tỉnh ủy', '(để báo cáo)', HD36_2018)).toBe('- Ban Thường vụ Tỉnh ủy (để báo cáo),');
    expect(recipientLine('Các đảng ủy xã', undefined, HD05_2026)).toBe('- Các đảng ủy xã;');
  });

  it('writes and adapts the archive line', () => {
    expect(archiveLine('VT, VP', ND30_2020)).toBe('- Lưu: VT, VP.');
    expect(archiveLine('Văn phòng Tỉnh uỷ', HD05_2026)).toBe('- Lưu Văn phòng Tỉnh uỷ.');
    expect(adaptArchive('VT, VP', HD05_2026)).toBe('VP');
    expect(adaptArchive('VT,VP', HD36_2018)).toBe('VP');
    expect(adaptArchive('Văn phòng Tỉnh ủy', ND30_2020)).toBe('VT, Văn phòng Tỉnh ủy');
    expect(adaptArchive('VT, VP', ND30_2020)).toBe('VT, VP');
    expect(adaptArchive('Văn phòng Tỉnh ủy', HD05_2026)).toBe('Văn phòng Tỉnh ủy');
    expect(adaptArchive('', ND30_2020)).toBe('');
  });

  it('says what is wrong with an archive in the other form, with the text to write', () => {
    expect(archiveProblem('VT, Văn phòng Tỉnh ủy', HD05_2026)?.wanted).toBe('Văn phòng Tỉnh ủy');
    expect(archiveProblem('Lưu: VP', ND30_2020)?.wanted).toBe('VT, VP');
    expect(archiveProblem('VT, VP', ND30_2020)).toBeNull();
    expect(archiveProblem('', ND30_2020)).toBeNull();
  });
});

const META: Pick<Meta, 'number' | 'symbol' | 'date' | 'typeName' | 'issuingOrgan'> = {
  number: '58',
  symbol: 'KH/TU',
  date: { year: 2026, month: 6, day: 15 },
  typeName: 'KẾ HOẠCH',
  issuingOrgan: { header: 'TỈNH ỦY NINH BÌNH', citation: 'Ban Thường vụ Tỉnh ủy' },
};

describe('appendices', () => {
  it('writes the reference line under an appendix title in each profile form', () => {
    expect(appendixRefLine(META, HD36_2018)).toBe('(Kèm theo Kế hoạch số 58-KH/TU ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy)');
    expect(appendixRefLine(META, HD05_2026)).toBe('(Kèm theo Kế hoạch số 58-KH/TU, ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy)');
    expect(appendixRefLine({ ...META, number: '30', symbol: 'KH-UBND' }, ND30_2020)).toBe(
      '(Kèm theo Kế hoạch số 30/KH-UBND ngày 15 tháng 6 năm 2026 của Ban Thường vụ Tỉnh ủy)',
    );
    expect(appendixRefLine({ ...META, number: '' }, HD05_2026)).toBe(
      '(Kèm theo Kế hoạch số         -KH/TU, ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy)',
    );
  });

  it('numbers appendix pages apart under NĐ 30 and HD 05, on from the body under HD 36', () => {
    expect(appendixPageNumbering(ND30_2020)).toEqual({ restart: true, hideOnFirstPage: true });
    expect(appendixPageNumbering(HD05_2026)).toEqual({ restart: true, hideOnFirstPage: true });
    expect(appendixPageNumbering(HD36_2018)).toEqual({ restart: false, hideOnFirstPage: false });
  });

  it('marks the reference line as each profile does', () => {
    expect(appendixRefLineMark(ND30_2020)).toEqual({ kind: 'line', ratio: 0.3 });
    expect(appendixRefLineMark(HD05_2026)).toEqual({ kind: 'text', text: '-----' });
    expect(appendixRefLineMark(HD36_2018)).toBeNull();
  });
});

describe('the place-and-date line', () => {
  it('pads the day under 10 and the months 1 and 2, blank parts left for the văn thư', () => {
    expect(placeDateLine('Hà Nội', { year: 2026, month: 2, day: 3 }, HD05_2026)).toBe('Hà Nội, ngày 03 tháng 02 năm 2026');
    expect(placeDateLine('Ninh Bình', { year: 2026, month: 4, day: null }, ND30_2020)).toBe(
      `Ninh Bình, ngày${' '.repeat(8)}tháng 4 năm 2026`,
    );
    expect(placeDateLine('', { year: 2026, month: 4, day: 9 }, ND30_2020)).toBe('Ngày 09 tháng 4 năm 2026');
  });
});

describe('tone marks in organ names', () => {
  it('writes uỷ, hoà as HD 05 does, leaves other syllables and other profiles alone', () => {
    expect(spellOrganName('TỈNH ỦY NINH BÌNH', HD05_2026)).toBe('TỈNH UỶ NINH BÌNH');
    expect(spellOrganName('Đảng ủy xã Hòa Bình', HD05_2026)).toBe('Đảng uỷ xã Hoà Bình');
    expect(spellOrganName('ĐẢNG ỦY PHƯỜNG HOÀNG MAI', HD05_2026)).toBe('ĐẢNG UỶ PHƯỜNG HOÀNG MAI');
    expect(spellOrganName('TỈNH ỦY NINH BÌNH', HD36_2018)).toBe('TỈNH ỦY NINH BÌNH');
    expect(spellOrganName('ỦY BAN NHÂN DÂN', ND30_2020)).toBe('ỦY BAN NHÂN DÂN');
  });
});

describe('recognising the system of a received document', () => {
  it('reads the heading lines, and the words of the organ name', () => {
    expect(systemOfMotto(['ĐẢNG CỘNG SẢN VIỆT NAM'])).toBe('dang');
    expect(systemOfMotto(['Cộng hòa xã hội chủ nghĩa Việt Nam'])).toBe('nha-nuoc');
    expect(systemOfMotto(['Độc lập - Tự do - Hạnh phúc'])).toBe('nha-nuoc');
    expect(systemOfMotto(['KẾ HOẠCH'])).toBeNull();
    expect(systemsOfOrganName('TỈNH ỦY NINH BÌNH')).toEqual(['dang']);
    expect(systemsOfOrganName('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH')).toEqual(['nha-nuoc']);
    expect(systemsOfOrganName('ĐẢNG ỦY SỞ Y TẾ').sort()).toEqual(['dang', 'nha-nuoc']);
  });
});
