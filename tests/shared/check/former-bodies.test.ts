/**
 * Bodies in existence on the document's date: a plan dated from 1/7/2025 that names a huyện body
 * or a department merged away gets a lỗi with the successor as its fix; a plan received from 2024
 * or a Party notice of 2023 is read in the world of its own date and gets none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, checkPlan, type Finding } from '../../../shared/check';
import { importText } from '../../../shared/import';
import { AgencyDirectoryDataSchema, createAgencyDirectory, type PlanDocument } from '../../../shared/model';
import { setPlanDate } from '../../../shared/model/ops';
import { partyPlan, templatePlans } from './helpers';

const SHIPPED: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'templates', 'agencies.json'), 'utf8'));
const agencies = createAgencyDirectory(SHIPPED as object);
const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const RULE = 'co-quan-khong-con';

function formerBodies(plan: PlanDocument): Finding[] {
  return checkPlan(plan, { agencies }).filter((f) => f.ruleId === RULE);
}

/** A plan of the Sở Kế hoạch và Đầu tư as a clerk copies it out of Word, dated `date`. */
function sokhdtPlan(date: string): string {
  return [
    'UBND TỈNH NINH BÌNH',
    'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 112/KH-SKHĐT',
    `Ninh Bình, ${date}`,
    'KẾ HOẠCH',
    'Triển khai thu hút đầu tư vào các khu công nghiệp',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Bảo đảm thu hút đầu tư đúng quy hoạch, phối hợp chặt chẽ giữa các sở, ngành và địa phương.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các phòng thuộc Sở tổ chức thực hiện Kế hoạch này.',
    'Nơi nhận:',
    '- UBND tỉnh (để báo cáo);',
    '- Sở Tài nguyên và Môi trường;',
    '- UBND các huyện, thành phố;',
    '- Lưu: VT, KTĐN.',
    'GIÁM ĐỐC',
    'Nguyễn Văn An',
  ].join('\n');
}

describe('a plan dated from the change that names a former body', () => {
  it('is a lỗi on the issuer, whose fix writes the successor into the header, the citation and the symbol', () => {
    const plan = importText(sokhdtPlan('ngày 10 tháng 9 năm 2025')).plan;
    const found = formerBodies(plan);
    const issuer = found.find((f) => f.location.kind === 'plan' && f.location.path.join('.') === 'meta.issuingOrgan');
    expect(issuer).toMatchObject({ severity: 'lỗi' });
    expect(issuer?.message).toContain('Cơ quan ban hành "Sở Kế hoạch và Đầu tư" không còn từ ngày 01/3/2025; nay là Sở Tài chính');
    expect(issuer?.why?.confidence).toBe('medium');
    if (issuer?.fix === undefined) throw new Error('no fix');
    const fixed = applyFix(plan, issuer.fix);
    expect(fixed.meta.issuingOrgan).toEqual({ header: 'SỞ TÀI CHÍNH', citation: 'Sở Tài chính' });
    expect(fixed.meta.symbol).toMatch(/^KH-STC$/);
    expect(formerBodies(fixed).some((f) => f.location.kind === 'plan' && f.location.path[1] === 'issuingOrgan')).toBe(false);
  });

  it('is a lỗi on each nơi nhận line of a merged department or of the district level, fixed to the successor', () => {
    const plan = importText(sokhdtPlan('ngày 10 tháng 9 năm 2025')).plan;
    const lines = formerBodies(plan).filter((f) => f.location.kind === 'plan' && f.location.path[0] === 'recipients');
    expect(lines.map((f) => f.message.replace(/ \(.*\)$/u, ''))).toEqual([
      'Nơi nhận "Sở Tài nguyên và Môi trường" không còn từ ngày 01/3/2025; nay là Sở Nông nghiệp và Môi trường',
      'Nơi nhận "UBND các huyện, thành phố" không còn từ ngày 01/7/2025; nay là UBND các xã, phường',
    ]);
    let fixed = plan;
    for (const line of lines) {
      const again = formerBodies(fixed).find((f) => f.location.kind === 'plan' && f.location.path[0] === 'recipients');
      if (again?.fix === undefined) throw new Error(`no fix for ${line.message}`);
      fixed = applyFix(fixed, again.fix);
    }
    expect(fixed.recipients.map((r) => ('name' in r ? r.name : r.names.join(' + ')))).toEqual([
      'UBND tỉnh',
      'Sở Nông nghiệp và Môi trường',
      'UBND các xã, phường',
    ]);
  });

  it('is found in a chủ trì cell, and a merged department is dropped where its successor is already named', () => {
    const base = setPlanDate(partyPlan(), { year: 2026, month: 8, day: 3 });
    const [appendix, ...rest] = base.appendices;
    if (appendix === undefined) throw new Error('no appendix');
    const [row, ...rows] = appendix.rows;
    if (row === undefined) throw new Error('no row');
    const plan: PlanDocument = {
      ...base,
      appendices: [{ ...appendix, rows: [{ ...row, cells: { ...row.cells, lead: 'Sở KH&ĐT; Sở Tài chính' } }, ...rows] }, ...rest],
    };
    const [finding, ...others] = formerBodies(plan);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'lỗi', location: { path: ['appendices', 0, 'rows', 0, 'cells', 'lead'] } });
    expect(finding?.source).toContain('Nghị quyết 202/2025/QH15');
    if (finding?.fix === undefined) throw new Error('no fix');
    expect(applyFix(plan, finding.fix).appendices[0]?.rows[0]?.cells['lead']).toBe('Sở Tài chính');
  });

  it('names the district level gone without a fix where no single body took its work (UBND huyện)', () => {
    const plan = importText(
      sokhdtPlan('ngày 10 tháng 9 năm 2025')
        .replace('SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN')
        .replace('UBND TỈNH NINH BÌNH\n', ''),
    ).plan;
    const issuer = formerBodies(plan).find((f) => f.location.kind === 'plan' && f.location.path[1] === 'issuingOrgan');
    expect(issuer?.message).toContain('không còn từ ngày 01/7/2025; không có một đơn vị kế nhiệm duy nhất');
    expect(issuer?.fix).toBeUndefined();
  });
});

