/** Where the app looks for updates: the office's server, named on each machine, or nowhere. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineConfigDir, readUpdateServer, UPDATE_CONFIG_FILE, updateFolderUrl } from '../../../electron/services/update-server';

/** A Windows machine whose ProgramData is a folder of the test's, with the file given (or none). */
function windowsMachine(file?: string): Record<string, string> {
  const programData = mkdtempSync(join(tmpdir(), 'kehoach-programdata-'));
  if (file !== undefined) {
    mkdirSync(join(programData, 'KeHoachStudio'));
    writeFileSync(join(programData, 'KeHoachStudio', UPDATE_CONFIG_FILE), file);
  }
  return { ProgramData: programData };
}

describe('the update server setting', () => {
  it('is nowhere by default: no checks at all', async () => {
    expect(await readUpdateServer('win32', windowsMachine())).toEqual({ url: null, problem: null });
  });

  it('is read from the machine-wide file an administrator places', async () => {
    const env = windowsMachine('{ "url": "http://capnhat.sotc.ninhbinh.gov.vn/kehoach" }');
    expect(await readUpdateServer('win32', env)).toEqual({ url: 'http://capnhat.sotc.ninhbinh.gov.vn/kehoach/', problem: null });
  });

  it('gives way to KEHOACH_UPDATE_URL', async () => {
    const env = { ...windowsMachine('{ "url": "http://a.local/" }'), KEHOACH_UPDATE_URL: 'https://b.local/kh/' };
    expect((await readUpdateServer('win32', env)).url).toBe('https://b.local/kh/');
  });

  it('refuses what is not an http(s) folder, saying why in Vietnamese', async () => {
    for (const bad of ['{ "url": "file:///C:/x" }', '{ "url": "http://user:pw@a.local/" }', '{ "url": 3 }', 'not json']) {
      const found = await readUpdateServer('win32', windowsMachine(bad));
      expect(found.url).toBeNull();
      expect(found.problem).toMatch(/cập nhật/);
    }
  });

  it('lives where each system keeps machine-wide settings', () => {
    expect(machineConfigDir('win32', { ProgramData: 'D:\\PD' })).toBe(join('D:\\PD', 'KeHoachStudio'));
    expect(machineConfigDir('linux', {})).toBe('/etc/kehoach-studio');
    expect(machineConfigDir('darwin', {})).toBe('/Library/Application Support/KeHoachStudio');
    expect(updateFolderUrl('https://a.local/x')).toBe('https://a.local/x/');
  });
});
