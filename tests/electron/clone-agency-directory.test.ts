/**
 * The agency directory store behind `clone` and `coverage`: the shipped directory, the user's own
 * file merged over it, saved atomically, and an unreadable user file reported, never replaced.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAgencyDirectoryStore, defaultUserAgenciesPath } from '../../electron/services/agency-directory';

let dir = '';
let userPath = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-agencies-'));
  userPath = join(dir, 'ho-so', 'agencies.json');
});

const commune = {
  id: 'ubnd-xa-yen-mo',
  name: 'Ủy ban nhân dân xã Yên Mô',
  short: ['UBND xã Yên Mô'],
  system: 'nha-nuoc',
  level: 'xa',
  groups: ['ubnd-xa'],
};

describe('agency directory store', () => {
  it('loads the shipped directory when the user has none yet', async () => {
    const store = createAgencyDirectoryStore({ userPath });
    const directory = await store.load();
    expect(directory.organ('dang-uy-ubnd-tinh')?.name).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    expect((await store.loadUser()).organs).toEqual([]);
  });

  it('saves the user’s entries in their folder and merges them over the shipped ones', async () => {
    const store = createAgencyDirectoryStore({ userPath });
    await store.saveUser({ organs: [commune] });
    expect(JSON.parse(readFileSync(userPath, 'utf8'))).toMatchObject({ version: 1, organs: [{ id: 'ubnd-xa-yen-mo' }] });
    const directory = await store.load();
    const found = directory.resolve('UBND xã Yên Mô');
    expect(found.kind === 'organ' ? found.organ.id : found.kind).toBe('ubnd-xa-yen-mo');
    expect(directory.organ('so-tai-chinh')).toBeDefined();
  });

  it('refuses invalid entries and keeps the file as it was', async () => {
    const store = createAgencyDirectoryStore({ userPath });
    await store.saveUser({ organs: [commune] });
    const before = readFileSync(userPath, 'utf8');
    await expect(store.saveUser({ organs: [{ ...commune, level: 'thon' }] })).rejects.toThrow(
      /Danh bạ cơ quan .* không hợp lệ ở trường "organs\[0\]\.level"/,
    );
    expect(readFileSync(userPath, 'utf8')).toBe(before);
  });

  it('reports an unreadable user file in Vietnamese without touching it', async () => {
    const broken = join(dir, 'hong.json');
    writeFileSync(broken, '{ khong phai json');
    await expect(createAgencyDirectoryStore({ userPath: broken }).load()).rejects.toThrow(/không phải JSON hợp lệ/);
    expect(readFileSync(broken, 'utf8')).toBe('{ khong phai json');
  });

  it('keeps to the shipped directory when there is no user folder', async () => {
    const store = createAgencyDirectoryStore({ userPath: null });
    expect((await store.load()).organ('ubnd-tinh')).toBeDefined();
    await expect(store.saveUser({})).rejects.toThrow(/Chưa có thư mục/);
  });

  it('puts the user file under KEHOACH_HOME, or in the home folder', () => {
    expect(defaultUserAgenciesPath({ KEHOACH_HOME: dir })).toBe(join(dir, 'agencies.json'));
    expect(defaultUserAgenciesPath({})).toMatch(/\.kehoach-studio[/\\]agencies\.json$/);
    expect(existsSync(join(dir, 'agencies.json'))).toBe(false);
  });
});
