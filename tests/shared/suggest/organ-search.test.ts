/** Search-as-you-type over the shipped agency directory: accents, short forms, symbols, old organs last. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchOrgans } from '../../../shared/suggest/organ-search';
import { AgencyDirectoryDataSchema, mergeDirectories, type AgencyDirectoryInput } from '../../../shared/model';

const data = AgencyDirectoryDataSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../templates/agencies.json', import.meta.url)), 'utf8')),
);
const search = (query: string, limit = 8): ReturnType<typeof searchOrgans> => searchOrgans(data, query, limit, '2026-06-01');
const ids = (query: string): string[] => search(query).map((m) => m.organ.id);

describe('organ search', () => {
  it('finds organs typed without accents, by the start of each word', () => {
    expect(ids('so tai')[0]).toBe('so-tai-chinh');
    expect(ids('Sở Tài chính')[0]).toBe('so-tai-chinh');
    expect(ids('ban quan ly kkt')[0]).toBe('ban-quan-ly-kkt');
  });

  it('reads short forms, abbreviations and symbols, and says which name matched', () => {
    expect(ids('UBND tỉnh')[0]).toBe('ubnd-tinh');
    expect(ids('Đảng ủy UBND')[0]).toBe('dang-uy-ubnd-tinh');
    expect(ids('BQL KKT')[0]).toBe('ban-quan-ly-kkt');
    expect(search('VPTU')[0]).toMatchObject({ organ: { id: 'van-phong-tinh-uy' }, via: 'VPTU' });
    expect(search('so tai chinh')[0]?.via).toBe('');
  });

  it('finds an organ written with its place, in any common form (issue 16, point 7)', () => {
    expect(ids('Sở Tài chính tỉnh Ninh Bình')[0]).toBe('so-tai-chinh');
    expect(ids('Sở Y tế Ninh Bình')[0]).toBe('so-y-te');
    expect(ids('so y te tinh ninh binh')[0]).toBe('so-y-te');
    expect(ids('Ủy ban nhân dân tỉnh Ninh Bình')[0]).toBe('ubnd-tinh');
    expect(ids('UBND tỉnh')[0]).toBe('ubnd-tinh');
    expect(ids('Sở KH&ĐT')).toContain('so-ke-hoach-dau-tu');
    // Organ names that hold a level word are not read as a place: Tỉnh ủy, Quân sự.
    expect(ids('Ban Thường vụ Tỉnh ủy')[0]).toBe('ban-thuong-vu-tinh-uy');
  });

  it('puts organs that no longer exist after the ones that do', () => {
    const found = search('so', 100);
    const firstGone = found.findIndex((m) => m.organ.until !== '');
    expect(firstGone).toBeGreaterThan(0);
    expect(found.slice(firstGone).every((m) => m.organ.until !== '')).toBe(true);
    expect(searchOrgans(data, 'so ke hoach', 8, '2024-01-01')[0]?.organ.id).toBe('so-ke-hoach-dau-tu');
  });

  it('finds nothing for an empty query or an unknown name, and respects the limit', () => {
    expect(search('   ')).toEqual([]);
    expect(search('xyzw')).toEqual([]);
    expect(search('so', 3)).toHaveLength(3);
  });
});

describe('organ search over the whole country (issue 16, point 7)', () => {
  const national = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../templates/directory/vietnam-2025.json', import.meta.url)), 'utf8'),
  ) as AgencyDirectoryInput;
  const merged = mergeDirectories(data, national);
  const country = (query: string): ReturnType<typeof searchOrgans> => searchOrgans(merged, query, 8, '2026-06-01');
  const first = (query: string): string | undefined => country(query)[0]?.organ.id;

  it("finds another province's department and commune with the place in any common form", () => {
    expect(first('Sở Y tế Đà Nẵng')).toBe('so-y-te-da-nang');
    expect(first('so y te thanh pho da nang')).toBe('so-y-te-da-nang');
    expect(first('UBND xã Sóc Sơn thành phố Hà Nội')).toBe('ubnd-xa-soc-son-ha-noi');
    expect(first('Đảng ủy phường Ba Đình Hà Nội')).toBe('dang-uy-phuong-ba-dinh-ha-noi');
    // The home province's own still come first for its name alone.
    expect(first('Sở Tài chính tỉnh Ninh Bình')).toBe('so-tai-chinh');
    expect(first('UBND xã Gia Viễn tỉnh Ninh Bình')).toBe('ubnd-xa-gia-vien');
  });
});