describe('what the app ships', () => {
  it('names no former body in a plan made today from any template', () => {
    const named = templatePlans().flatMap(({ id, plan }) => formerBodies(plan).map((f) => `${id}: ${f.message}`));
    expect(named).toEqual([]);
  });
});

describe('a document of its own date', () => {
  it('reads a 2024 plan of the Sở Kế hoạch và Đầu tư as it is: NĐ 30, no finding on its bodies', () => {
    const { plan } = importText(sokhdtPlan('ngày 12 tháng 3 năm 2024'));
    expect(plan.profile).toBe('nd30-2020');
    expect(plan.meta.issuingOrgan.header).toBe('SỞ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(plan.recipients.length).toBeGreaterThanOrEqual(3);
    expect(formerBodies(plan)).toEqual([]);
    // A day after the department merged, the same plan is wrong.
    expect(formerBodies(importText(sokhdtPlan('ngày 01 tháng 3 năm 2025')).plan).length).toBeGreaterThan(0);
    expect(formerBodies(importText(sokhdtPlan('ngày 28 tháng 02 năm 2025')).plan)).toEqual([]);
  });

  it('reads the Party notice of 2023 with "Các huyện ủy, thành ủy, ĐUTT tỉnh" as it is, and flags that line when redated', () => {
    const notice = readFileSync(join(SEEDS, 'thong-bao-dang-hoi-nghi-so-ket.txt'), 'utf8');
    const header = (date: string): string =>
      ['TỈNH ỦY NINH BÌNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 12-TB/TU', `Ninh Bình, ${date}`].join('\n');
    const old = importText(`${header('ngày 30 tháng 9 năm 2023')}\n${notice}`).plan;
    expect(old.profile).toBe('hd36-2018');
    expect(formerBodies(old)).toEqual([]);
    const today = importText(`${header('ngày 30 tháng 9 năm 2026')}\n${notice}`).plan;
    expect(today.profile).toBe('hd05-2026');
    const [line, ...others] = formerBodies(today);
    expect(others).toEqual([]);
    expect(line?.message).toContain('"Các huyện ủy, thành ủy" không còn từ ngày 01/7/2025; nay là Đảng ủy các xã, phường');
    // Part of a longer line: the clerk rewrites it, the app does not guess the rest of the line.
    expect(line?.fix).toBeUndefined();
  });
});

describe('the directory refuses successions that cannot be followed', () => {
  const organ = (id: string, until: string, successor: string) => ({
    id,
    name: `Sở ${id}`,
    system: 'nha-nuoc' as const,
    level: 'tinh' as const,
    until,
    successor,
  });

  it('says which entries go round in a cycle of successors', () => {
    const result = AgencyDirectoryDataSchema.safeParse({
      organs: [organ('a', '2025-03-01', 'b'), organ('b', '2025-07-01', 'a')],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('Đơn vị kế nhiệm quay vòng: a → b → a');
  });

  it('asks for the date a body stopped existing when it names a successor', () => {
    const result = AgencyDirectoryDataSchema.safeParse({ organs: [organ('a', '', 'b'), organ('b', '', '')] });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['"a" có đơn vị kế nhiệm "b" nhưng chưa ghi ngày thôi tồn tại']);
  });

  it('follows successors to the body in existence on the date asked', () => {
    const directory = createAgencyDirectory({
      organs: [organ('a', '2025-03-01', 'b'), organ('b', '2025-07-01', 'c'), organ('c', '', '')],
    });
    const a = directory.organ('a');
    if (a === undefined) throw new Error('no a');
    const successorOn = (day: string): string | undefined => {
      const gone = directory.goneOn({ kind: 'organ', organ: a }, day);
      return gone === undefined ? undefined : gone.successor?.kind === 'organ' ? gone.successor.organ.id : '';
    };
    expect(successorOn('2025-02-28')).toBeUndefined();
    expect(successorOn('2025-05-01')).toBe('b');
    expect(successorOn('2026-01-01')).toBe('c');
  });
});
