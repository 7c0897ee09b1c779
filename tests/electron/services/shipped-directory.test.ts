/**
 * The shipped directory as the app and the CLI load it: the home province with the country's
 * provinces and communes, read and built once per process (the country's file holds 27,000
 * organs; every CLI command and every store would otherwise read and index it again).
 */
import { describe, expect, it } from 'vitest';
import { createAgencyDirectoryStore } from '../../../electron/services/agency-directory';

describe('the shipped agency directory', () => {
  it('holds the country’s provinces and communes beside the home province', async () => {
    const directory = await createAgencyDirectoryStore({ userPath: null }).load();
    expect(directory.resolve('UBND phường Ba Đình')).toMatchObject({ kind: 'organ', organ: { id: 'ubnd-phuong-ba-dinh-ha-noi' } });
    expect(directory.resolve('Sở Tài chính')).toMatchObject({ kind: 'organ', organ: { id: 'so-tai-chinh' } });
    const home = await createAgencyDirectoryStore({ userPath: null, nationalPath: null }).load();
    expect(home.data.organs.some((o) => o.id === 'ubnd-phuong-ba-dinh-ha-noi')).toBe(false);
    expect(directory.data.organs.length).toBeGreaterThan(20_000);
  });

  it('is read and built once for every store of the process while the user has no entries', async () => {
    const first = await createAgencyDirectoryStore({ userPath: null }).load();
    const second = await createAgencyDirectoryStore({ userPath: null }).load();
    expect(second).toBe(first);
  });
});
