/**
 * The profiles as data: each is consistent, each value has its provenance, the one in force
 * follows the document's date, and a profile that contradicts itself is refused with messages a
 * person can act on.
 */
import { describe, expect, it } from 'vitest';
import {
  buildRegistry,
  CONCEPTS,
  HD05_2026,
  HD36_2018,
  latestIsoDay,
  ND30_2020,
  profileFor,
  profileProblems,
  PROFILES,
  ProfileError,
  registryProblems,
  successorFor,
  type Concept,
  type FormatProfile,
} from '../../../shared/format';

describe('the registered profiles', () => {
  it('have no problems', () => {
    expect(registryProblems(Object.values(PROFILES))).toEqual([]);
  });

  it('say for every concept a rule checks where its provision comes from, and how sure it is', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const [concept, provenance] of Object.entries(profile.provenance)) {
        expect(concept in CONCEPTS, `${profile.id}: ${concept}`).toBe(true);
        expect(provenance.sources.length, `${profile.id}: ${concept}`).toBeGreaterThan(0);
      }
    }
  });

  it('cite the guide that governs the document', () => {
    expect(HD05_2026.provenance.numberSymbol?.cite).toBe('HD 05-HD/VPTW, Phần II, mục I.3.2.2');
    expect(HD36_2018.provenance.numberSymbol?.cite).toBe('HD 36-HD/VPTW, mục II.1.3');
    expect(ND30_2020.provenance.numberSymbol?.cite).toBe('NĐ 30/2020, Phụ lục I, mục II.3');
  });

  it('hold what HD 05 changed from HD 36, each read in the guide itself', () => {
    const changed: [Concept, unknown, unknown][] = [
      ['recipientLines', HD36_2018.recipients.lineEnd, HD05_2026.recipients.lineEnd],
      ['appendixPageNumbers', HD36_2018.appendix.restartPageNumbers, HD05_2026.appendix.restartPageNumbers],
      ['drafter', HD36_2018.markings.drafter.size.value, HD05_2026.markings.drafter.size.value],
    ];
    expect(changed.map(([, before, after]) => [before, after])).toEqual([
      [',', ';'],
      [false, true],
      [8, 11],
    ]);
    for (const [concept] of changed) {
      expect(HD05_2026.provenance[concept]?.confidence).toBe('high');
      expect(HD05_2026.provenance[concept]?.sources).toContain('HD05-TXT');
    }
  });
});

describe('the profile that governs a document', () => {
  it('is HD 05 for a Party plan dated from 27/5/2026 and HD 36 before', () => {
    expect(profileFor('dang', { year: 2026, month: 5, day: 26 }).id).toBe('hd36-2018');
    expect(profileFor('dang', { year: 2026, month: 5, day: 27 }).id).toBe('hd05-2026');
    expect(profileFor('dang', { year: 2024, month: 11, day: 3 }).id).toBe('hd36-2018');
    expect(profileFor('nha-nuoc', { year: 2026, month: 6, day: 1 }).id).toBe('nd30-2020');
  });

  it('reads a partial date at its last day, and a date older than every guide by the oldest', () => {
    expect(latestIsoDay({ year: 2024, month: 2, day: null })).toBe('2024-02-29');
    expect(latestIsoDay({ year: 2026, month: null, day: null })).toBe('2026-12-31');
    expect(profileFor('dang', { year: 2026, month: 5, day: null }).id).toBe('hd05-2026');
    expect(profileFor('dang', { year: 1995, month: 1, day: 1 }).id).toBe('hd36-2018');
  });

  it('names the profile that replaced one for a later date', () => {
    expect(successorFor(HD36_2018, { year: 2026, month: 9, day: 1 })?.id).toBe('hd05-2026');
    expect(successorFor(HD36_2018, { year: 2025, month: 9, day: 1 })).toBeNull();
    expect(successorFor(HD05_2026, { year: 2026, month: 9, day: 1 })).toBeNull();
  });
});

/** A profile with one value changed, as a data file could be written by mistake. */
function variant(change: (p: FormatProfile) => FormatProfile): FormatProfile {
  return change(HD05_2026);
}

describe('a profile that contradicts itself', () => {
  it('is refused with each problem in words', () => {
    const broken = variant((p) => ({
      ...p,
      header: {
        ...p.header,
        number: { ...p.header.number, numberJoiner: '/', typeJoiner: '/' },
        placeDate: { ...p.header.placeDate, size: { value: 16, min: 14, max: 15 } },
      },
      body: { ...p.body, firstLineIndentMm: { value: 10, min: 12, max: 8 } },
      signature: { ...p.signature, authorityFallback: { TUQ: 'TUQ' } },
      recipients: { ...p.recipients, archiveFormat: 'Lưu.' },
      guide: { ...p.guide, effectiveFrom: '2026-02-30' },
      provenance: { ...p.provenance, margins: { cite: 'HD 05', sources: ['KHONG-CO'], confidence: 'high' } },
    }));
    const problems = profileProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Số và ký hiệu: dấu sau số và dấu trước tên cơ quan cùng là "/", không tách được số với ký hiệu',
        'header.placeDate.size: giá trị mặc định 16 nằm ngoài khoảng 14–15',
        'body.firstLineIndentMm: giá trị nhỏ nhất 12 lớn hơn giá trị lớn nhất 8',
        'Quyền hạn ký: "TUQ" được thay bằng "TUQ" nhưng "TUQ" không có cách ghi',
        'Dòng lưu: mẫu không có chỗ {units} cho đơn vị lưu',
        'Ngày hiệu lực "2026-02-30" không phải ngày có thật',
        'Nguồn của "Lề trang": không có nguồn "KHONG-CO" trong danh sách nguồn',
      ]),
    );
    expect(() => buildRegistry([ND30_2020, broken])).toThrow(ProfileError);
    expect(() => buildRegistry([ND30_2020, broken])).toThrow(/không tách được số với ký hiệu/u);
  });

  it('is refused when two profiles of one system would cite numbers differently or take effect the same day', () => {
    const other = variant((p) => ({
      ...p,
      id: 'hd36-2018',
      header: { ...p.header, number: { ...p.header.number, numberJoiner: '.', typeJoiner: '/' } },
    }));
    const problems = registryProblems([HD05_2026, other]);
    expect(problems.some((m) => m.includes('ghi số và ký hiệu khác nhau'))).toBe(true);
    expect(problems.some((m) => m.includes('có hiệu lực cùng một ngày'))).toBe(true);
  });

  it('with margins wider than the page', () => {
    const broken = variant((p) => ({
      ...p,
      page: {
        ...p.page,
        margins: { ...p.page.margins, left: { value: 120, min: 120, max: 120 }, right: { value: 100, min: 100, max: 100 } },
      },
    }));
    expect(profileProblems(broken)).toContain('Lề trái và lề phải không chừa chỗ cho chữ');
  });
});
