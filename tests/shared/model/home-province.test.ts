/**
 * The home province as the user chose it (issue 17): the directory's own province answers to names
 * without a place ("Sở Tài chính", "UBND tỉnh"), ahead of the shipped province's bodies of the same
 * name, in the resolver the checker and the suggestions use and in the organ search.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchOrgans } from '../../../shared/suggest/organ-search';
import { createAgencyDirectory, directoryProvinces, mergeDirectories, type AgencyDirectoryInput } from '../../../shared/model';

const read = (path: string): AgencyDirectoryInput =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8')) as AgencyDirectoryInput;
const shipped = mergeDirectories(read('templates/agencies.json'), read('templates/directory/vietnam-2025.json'));
const daNang = mergeDirectories(shipped, { province: 'Đà Nẵng' });

function organId(data: AgencyDirectoryInput, name: string): string | undefined {
  const found = createAgencyDirectory(data).resolve(name);
  return found.kind === 'organ' ? found.organ.id : undefined;
}

describe('home province', () => {
  it('lists the 34 provinces and cities the directory has', () => {
    const provinces = directoryProvinces(shipped);
    expect(provinces).toHaveLength(34);
    expect(provinces).toEqual(expect.arrayContaining(['Ninh Bình', 'Đà Nẵng', 'Hà Nội', 'Hồ Chí Minh', 'Lào Cai']));
  });

  it('resolves names without a place to the chosen province, and to the shipped one by default', () => {
    expect(organId(shipped, 'Sở Tài chính')).toBe('so-tai-chinh');
    expect(organId(daNang, 'Sở Tài chính')).toBe('so-tai-chinh-da-nang');
    expect(organId(daNang, 'UBND tỉnh')).toBe('ubnd-tinh-da-nang');
    expect(organId(daNang, 'Sở Y tế')).toBe('so-y-te-da-nang');
    // A place typed still wins.
    expect(organId(daNang, 'Sở Y tế tỉnh Lào Cai')).toBe('so-y-te-lao-cai');
    expect(organId(daNang, 'Sở Y tế tỉnh Ninh Bình')).toBe('so-y-te');
    // The checker reads agency cells through mentions: the home province's body is the one meant.
    const tokens = ['so', 'tai', 'chinh'];
    const [mention] = createAgencyDirectory(daNang).mentions(tokens);
    expect(mention?.entry.kind === 'organ' ? mention.entry.organ.id : undefined).toBe('so-tai-chinh-da-nang');
  });

  it('reads the same organs for another province without building their names again', () => {
    const directory = createAgencyDirectory(daNang);
    const laoCai = directory.forProvince('Lào Cai');
    expect(directory.forProvince('Đà Nẵng')).toBe(directory);
    expect(directory.forProvince('Lào Cai')).toBe(laoCai);
    expect(laoCai.data.organs).toBe(directory.data.organs);
    for (const name of ['Sở Tài chính', 'UBND tỉnh', 'Sở Y tế tỉnh Ninh Bình', 'Các sở, ban, ngành', 'Sở Tài chánh']) {
      expect(laoCai.resolve(name), name).toEqual(createAgencyDirectory(mergeDirectories(shipped, { province: 'Lào Cai' })).resolve(name));
    }
    expect(organId(laoCai.data, 'Sở Tài chính')).toBe('so-tai-chinh-lao-cai');
    const [member] = directory.data.organs.filter((o) => o.id === 'so-y-te-lao-cai');
    const [phrase] = directory.data.collectives.filter((c) => c.includes.includes('so-nganh'));
    if (member === undefined || phrase === undefined) throw new Error('fixture');
    expect([directory.includes(phrase, member), laoCai.includes(phrase, member)]).toEqual([false, true]);
  });

  it('puts the chosen province first in the organ search', () => {
    const first = (data: AgencyDirectoryInput, query: string): string | undefined =>
      searchOrgans(mergeDirectories(data, {}), query, 8, '2026-06-01')[0]?.organ.id;
    expect(first(shipped, 'Sở Y tế')).toBe('so-y-te');
    expect(first(daNang, 'Sở Y tế')).toBe('so-y-te-da-nang');
    expect(first(daNang, 'ubnd tinh')).toBe('ubnd-tinh-da-nang');
  });
});
