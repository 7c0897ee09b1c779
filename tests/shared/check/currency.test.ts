/**
 * The checker of the world as it is: a plan dated after a guide was replaced that still cites it,
 * a date still to come, and a received Word file checked by the guide of its own date, whatever
 * year it bears.
 */
import { describe, expect, it } from 'vitest';
import { applyFix, checkDocx, checkPlan } from '../../../shared/check';
import type { DocumentReference, PlanDocument } from '../../../shared/model';
import { setPlanDate } from '../../../shared/model/ops';
import { buildWordSeed } from '../import/word-fixture';
import { findingsOf, partyPlan } from './helpers';

const HD36_REF: DocumentReference = {
  id: 'hd36',
  typeName: 'Hướng dẫn',
  number: '36',
  symbol: 'HD/VPTW',
  system: 'dang',
  date: '2018-04-03',
  issuer: 'Văn phòng Trung ương Đảng',
  title: 'về thể thức và kỹ thuật trình bày văn bản của Đảng',
  shortName: '',
  role: 'basis',
};

function citingHd36(date: PlanDocument['meta']['date']): PlanDocument {
  const plan = setPlanDate(partyPlan(), date);
  return { ...plan, basis: [...plan.basis, HD36_REF] };
}

describe('a guide replaced by the plan date', () => {
  it('is a lỗi as a căn cứ of a plan dated from 27/5/2026, with the successor as its fix', () => {
    const plan = citingHd36({ year: 2026, month: 7, day: 1 });
    expect(plan.profile).toBe('hd05-2026');
    const [finding, ...rest] = findingsOf(plan, 'can-cu-het-hieu-luc');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'lỗi', source: 'HD 05-HD/VPTW, Phần III.1', location: { path: ['basis', 1] } });
    expect(finding?.message).toContain('Hướng dẫn số 36-HD/VPTW đã được thay bằng Hướng dẫn số 05-HD/VPTW từ ngày 27/5/2026');
    expect(finding?.why?.confidence).toBe('high');
    if (finding?.fix === undefined) throw new Error('no fix');
    const fixed = applyFix(plan, finding.fix);
    expect(fixed.basis[1]).toMatchObject({ id: 'hd36', number: '05', symbol: 'HD/VPTW', date: '2026-05-27' });
    expect(findingsOf(fixed, 'can-cu-het-hieu-luc')).toEqual([]);
  });

  it('is no finding in a plan dated before the change: a received plan is checked by the rules of its own date', () => {
    expect(findingsOf(citingHd36({ year: 2026, month: 4, day: 15 }), 'can-cu-het-hieu-luc')).toEqual([]);
  });

  it('is a cảnh báo where the text mentions it, and only the replaced text itself', () => {
    const plan = setPlanDate(partyPlan(), { year: 2026, month: 9, day: 1 });
    const [section, ...sections] = plan.sections;
    if (section === undefined) throw new Error('no section');
    const mention = (text: string): PlanDocument => ({
      ...plan,
      sections: [{ ...section, blocks: [...section.blocks, { id: 'nhac', type: 'paragraph', children: [{ text }] }] }, ...sections],
    });
    const found = findingsOf(mention('Trình bày theo Hướng dẫn số 36 - HD/VPTW và Quy định 66-QĐ/TW.'), 'dan-van-ban-het-hieu-luc');
    expect(found.map((f) => f.message)).toEqual([
      'Nhắc tới 36-HD/VPTW, đã được thay bằng Hướng dẫn số 05-HD/VPTW từ ngày 27/5/2026 (HD 05-HD/VPTW, Phần III.1)',
      'Nhắc tới 66-QĐ/TW, đã được thay bằng Quy định số 399-QĐ/TW từ ngày 09/01/2026 (HD 05-HD/VPTW, Phần III.1)',
    ]);
    expect(findingsOf(mention('Theo Hướng dẫn số 136-HD/VPTW của Văn phòng.'), 'dan-van-ban-het-hieu-luc')).toEqual([]);
  });
});

describe('a date still to come', () => {
  it('is a cảnh báo when the checker is told today, and only then', () => {
    const plan = setPlanDate(partyPlan(), { year: 2031, month: 3, day: 5 });
    const today = new Date(2026, 11, 7);
    const [finding] = checkPlan(plan, { today }).filter((f) => f.ruleId === 'ngay-tuong-lai');
    expect(finding?.message).toContain('Ngày ban hành 05/3/2031 chưa đến (hôm nay 07/12/2026)');
    expect(checkPlan(plan).some((f) => f.ruleId === 'ngay-tuong-lai')).toBe(false);
    const thisMonth = setPlanDate(partyPlan(), { year: 2026, month: 12, day: null });
    expect(checkPlan(thisMonth, { today }).some((f) => f.ruleId === 'ngay-tuong-lai')).toBe(false);
  });
});

describe('a received Word file', () => {
  it('is checked by HD 36 when dated before HD 05, by HD 05 from its date', async () => {
    const before = await checkDocx((await buildWordSeed()).bytes);
    expect(before.profile).toBe('hd36-2018');
    const after = await checkDocx((await buildWordSeed({ placeDate: 'Ninh Bình, ngày 15 tháng 6 năm 2026' })).bytes);
    expect(after.profile).toBe('hd05-2026');
    expect(after.findings.length).toBeGreaterThan(0);
    expect(after.findings.every((f) => !f.source.startsWith('HD 36'))).toBe(true);
    expect(before.findings.some((f) => f.source.startsWith('HD 36'))).toBe(true);
  }, 60_000);

  it('says plainly that a year before 1945 cannot be, and still checks the rest', async () => {
    const result = await checkDocx((await buildWordSeed({ placeDate: 'Ninh Bình, ngày 15 tháng 4 năm 1930' })).bytes);
    expect(result.profile).toBe('hd36-2018');
    const year = result.findings.filter((f) => f.ruleId === 'nam-ban-hanh');
    expect(year.map((f) => f.severity)).toEqual(['lỗi']);
    expect(year[0]?.message).toContain('Năm ban hành 1930 trước năm 1945');
    expect(result.findings.length).toBeGreaterThan(1);
  }, 60_000);

  it('says a date still to come, and points at a replaced guide it cites', async () => {
    const seed = await buildWordSeed({
      placeDate: 'Ninh Bình, ngày 15 tháng 6 năm 2031',
      bodyStart: ['Văn bản trình bày theo Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng.'],
    });
    const result = await checkDocx(seed.bytes, { today: new Date(2026, 11, 7) });
    expect(result.findings.filter((f) => f.ruleId === 'nam-ban-hanh').map((f) => f.message)).toEqual([
      expect.stringContaining('Ngày ban hành 15/6/2031 chưa đến'),
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'dan-van-ban-het-hieu-luc')).toHaveLength(1);
  }, 60_000);
});
