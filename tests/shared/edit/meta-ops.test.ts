/** Property edits store NFC text, return the same plan when nothing changes, and never mutate. */
import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../../shared/model';
import {
  setArchive,
  setBasisLines,
  setDocumentType,
  setIssuingOrgan,
  setMarkings,
  setMetaText,
  setPlanDate,
  setSectionNumbering,
} from '../../../shared/edit';
import { partyPlan, statePlan } from './plans';

const decomposed = 'Ninh Bi\u0300nh';

describe('meta edits', () => {
  it('stores text in NFC and keeps the rest of the plan', () => {
    const plan = statePlan();
    const next = setMetaText(plan, 'place', decomposed);
    expect(next.meta.place).toBe('Ninh Bình');
    expect(next.meta.place).not.toBe(decomposed);
    expect(next.sections).toBe(plan.sections);
    expect(next.signer).toBe(plan.signer);
  });

  it('returns the same plan when the value is unchanged', () => {
    const plan = statePlan();
    expect(setMetaText(plan, 'place', decomposed)).toBe(plan);
    expect(setIssuingOrgan(plan, 'citation', plan.meta.issuingOrgan.citation)).toBe(plan);
    expect(setPlanDate(plan, { ...plan.meta.date })).toBe(plan);
    expect(setMarkings(plan, { drafterInitials: 'ĐTS' })).toBe(plan);
    expect(setArchive(plan, 'VT, VP')).toBe(plan);
    expect(setSectionNumbering(plan, 'roman-dot')).toBe(plan);
    expect(setBasisLines(plan, false)).toBe(plan);
  });

  it('edits the issuing organ header and citation separately', () => {
    const plan = statePlan();
    const next = setIssuingOrgan(setIssuingOrgan(plan, 'header', 'SỞ TÀI CHÍNH'), 'citation', 'Sở Tài chính');
    expect(next.meta.issuingOrgan).toEqual({ header: 'SỞ TÀI CHÍNH', citation: 'Sở Tài chính' });
    expect(plan.meta.issuingOrgan.header).toBe('BAN QUẢN LÝ KHU KINH TẾ\nVÀ CÁC KHU CÔNG NGHIỆP');
  });

  it('sets tên loại and its abbreviation together, and the symbol follows the abbreviation', () => {
    const next = setDocumentType(partyPlan(), 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CTr');
    expect(next.meta).toMatchObject({ typeName: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', docType: 'CTr', symbol: 'CTr/TU' });
    expect(setDocumentType(statePlan(), 'ĐỀ ÁN', 'ĐA').meta.symbol).toBe('ĐA-BQL');
    const own = setMetaText(statePlan(), 'symbol', 'BQL-VP');
    expect(setDocumentType(own, 'ĐỀ ÁN', 'ĐA').meta.symbol).toBe('BQL-VP');
    expect(setDocumentType(own, 'KẾ HOẠCH', 'KH')).toBe(own);
  });

  it('keeps blank day and month as the văn thư slots', () => {
    const next = setPlanDate(partyPlan(), { year: 2026, month: 2, day: null });
    expect(next.meta.date).toEqual({ year: 2026, month: 2, day: null });
    expect(PlanDocumentSchema.safeParse(next).success).toBe(true);
  });

  it('changes only the markings given, in NFC', () => {
    const plan = partyPlan();
    const next = setMarkings(plan, { urgency: 'KHẨN', draft: 'Dự tha\u0309o lần 2', copies: 30 });
    expect(next.meta.markings).toEqual({ ...plan.meta.markings, urgency: 'KHẨN', draft: 'Dự thảo lần 2', copies: 30 });
    expect(setMarkings(next, { copies: null }).meta.markings.copies).toBeNull();
  });

  it('toggles the căn cứ lines and the section numbering', () => {
    const plan = partyPlan();
    expect(setBasisLines(plan, true).basisLines).toBe(true);
    expect(setSectionNumbering(plan, 'roman-dash').sectionNumbering).toBe('roman-dash');
  });
});
