/**
 * Choosing the issuing organ from the shipped directory: header, parent line, citation, symbol,
 * place and signer, each listed with what it replaces and whether the user's own text is lost.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AgencyDirectoryDataSchema,
  createAgencyDirectory,
  PlanDocumentSchema,
  type Organ,
  type PlanDocument,
} from '../../../../shared/model';
import { applyOrganFill, isUnfilled, organFill } from '../../../../shared/model/ops';
import { partyPlan, statePlan } from './plans';

const data: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../templates/agencies.json', import.meta.url)), 'utf8'));
const directory = createAgencyDirectory(AgencyDirectoryDataSchema.parse(data));

function organ(id: string): Organ {
  const found = directory.organ(id);
  if (found === undefined) throw new Error(id);
  return found;
}

/** A plan as a template leaves it: placeholders everywhere. */
function templatePlan(): PlanDocument {
  const plan = statePlan();
  return {
    ...plan,
    meta: { ...plan.meta, parentOrgan: 'UBND TỈNH …', issuingOrgan: { header: 'SỞ …', citation: 'Sở …' }, symbol: 'KH-…', place: '…' },
  };
}

describe('organFill', () => {
  it('fills the placeholders of a template plan; only the signer already holds real text', () => {
    const plan = templatePlan();
    const fill = organFill(plan, directory, organ('so-tai-chinh'));
    expect(Object.fromEntries(fill.changes.map((c) => [c.field, c.after]))).toEqual({
      header: 'SỞ TÀI CHÍNH',
      parentOrgan: 'UBND TỈNH NINH BÌNH',
      citation: 'Sở Tài chính',
      symbol: 'KH-STC',
      place: 'Ninh Bình',
      signer: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC',
    });
    expect(fill.changes.filter((c) => c.overwrites).map((c) => c.field)).toEqual(['signer']);
    const next = applyOrganFill(plan, fill);
    expect(next.meta).toMatchObject({
      parentOrgan: 'UBND TỈNH NINH BÌNH',
      issuingOrgan: { header: 'SỞ TÀI CHÍNH', citation: 'Sở Tài chính' },
      symbol: 'KH-STC',
      place: 'Ninh Bình',
    });
    expect(next.signer).toEqual({ authority: [{ kind: 'KT', body: 'GIÁM ĐỐC' }], position: 'PHÓ GIÁM ĐỐC', name: 'Bùi Duy Quang' });
    expect(PlanDocumentSchema.safeParse(next).success).toBe(true);
  });

  it('marks the fields whose typed text would be lost, and applies only what is accepted', () => {
    const plan = statePlan();
    const fill = organFill(plan, directory, organ('ubnd-tinh'));
    const byField = Object.fromEntries(fill.changes.map((c) => [c.field, c]));
    expect(byField.header).toMatchObject({
      before: 'BAN QUẢN LÝ KHU KINH TẾ\nVÀ CÁC KHU CÔNG NGHIỆP',
      after: 'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH',
      overwrites: true,
    });
    expect(byField.parentOrgan).toMatchObject({ after: '', overwrites: true });
    expect(byField.symbol).toMatchObject({ before: 'KH-BQL', after: 'KH-UBND' });
    expect(byField.place).toBeUndefined();
    const onlyBlank = applyOrganFill(plan, fill, (c) => !c.overwrites);
    expect(onlyBlank).toBe(plan);
    const all = applyOrganFill(plan, fill);
    expect(all.meta.parentOrgan).toBe('');
    expect(all.signer.authority).toEqual([
      { kind: 'TM', body: 'ỦY BAN NHÂN DÂN' },
      { kind: 'KT', body: 'CHỦ TỊCH' },
    ]);
  });

  it('writes a Party symbol with "/" and does not repeat "ĐẢNG CỘNG SẢN VIỆT NAM" as the parent line', () => {
    const plan = { ...partyPlan(), meta: { ...partyPlan().meta, parentOrgan: 'X' } };
    const fill = organFill(plan, directory, organ('ban-thuong-vu-tinh-uy'));
    expect(fill.system).toBe('dang');
    const byField = Object.fromEntries(fill.changes.map((c) => [c.field, c.after]));
    expect(byField.parentOrgan).toBe('');
    expect(byField.symbol).toBeUndefined();
    expect(byField.citation).toBe('Ban Thường vụ Tỉnh ủy');
    const dangUy = organFill(plan, directory, organ('dang-uy-ubnd-tinh'));
    expect(Object.fromEntries(dangUy.changes.map((c) => [c.field, c.after]))).toMatchObject({
      header: 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      parentOrgan: 'ĐẢNG BỘ TỈNH NINH BÌNH',
      symbol: 'KH/ĐU',
    });
  });

  it('takes the profile the date of the plan calls for: HD 05 writes the organ "UỶ" and keeps "ỦY BAN"', () => {
    const plan = { ...partyPlan(), meta: { ...partyPlan().meta, date: { year: 2026, month: 7, day: 1 } } };
    const fill = organFill(plan, directory, organ('dang-uy-ubnd-tinh'));
    expect(fill.profile.id).toBe('hd05-2026');
    expect(Object.fromEntries(fill.changes.map((c) => [c.field, c.after]))).toMatchObject({
      header: 'ĐẢNG UỶ ỦY BAN NHÂN DÂN TỈNH',
      symbol: 'KH/ĐU',
    });
    const chosen = organFill({ ...plan, profileChoice: 'chosen' }, directory, organ('dang-uy-ubnd-tinh'));
    expect(chosen.profile.id).toBe('hd36-2018');
    expect(organFill(plan, directory, organ('so-tai-chinh')).profile.id).toBe('nd30-2020');
  });

  it('uses the parent header for an organ without its own and leaves the signer when the directory has none', () => {
    const plan = templatePlan();
    const fill = organFill(plan, directory, organ('van-phong-ban-quan-ly-kkt'));
    const byField = Object.fromEntries(fill.changes.map((c) => [c.field, c.after]));
    expect(byField.header).toBe('VĂN PHÒNG BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP');
    expect(byField.parentOrgan).toBe('BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP');
    expect(byField.signer).toBeUndefined();
    expect(byField.symbol).toBeUndefined();
  });

  it('treats blank and "…" as not yet filled', () => {
    expect(isUnfilled('')).toBe(true);
    expect(isUnfilled('TỈNH ỦY …')).toBe(true);
    expect(isUnfilled('TỈNH ỦY NINH BÌNH')).toBe(false);
  });
});
