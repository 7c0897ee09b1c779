/**
 * Choosing the home province (issue 17, speed): the store builds the directory once for the same
 * user entries, and again only when they change; a province the directory does not have is
 * refused before anything is saved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgencyDirectoryStore, setHomeProvince, type AgencyDirectoryStore } from '../../../electron/services/agency-directory';

let dir: string;
let store: AgencyDirectoryStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'home-province-'));
  store = createAgencyDirectoryStore({ nationalPath: null, userPath: join(dir, 'agencies.json') });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the home province in the store', () => {
  it('builds the directory once while the user’s entries stay the same', async () => {
    await store.saveUser({ province: 'Ninh Bình', organs: [{ id: 'phong-a', name: 'Phòng A', system: 'nha-nuoc', level: 'tinh' }] });
    const first = await store.load();
    expect(await store.load()).toBe(first);
    await store.saveUser({ province: 'Ninh Bình', organs: [] });
    const second = await store.load();
    expect(second).not.toBe(first);
    expect(second.organ('phong-a')).toBeUndefined();
  });

  it('saves a province the directory has and refuses one it does not', async () => {
    const directory = await setHomeProvince(store, 'Ninh Bình');
    expect(directory.data.province).toBe('Ninh Bình');
    expect((await store.loadUser()).province).toBe('Ninh Bình');
    await expect(setHomeProvince(store, 'Atlantis')).rejects.toThrow(/Danh mục không có tỉnh, thành phố "Atlantis"/);
    expect((await store.loadUser()).province).toBe('Ninh Bình');
  });
});
