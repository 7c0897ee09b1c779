/**
 * The agency directory: the shipped data is valid, names are matched through case, spacing,
 * abbreviations, decomposed diacritics and OCR noise, collective phrases take in their members,
 * unknown names get the closest suggestions, and the user's entries override the shipped ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AgencyDirectoryDataSchema,
  createAgencyDirectory,
  editDistance,
  mergeDirectories,
  nameKey,
  nameTokens,
  type AgencyDirectory,
  type Resolution,
} from '../../../shared/model';

const data: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../../templates/agencies.json', import.meta.url)), 'utf8'));
const directory: AgencyDirectory = createAgencyDirectory(AgencyDirectoryDataSchema.parse(data));

function organId(found: Resolution): string {
  return found.kind === 'organ' ? found.organ.id : found.kind;
}

function mentioned(text: string, context?: string): string[] {
  return directory.mentions(nameTokens(text), context).map((m) => (m.entry.kind === 'organ' ? m.entry.organ.id : m.entry.collective.id));
}

describe('templates/agencies.json', () => {
  it('holds both systems, two levels of local government and the older huyện level', () => {
    const organs = directory.data.organs;
    expect(new Set(organs.map((o) => o.system))).toEqual(new Set(['dang', 'nha-nuoc']));
    expect(new Set(organs.map((o) => o.level))).toEqual(new Set(['tinh', 'huyen', 'xa']));
    expect(organs.filter((o) => o.level === 'huyen').every((o) => o.until === '2025-07-01')).toBe(true);
    for (const id of [
      'tinh-uy',
      'ban-thuong-vu-tinh-uy',
      'dang-uy-ubnd-tinh',
      'dang-uy-cac-co-quan-dang-tinh',
      'ubnd-tinh',
      'hdnd-tinh',
      'ban-quan-ly-kkt',
      'uy-ban-mttq-tinh',
      'tinh-doan',
    ]) {
      expect(directory.organ(id), id).toBeDefined();
    }
  });

  it('is NFC text with a name key for every entry and no two organs with the same full name', () => {
    const text = JSON.stringify(data);
    expect(text).toBe(text.normalize('NFC'));
    const keys = directory.data.organs.map((o) => nameKey(o.name));
    expect(keys.every((k) => k !== '')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives merged organs a successor that exists', () => {
    const old = directory.organ('so-ke-hoach-dau-tu');
    expect(old?.successor).toBe('so-tai-chinh');
    expect(directory.predecessorsOf('so-tai-chinh').map((o) => o.id)).toEqual(['so-ke-hoach-dau-tu']);
  });
});

describe('name keys', () => {
  it('writes out abbreviations, and reads "TU" as Tỉnh ủy only in capitals', () => {
    expect(nameKey('Sở KH&ĐT')).toBe(nameKey('Sở Kế hoạch và Đầu tư'));
    expect(nameKey('Sở KH & ĐT')).toBe(nameKey('Sở Kế hoạch và Đầu tư'));
    expect(nameKey('UBND tỉnh')).toBe(nameKey('Ủy ban nhân dân tỉnh'));
    expect(nameKey('BTV TU')).toBe(nameKey('Ban Thường vụ Tỉnh ủy'));
    expect(nameKey('Sở Kế hoạch và Đầu tư')).toBe('so ke hoach dau tu');
  });

  it('ignores case, spacing, accent placement and decomposed diacritics', () => {
    const key = nameKey('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(nameKey('ĐẢNG  ỦY   UỶ BAN NHÂN DÂN TỈNH')).toBe(key);
    expect(nameKey('Đảng ủy Ủy ban nhân dân tỉnh'.normalize('NFD'))).toBe(key);
  });

  it('counts edits', () => {
    expect(editDistance('so tai chinh', 'so tai chinh')).toBe(0);
    expect(editDistance('so tai chin', 'so tai chinh')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('resolve', () => {
  it.each([
    ['Đảng ủy Ủy ban nhân dân tỉnh', 'dang-uy-ubnd-tinh'],
    ['Dang uy UBND tinh', 'dang-uy-ubnd-tinh'],
    ['đảng ủy ubnd tỉnh', 'dang-uy-ubnd-tinh'],
    ['SỞ KH&ĐT', 'so-ke-hoach-dau-tu'],
    ['Sớ Kế hoạch vả Đầu tư', 'so-ke-hoach-dau-tu'],
    ['Sở Kế hoạch và Đầu tư'.normalize('NFD'), 'so-ke-hoach-dau-tu'],
    ['Ủy ban nhân dân tỉnh Ninh Bình', 'ubnd-tinh'],
    ['UBND tỉnh', 'ubnd-tinh'],
    ['Sở Tài chính tỉnh Ninh Bình', 'so-tai-chinh'],
    ['BQL KKT và các KCN', 'ban-quan-ly-kkt'],
    ['Ban Thường vụ Tỉnh ủy', 'ban-thuong-vu-tinh-uy'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'uy-ban-mttq-tinh'],
    ['UBND huyện Gia Viễn', 'ubnd-huyen-gia-vien'],
  ])('"%s" is %s', (name, id) => {
    expect(organId(directory.resolve(name))).toBe(id);
  });

  it('accepts a near miss as OCR noise and says it was not exact', () => {
    const found = directory.resolve('Sở Kế hoch và Đầu tư');
    expect(found).toMatchObject({ kind: 'organ', exact: false });
    expect(organId(found)).toBe('so-ke-hoach-dau-tu');
  });

  it('reads the place at the end of a name, with or without its level word, only when the directory knows it', () => {
    expect(organId(directory.resolve('Sở Y tế Ninh Bình'))).toBe('so-y-te');
    expect(organId(directory.resolve('Sở Tài chính tỉnh Ninh Bình'))).toBe('so-tai-chinh');
    expect(organId(directory.resolve('so tai chinh tinh ninh binh'))).toBe('so-tai-chinh');
    expect(organId(directory.resolve('Đảng ủy Gia Viễn'))).toBe(organId(directory.resolve('Đảng ủy xã Gia Viễn')));
    // A place the directory does not know is another province's organ; a xã's UBND is not the province's.
    expect(directory.resolve('Sở Y tế tỉnh Hà Nam').kind).toBe('unknown');
    expect(organId(directory.resolve('Ủy ban nhân dân xã Không Có'))).not.toBe('ubnd-tinh');
  });

  it('suggests the closest names for an unknown unit', () => {
    const found = directory.resolve('Sở Tài chánh và Kế toán');
    expect(found.kind).toBe('unknown');
    expect(found.kind === 'unknown' ? found.suggestions[0] : '').toBe('Sở Tài chính');
  });

  it('reports a collective phrase as such', () => {
    expect(directory.resolve('Các sở, ban, ngành')).toMatchObject({ kind: 'collective', collective: { id: 'cac-so-ban-nganh' } });
  });

  it('picks, among organs sharing a short name, the one under the context organ', () => {
    expect(organId(directory.resolve('Văn phòng Sở', 'so-tai-chinh'))).toBe('van-phong-so-tai-chinh');
    expect(organId(directory.resolve('Văn phòng Ban', 'ban-quan-ly-kkt'))).toBe('van-phong-ban-quan-ly-kkt');
  });
});

describe('mentions and collective phrases', () => {
  it('finds every organ in a list, the longest name first', () => {
    expect(mentioned('Đảng ủy UBND tỉnh; Sở KH&ĐT, Sở Tài chính và UBND các xã, phường')).toEqual([
      'dang-uy-ubnd-tinh',
      'so-ke-hoach-dau-tu',
      'so-tai-chinh',
      'ubnd-cac-xa-phuong',
    ]);
  });

  it('reads "Các sở, ngành liên quan" as the open phrase, not "Các sở, ngành"', () => {
    expect(mentioned('phối hợp với các sở, ngành liên quan')).toEqual(['cac-so-nganh-lien-quan']);
  });

  it('takes in members by their tags', () => {
    const collective = (id: string) => directory.data.collectives.find((c) => c.id === id);
    const organ = (id: string) => directory.organ(id);
    const includes = (c: string, o: string): boolean => {
      const col = collective(c);
      const org = organ(o);
      return col !== undefined && org !== undefined && directory.includes(col, org);
    };
    expect(includes('cac-so-ban-nganh', 'ban-quan-ly-kkt')).toBe(true);
    expect(includes('cac-so-ban-nganh', 'dang-uy-ubnd-tinh')).toBe(false);
    expect(includes('cac-cap-uy-truc-thuoc-tinh', 'dang-uy-ubnd-tinh')).toBe(true);
    expect(includes('cac-cap-uy-truc-thuoc-tinh', 'dang-uy-phuong-hoa-lu')).toBe(true);
    expect(includes('ubnd-cac-xa-phuong', 'ubnd-phuong-hoa-lu')).toBe(true);
    expect(includes('ubnd-cac-xa-phuong', 'ubnd-huyen-gia-vien')).toBe(false);
    expect(includes('ubnd-cac-huyen', 'ubnd-huyen-gia-vien')).toBe(true);
    expect(includes('cac-co-quan-lien-quan', 'so-y-te')).toBe(true);
  });
});

describe('header lines', () => {
  it('prints the unit and the line above it', () => {
    const bql = directory.organ('ban-quan-ly-kkt');
    const party = directory.organ('dang-uy-ubnd-tinh');
    const division = directory.organ('phong-doanh-nghiep-lao-dong-bql');
    if (bql === undefined || party === undefined || division === undefined) throw new Error('missing organ');
    expect(directory.headerOf(bql)).toBe('BAN QUẢN LÝ KHU KINH TẾ\nVÀ CÁC KHU CÔNG NGHIỆP');
    expect(directory.parentHeaderOf(bql)).toBe('UBND TỈNH NINH BÌNH');
    expect(directory.parentHeaderOf(party)).toBe('ĐẢNG BỘ TỈNH NINH BÌNH');
    expect(directory.headerOf(division)).toBe('PHÒNG DOANH NGHIỆP VÀ LAO ĐỘNG');
    expect(directory.parentHeaderOf(division)).toBe('BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP');
  });
});

describe('mergeDirectories', () => {
  it('lets the user rename an organ and add new ones', () => {
    const merged = createAgencyDirectory(
      mergeDirectories(AgencyDirectoryDataSchema.parse(data), {
        organs: [
          {
            id: 'so-y-te',
            name: 'Sở Y tế tỉnh',
            short: ['SYT'],
            system: 'nha-nuoc',
            level: 'tinh',
            parent: 'ubnd-tinh',
            groups: ['so-nganh'],
          },
          { id: 'ubnd-xa-yen-mo', name: 'Ủy ban nhân dân xã Yên Mô', system: 'nha-nuoc', level: 'xa', groups: ['ubnd-xa'] },
        ],
      }),
    );
    expect(organId(merged.resolve('SYT'))).toBe('so-y-te');
    expect(organId(merged.resolve('UBND xã Yên Mô'))).toBe('ubnd-xa-yen-mo');
    expect(merged.data.organs.length).toBe(directory.data.organs.length + 1);
  });

  it('rejects a user entry whose parent does not exist', () => {
    expect(() =>
      mergeDirectories(AgencyDirectoryDataSchema.parse(data), {
        organs: [{ id: 'phong-x', name: 'Phòng X', system: 'nha-nuoc', level: 'tinh', parent: 'khong-co' }],
      }),
    ).toThrow(/khong-co/);
  });
});
