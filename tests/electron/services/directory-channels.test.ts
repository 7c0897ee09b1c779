/**
 * The agency directory's channels (issue 17, speed): the window's organ pickers, agency cells and
 * province list ask main, which holds the directory's names, instead of preparing 27,000 organs'
 * names on the window's thread. Served by the real services through the dispatcher, answers
 * checked against the contract, as the app and the harness serve them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/services/dispatch';
import type { HostAdapter } from '../../../electron/services/host-adapter';
import { createHandlers } from '../../../electron/services/host-handlers';
import { createHostServices } from '../../../electron/services/host-services';
import type { KeyValueStore } from '../../../electron/services/key-value-store';
import { inProcessReader } from '../../../electron/services/received-files';

function memory(): { store: KeyValueStore; warnings: string[] } {
  const data: Record<string, unknown> = {};
  return {
    store: {
      path: '/memory.json',
      get: (k) => data[k],
      set: (k, v) => {
        data[k] = v;
      },
    },
    warnings: [],
  };
}

const host: HostAdapter<null> = {
  name: 'harness',
  initialPath: () => null,
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
  chooseFolder: () => Promise.resolve(null),
  notify: () => undefined,
  showInFolder: () => Promise.resolve(),
  openExternally: () => Promise.resolve(),
  setWindowState: () => undefined,
  closeWindow: () => undefined,
};

function setUp(): (channel: string, input: unknown) => Promise<unknown> {
  const services = createHostServices({
    received: inProcessReader,
    settings: memory(),
    agencies: memory(),
    recoveryDir: mkdtempSync(join(tmpdir(), 'rec-')),
    appVersion: '0.0.0-test',
    printer: () => Promise.reject(new Error('these channels print nothing')),
  });
  const dispatch = createDispatch(createHandlers(services, host));
  return async (channel, input) => {
    const result = await dispatch(channel, input, null);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
}

interface Match {
  readonly organ: { readonly id: string };
  readonly via: string;
  readonly successor: string;
}

describe('the directory’s channels', () => {
  it('search organs, offer cell names and list provinces for the home province chosen', { timeout: 120_000 }, async () => {
    const call = setUp();
    const first = async (query: string): Promise<string | undefined> =>
      ((await call('agencies.search', { query, limit: 5 })) as Match[])[0]?.organ.id;
    expect(await first('Sở Y tế')).toBe('so-y-te');
    const province = (await call('agencies.province', {})) as { chosen: boolean; province: string; provinces: string[] };
    expect(province).toMatchObject({ chosen: false, province: 'Ninh Bình' });
    expect(province.provinces).toHaveLength(34);

    await call('agencies.setProvince', { province: 'Đà Nẵng' });
    expect(await first('Sở Y tế')).toBe('so-y-te-da-nang');
    expect(await call('agencies.province', {})).toMatchObject({ chosen: true, province: 'Đà Nẵng' });
    const suggested = (await call('agencies.suggest', { query: 'Các sở, ban' })) as { name: string; kind: string }[];
    expect(suggested[0]).toMatchObject({ name: 'Các sở, ban, ngành', kind: 'collective' });

    // An organ that no longer exists comes with the name of the one doing its work.
    const former = (await call('agencies.search', { query: 'Sở Kế hoạch và Đầu tư tỉnh Nam Định', limit: 3 })) as Match[];
    expect(former[0]).toMatchObject({ organ: { id: 'so-ke-hoach-dau-tu-nam-dinh' }, successor: 'Sở Tài chính tỉnh Nam Định' });
    await expect(call('agencies.search', { query: 'x'.repeat(501), limit: 5 })).rejects.toThrow();
    await expect(call('agencies.search', { query: 'Sở', limit: 500 })).rejects.toThrow();
  });
});
