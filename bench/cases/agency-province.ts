/**
 * `agency-province`: what the clerk waits for around the country's directory (27,000 organs). The
 * timing is the first load of a process, nothing cached: reading the files, validating, merging
 * and building the index, as main does at start. Beside it, changing the home province on the
 * start screen as the IPC call does it (the check, the user's file saved, the directory rebuilt and
 * the answer checked against the contract), the index the renderer and the check worker each build
 * from the copy main sends, and a lookup. Reference: the first load of the home province's file
 * alone, in the same run.
 */
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createAgencyDirectoryStore,
  DEFAULT_AGENCIES_PATH,
  DEFAULT_NATIONAL_PATH,
  setHomeProvince,
} from '../../electron/services/agency-directory';
import { CONTRACT } from '../../shared/ipc';
import { directoryFromHost, type AgencyDirectory } from '../../shared/model';
import { median, SLOW } from '../lib/measure';
import { resolveMedians } from './agency-directory';
import { alwaysAvailable, type BenchCase } from './case';

const PROVINCES = ['Đà Nẵng', 'Cao Bằng', 'Hồ Chí Minh', 'Lào Cai', 'Ninh Bình'];
const QUERIES = ['Sở Y tế', 'UBND phường Hải Châu', 'Các sở, ban, ngành', 'Sở KH&ĐT', 'Sở Tài chánh', 'Phòng Kinh tế xã Bảo Lâm'];

export const agencyProvinceCase: BenchCase = {
  name: 'agency-province',
  workload: '34 tỉnh, 3.321 xã',
  unavailable: alwaysAvailable,
  async measure(_plan, context) {
    // Every load reads the shipped files through paths of its own: a process reads them once, and
    // a path already read would be measured from that cache.
    let fresh = 0;
    const firstLoad = async (national: boolean): Promise<AgencyDirectory> => {
      const dir = join(context.workDir, `load-${++fresh}`);
      const builtinPath = join(context.workDir, `agencies-${fresh}.json`);
      await symlink(DEFAULT_AGENCIES_PATH, builtinPath);
      let nationalPath: string | null = null;
      if (national) {
        nationalPath = join(context.workDir, `national-${fresh}.json`);
        await symlink(DEFAULT_NATIONAL_PATH, nationalPath);
      }
      return createAgencyDirectoryStore({ builtinPath, nationalPath, userPath: join(dir, 'agencies.json') }).load();
    };
    const { timing } = await context.time('agency-province first load', () => firstLoad(true), SLOW);
    const reference = await context.time('agency-province first load (Ninh Bình only)', () => firstLoad(false), SLOW);

    const store = createAgencyDirectoryStore({ userPath: join(context.workDir, 'user', 'agencies.json') });
    await store.load();
    let turn = 0;
    const change = await context.time(
      'agency-province change',
      async () => {
        const province = PROVINCES[turn++ % PROVINCES.length] ?? '';
        const { data } = await setHomeProvince(store, province);
        if (!CONTRACT['agencies.setProvince'].output.safeParse(data).success) throw new Error('answer refused by the contract');
        return data;
      },
      SLOW,
    );
    const index = await context.time('agency-province renderer index', () => directoryFromHost(structuredClone(change.value)), SLOW);

    const directory = index.value;
    const lookups = resolveMedians(directory, QUERIES);
    return {
      timing,
      reference: { name: 'Ninh Bình only, first load', timing: reference.timing },
      metrics: {
        province_change_median_ms: change.timing.median_ms,
        renderer_index_median_ms: index.timing.median_ms,
        search_median_ms: median(lookups),
        search_max_ms: Math.max(...lookups),
      },
      facts: { organs: directory.data.organs.length },
    };
  },
};
