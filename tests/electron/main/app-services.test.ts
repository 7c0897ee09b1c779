/**
 * The app's services over real electron-store files: settings under userData, the user's agency
 * directory in `$KEHOACH_HOME/agencies.json` (the file the CLI reads), autosaves under userData,
 * a damaged settings file set aside with a warning, and no IPC listener left by electron-store.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanDocumentSchema } from '../../../shared/model';
import { createAgencyDirectoryStore } from '../../../electron/services/agency-directory';
import { inProcessReader } from '../../../electron/services/received-files';
import { app, ipcMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { openAppServices } = await import('../../../electron/main/app-services');

let userDataDir = '';
let home = '';
const onRecentChanged = vi.fn();

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-app-services-'));
  userDataDir = join(root, 'userData');
  home = join(root, 'kehoach-home');
  app.paths.set('userData', userDataDir);
  onRecentChanged.mockClear();
});

const open = (): ReturnType<typeof openAppServices> =>
  openAppServices({ userDataDir, received: inProcessReader, env: { KEHOACH_HOME: home }, onRecentChanged });

const commune = {
  id: 'ubnd-xa-yen-mo',
  name: 'Ủy ban nhân dân xã Yên Mô',
  short: ['UBND xã Yên Mô'],
  system: 'nha-nuoc',
  level: 'xa',
  groups: ['ubnd-xa'],
};

describe('app services', () => {
  it('keeps settings in userData and tells the menu when the recent list changes', () => {
    const services = open();
    services.settings.addRecent('/d/ke-hoach.kehoach', 'Kế hoạch', new Date('2026-11-23T08:00:00Z'));
    expect(onRecentChanged).toHaveBeenCalledTimes(1);
    services.settings.setPreferences({ spellCheck: false, userWords: [], autosaveSeconds: 10, authorName: '' });
    expect(onRecentChanged).toHaveBeenCalledTimes(1);
    const stored = JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(stored).toMatchObject({ recent: [{ path: '/d/ke-hoach.kehoach' }], preferences: { autosaveSeconds: 10 } });
    expect(open().settings.recent()).toHaveLength(1);
  });

  it('shares the user’s agency directory with the command line', async () => {
    await open().agencies.saveUser({ organs: [commune] });
    const cli = createAgencyDirectoryStore({ userPath: join(home, 'agencies.json') });
    expect((await cli.loadUser()).organs.map((o) => o.id)).toEqual(['ubnd-xa-yen-mo']);
    await cli.saveUser({ organs: [{ ...commune, name: 'Ủy ban nhân dân xã Yên Mô (mới)' }] });
    const app = (await open().agencies.loadUser()).organs[0];
    expect(app?.name).toBe('Ủy ban nhân dân xã Yên Mô (mới)');
  });

  it('autosaves under userData', async () => {
    const services = open();
    const created = await services.documents.create((await services.templates.list())[0]?.id ?? '');
    await services.recovery.save('phien-1', null, PlanDocumentSchema.parse(created.plan));
    expect(readdirSync(join(userDataDir, 'recovery')).length).toBeGreaterThan(0);
  });

  it('sets a damaged settings file aside and says so, never wiping it', () => {
    open().settings.addRecent('/d/a.kehoach', 'A', new Date());
    writeFileSync(join(userDataDir, 'settings.json'), '{ "recent": [ hỏng');
    const services = open();
    expect(services.startWarnings.join('\n')).toMatch(/bị hỏng/u);
    const aside = readdirSync(userDataDir).find((name) => name.startsWith('settings.json.hong-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(userDataDir, aside ?? ''), 'utf8')).toBe('{ "recent": [ hỏng');
    expect(services.settings.recent()).toEqual([]);
  });

  it('leaves no IPC listener of electron-store behind', () => {
    open();
    expect(ipcMain.listenerCount('electron-store-get-data')).toBe(0);
    expect(existsSync(join(home, 'agencies.json'))).toBe(false);
  });
});
