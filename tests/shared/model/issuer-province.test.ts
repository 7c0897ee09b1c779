/**
 * Names are read in the province of the plan's issuer, not the user's (issue 17): a plan received
 * from Lào Cai, opened by a clerk whose home province is Đà Nẵng, gives its "Sở Tài chính" task to
 * Lào Cai's department, its "Các sở, ban, ngành" take in Lào Cai's, and the checker names Lào
 * Cai's successor of a merged department.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check';
import { findAssignments, planTasks } from '../../../shared/clone';
import { importText } from '../../../shared/import';
import { createAgencyDirectory, issuerProvince, mergeDirectories, type AgencyDirectoryInput, type Organ } from '../../../shared/model';

const read = (path: string): AgencyDirectoryInput =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8')) as AgencyDirectoryInput;
const shipped = mergeDirectories(read('templates/agencies.json'), read('templates/directory/vietnam-2025.json'));
const daNang = createAgencyDirectory(mergeDirectories(shipped, { province: 'Đà Nẵng' }));

/** A plan of the Sở Y tế of Lào Cai as a clerk copies it out of Word. */
function laoCaiPlan(header: readonly string[], place = 'Lào Cai'): string {
  return [
    ...header,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 45/KH-SYT',
    `${place}, ngày 12 tháng 3 năm 2026`,
    'KẾ HOẠCH',
    'Phòng, chống dịch bệnh năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Chủ động phòng, chống dịch bệnh trên địa bàn tỉnh.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí thực hiện Kế hoạch.',
    '2. Các sở, ban, ngành chủ trì tuyên truyền trong cơ quan, đơn vị.',
    'Nơi nhận:',
    '- UBND tỉnh (để báo cáo);',
    '- Sở Kế hoạch và Đầu tư;',
    '- Lưu: VT, NVY.',
    'GIÁM ĐỐC',
    'Nguyễn Văn Bình',
  ].join('\n');
}

function organ(id: string): Organ {
  const found = daNang.organ(id);
  if (found === undefined) throw new Error(`no organ ${id}`);
  return found;
}

const leadIds = (text: string): string[] =>
  planTasks(importText(text).plan, daNang).flatMap((t) => t.leads.flatMap((e) => (e.kind === 'organ' ? [e.organ.id] : [])));

describe('names in a plan received from another province', () => {
  const plan = importText(laoCaiPlan(['UBND TỈNH LÀO CAI', 'SỞ Y TẾ'])).plan;

  it('are read in the issuer’s province, found in its header, parent line or place', () => {
    expect(issuerProvince(daNang, plan)).toBe('Lào Cai');
    expect(issuerProvince(daNang, importText(laoCaiPlan(['SỞ Y TẾ'])).plan)).toBe('Lào Cai');
    // A plan that names no place of its own is read in the clerk's province.
    expect(issuerProvince(daNang, importText(laoCaiPlan(['SỞ Y TẾ'], 'Hải Châu')).plan)).toBe('Đà Nẵng');
    expect(issuerProvince(daNang, importText(laoCaiPlan(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'], 'Hà Nội')).plan)).toBe('Hà Nội');
  });

  it('give the task of "Sở Tài chính" to that province’s department, and its collective phrases take in its bodies', () => {
    expect(leadIds(laoCaiPlan(['UBND TỈNH LÀO CAI', 'SỞ Y TẾ']))).toContain('so-tai-chinh-lao-cai');
    expect(leadIds(laoCaiPlan(['UBND TỈNH LÀO CAI', 'SỞ Y TẾ']))).not.toContain('so-tai-chinh-da-nang');
    const laoCai = findAssignments(plan, organ('so-tai-chinh-lao-cai'), daNang).map((a) => [a.role, a.via]);
    expect(laoCai).toEqual([
      ['lead', 'direct'],
      ['lead', 'collective'],
    ]);
    expect(findAssignments(plan, organ('so-nong-nghiep-moi-truong-lao-cai'), daNang).map((a) => a.via)).toEqual(['collective']);
    expect(findAssignments(plan, organ('so-tai-chinh-da-nang'), daNang)).toEqual([]);
    // The clerk's own plans are read in the clerk's province.
    expect(leadIds(laoCaiPlan(['UBND THÀNH PHỐ ĐÀ NẴNG', 'SỞ Y TẾ'], 'Đà Nẵng'))).toContain('so-tai-chinh-da-nang');
  });

  it('name the issuer’s province’s successor of a department merged away', () => {
    const messages = checkPlan(plan, { agencies: daNang })
      .filter((f) => f.ruleId === 'co-quan-khong-con')
      .map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('nay là Sở Tài chính tỉnh Lào Cai')]);
  });
});
