/**
 * What the checker flags in running text, and what it leaves alone: codes, numbers, abbreviations,
 * units, loanwords, addresses, and the user's words.
 */
import { describe, expect, it } from 'vitest';
import { findMisspellings, isMisspelled } from '../../../shared/spell';

const flagged = (text: string, userWords?: readonly string[]): string[] =>
  findMisspellings(text, userWords === undefined ? {} : { userWords }).map((m) => m.word);

describe('findMisspellings', () => {
  it('gives each misspelled word with its offsets', () => {
    const text = 'Thực hiện Nghị quyết, Vieejt Nam và nhieemj vụ.';
    const found = findMisspellings(text);
    expect(found.map((m) => m.word)).toEqual(['Vieejt', 'nhieemj']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.word);
  });

  it('flags what clerks mistype: input-method leftovers, impossible syllables, wrong tone on a stop final, doubled letters', () => {
    expect(flagged('Vieejt nhieemj vie65t Quy1 khoong')).toEqual(['Vieejt', 'nhieemj', 'vie65t', 'Quy1', 'khoong']);
    expect(flagged('ngê kă quă viềt thhành tiếngg')).toEqual(['ngê', 'kă', 'quă', 'viềt', 'thhành', 'tiếngg']);
    expect(flagged('gìa qúa tíên')).toEqual(['gìa', 'qúa', 'tíên']);
  });

  it('accepts both tone placements', () => {
    expect(flagged('hóa hoá hòa hoà ủy uỷ thủy thuỷ khỏe khoẻ Ủy ban UỶ BAN')).toEqual([]);
  });

  it('leaves codes, numbers and abbreviations alone', () => {
    const text =
      'Nghị quyết số 05-NQ/TU, Kế hoạch KH-UBND giai đoạn 2026-2030; GRDP, PCI, UBND, HĐND, ĐBSCL, TP.HCM, COVID-19, Quý II/2026, đ/c, 12,5%, Khu A1, km2, mục ii).';
    expect(flagged(text)).toEqual([]);
  });

  it('leaves units, loanwords, and mixed-case names alone', () => {
    expect(flagged('100 km, 20 ha, 5 kg, 3 triệu USD; internet, online, logistics, startup, e-commerce, Internet, VNeID, iPhone')).toEqual(
      [],
    );
  });

  it('accepts proper names that are syllables, and ethnic names joined by hyphens', () => {
    expect(flagged('Nguyễn Thị Minh Khai, Ninh Bình, Hoa Lư, Ê-đê, H’Mông, Đắk Lắk, Bắc Kạn, Kon Tum')).toEqual([]);
    expect(flagged('Washington')).toEqual(['Washington']);
  });

  it('checks headings in capitals when they carry tone marks or Telex keys', () => {
    expect(flagged('MỤC ĐÍCH, YÊU CẦU')).toEqual([]);
    expect(flagged('MỤCC TIÊU VIEEJT NAM')).toEqual(['MỤCC', 'VIEEJT']);
    expect(flagged('CHỈ SỐ PAR, SOS, TW')).toEqual([]);
  });

  it('skips web and e-mail addresses and pasted markup', () => {
    expect(flagged('Xem https://ninhbinh.gov.vn/tin-tuc hoặc www.chinhphu.vn, ninhbinh.gov.vn, gửi vanthu@ninhbinh.gov.vn')).toEqual([]);
    expect(flagged('Tỉnh ủy<sup>(1)</sup> có \\geq 02 đầu mối')).toEqual([]);
  });

  it('accepts the user’s words in any case and tone placement', () => {
    expect(flagged('Agribank Vieejt', ['agribank'])).toEqual(['Vieejt']);
    // A company name written together: saved as "Xuânthuỷ", typed "XUÂNTHỦY".
    expect(flagged('Công ty XUÂNTHỦY', ['Xuânthuỷ'])).toEqual([]);
    expect(flagged('Công ty XUÂNTHỦY')).toEqual(['XUÂNTHỦY']);
  });

  it('caches per text and per user-word list', () => {
    const userWords = ['Agribank'];
    const first = findMisspellings('Agribank và Vieejt', { userWords });
    expect(findMisspellings('Agribank và Vieejt', { userWords })).toBe(first);
    expect(findMisspellings('Agribank và Vieejt', { userWords: [] }).map((m) => m.word)).toEqual(['Agribank', 'Vieejt']);
  });

  it('checks a single word', () => {
    expect(isMisspelled('Vieejt')).toBe(true);
    expect(isMisspelled('Việt')).toBe(false);
  });
});
