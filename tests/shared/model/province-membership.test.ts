/**
 * Collective phrases in every province (issue 17): the membership tags written by hand for Ninh
 * Bình are a rule the directory's script applies to the same bodies of every province and to every
 * commune, and a phrase takes in the home province's bodies only. A plan from Đà Nẵng or Cao Bằng
 * is checked, suggested and cloned as one from Ninh Bình is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAssignments } from '../../../shared/clone';
import {
  createAgencyDirectory,
  mergeDirectories,
  type AgencyDirectory,
  type AgencyDirectoryInput,
  type Collective,
} from '../../../shared/model';
import { stateParent } from '../clone/helpers';

const read = (path: string): AgencyDirectoryInput =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8')) as AgencyDirectoryInput;
const shipped = mergeDirectories(read('templates/agencies.json'), read('templates/directory/vietnam-2025.json'));
const home = (province: string): AgencyDirectory => createAgencyDirectory(mergeDirectories(shipped, { province }));
const ninhBinh = createAgencyDirectory(shipped);
const daNang = home('Đà Nẵng');
const caoBang = home('Cao Bằng');

function phrase(directory: AgencyDirectory, name: string): Collective {
  const found = directory.resolve(name);
  if (found.kind !== 'collective') throw new Error(`"${name}" is not a collective phrase: ${found.kind}`);
  return found.collective;
}

/** The ids of the bodies in existence a phrase takes in. */
function members(directory: AgencyDirectory, name: string): string[] {
  const collective = phrase(directory, name);
  return directory.data.organs.filter((o) => o.until === '' && directory.includes(collective, o)).map((o) => o.id);
}

describe('collective phrases in every province', () => {
  it('take in the home province’s departments, and no other province’s', () => {
    const departments = members(daNang, 'Các sở, ban, ngành');
    expect(departments).toEqual(
      expect.arrayContaining(['so-tai-chinh-da-nang', 'so-y-te-da-nang', 'van-phong-ubnd-tinh-da-nang', 'cong-an-tinh-da-nang']),
    );
    expect(departments).not.toContain('so-tai-chinh');
    expect(departments.every((id) => id.endsWith('-da-nang'))).toBe(true);
    expect(members(ninhBinh, 'Các sở, ban, ngành')).toContain('so-tai-chinh');
    expect(members(ninhBinh, 'Các sở, ban, ngành')).not.toContain('so-tai-chinh-da-nang');
  });

  it('take in a province’s Party bodies by the same rule', () => {
    expect(members(caoBang, 'các cơ quan tham mưu, giúp việc Tỉnh ủy')).toEqual(
      expect.arrayContaining(['ban-to-chuc-tinh-uy-cao-bang', 'van-phong-tinh-uy-cao-bang', 'uy-ban-kiem-tra-tinh-uy-cao-bang']),
    );
    const committees = members(caoBang, 'các đảng ủy trực thuộc Tỉnh ủy');
    expect(committees).toEqual(
      expect.arrayContaining(['dang-uy-ubnd-tinh-cao-bang', 'dang-uy-cong-an-tinh-cao-bang', 'dang-uy-xa-bao-lam-cao-bang']),
    );
    expect(members(caoBang, 'Mặt trận Tổ quốc và các đoàn thể')).toContain('uy-ban-mttq-tinh-cao-bang');
  });

  it('take in every commune of the home province, written by hand or built', () => {
    const communes = members(ninhBinh, 'UBND các xã, phường, đặc khu');
    expect(communes).toEqual(expect.arrayContaining(['ubnd-xa-gia-vien', 'ubnd-phuong-phu-van', 'ubnd-phuong-chau-son']));
    expect(communes).toHaveLength(
      ninhBinh.data.organs.filter((o) => o.level === 'xa' && o.until === '' && o.id.startsWith('ubnd-') && o.province === 'Ninh Bình')
        .length,
    );
    expect(communes.length).toBeGreaterThan(100);
    expect(members(caoBang, 'Đảng ủy các xã, phường, đặc khu')).toContain('dang-uy-xa-ly-bon-cao-bang');
    expect(members(caoBang, 'các xã, phường')).toContain('ubnd-xa-ly-bon-cao-bang');
  });

  it('clones a Đà Nẵng plan’s tasks given to “Các sở, ban, ngành” and “UBND các xã, phường” for its units', () => {
    const ninhBinhPlan = stateParent();
    const issuingOrgan = { header: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG', citation: 'UBND thành phố' };
    const plan = { ...ninhBinhPlan, meta: { ...ninhBinhPlan.meta, issuingOrgan, place: 'Đà Nẵng' } };
    const health = daNang.resolve('Sở Y tế');
    const ward = daNang.resolve('UBND phường Hải Châu');
    if (health.kind !== 'organ' || ward.kind !== 'organ') throw new Error('not found');
    expect(health.organ.id).toBe('so-y-te-da-nang');
    const tasks = findAssignments(plan, health.organ, daNang).map((a) => [a.task.itemId, a.role, a.via]);
    expect(tasks).toEqual(
      expect.arrayContaining([
        ['pl2/t2', 'cooperate', 'collective'],
        ['pl2/t5', 'lead', 'collective'],
      ]),
    );
    expect(findAssignments(plan, ward.organ, daNang).map((a) => a.task.itemId)).toContain('pl2/t1');
    // The plan's issuer decides whose bodies its phrases are, not the clerk's home province.
    const ids = (directory: AgencyDirectory): string[] => findAssignments(plan, health.organ, directory).map((a) => a.task.itemId);
    expect(ids(ninhBinh)).toEqual(ids(daNang));
    expect(findAssignments(ninhBinhPlan, health.organ, daNang)).toEqual([]);
  });
});

describe('a commune’s own offices', () => {
  it('resolve by their names, alone or with the commune, and make up the commune’s phrase', () => {
    const id = (name: string): string | undefined => {
      const found = ninhBinh.resolve(name);
      return found.kind === 'organ' ? found.organ.id : undefined;
    };
    expect(id('Văn phòng HĐND và UBND')).toBe('van-phong-hdnd-ubnd-xa');
    expect(id('Phòng Kinh tế xã Gia Viễn')).toBe('phong-kinh-te-xa');
    expect(id('Phòng Kinh tế, Hạ tầng và Đô thị phường Hoa Lư')).toBe('phong-kinh-te-ha-tang-do-thi-phuong');
    expect(id('Phòng Văn hóa - Xã hội')).toBe('phong-van-hoa-xa-hoi-xa');
    expect(id('Trung tâm Phục vụ hành chính công xã Kim Sơn')).toBe('trung-tam-phuc-vu-hcc-xa');
    expect(members(daNang, 'các phòng chuyên môn thuộc UBND xã')).toEqual(
      expect.arrayContaining(['van-phong-hdnd-ubnd-xa', 'phong-kinh-te-xa', 'phong-van-hoa-xa-hoi-xa']),
    );
  });
});
