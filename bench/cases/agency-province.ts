/**
 * `agency-province`: what the clerk waits for around the country's directory (27,000 organs). The
 * timing is a process's first answer about a name, nothing cached: reading the files, validating,
 * merging, building the index and resolving one name, as main does for the first suggestion or
 * check. Beside it: changing the home province on the start screen as the IPC call does it (the
 * check, the user's file saved, the answer checked against the contract) up to the first name
 * read for the new province; a plan received from another province read with that province's
 * names (`AgencyDirectory.forProvince`); the copy and index a process that gets the directory from
 * main builds (the check worker); the medians of a lookup and of a grid cell's suggestions; the
 * heap a loaded directory holds. Reference: the same first answer from the home province's file
 * alone, in the same run. (This case replaced `agency-directory`, whose load became a cache hit.)
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
import { directoryFromHost, directoryProvinces, type AgencyDirectory } from '../../shared/model';
import { suggestAgencies } from '../../shared/suggest/agency-suggestions';
import { median, SLOW } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

const PROVINCES = ['Đà Nẵng', 'Cao Bằng', 'Hồ Chí Minh', 'Lào Cai', 'Ninh Bình'];
const QUERIES = [
  'Sở Y tế',
  'UBND phường Hải Châu',
  'Các sở, ban, ngành',
  'Sở KH&ĐT',
  'Sở Tài chánh',
  'Phòng Kinh tế xã Bảo Lâm',
  'Sở Tài chính thành phố Hà Nội',
  'UBND tỉnh Hà Nam',
  'Ban Tổ chức Thành ủy Hải Phòng',
];

/** The median time of five lookups of each query: a name as a user types it into a cell. */
function resolveMedians(directory: AgencyDirectory, queries: readonly string[]): number[] {
  return queries.map((query) => {
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      directory.resolve(query);
      samples.push(performance.now() - start);
    }
    return median(samples);
  });
}

/** Heap held by a loaded directory with its index, in MB (after a collection when Node exposes gc). */
async function heldMegabytes(load: () => Promise<AgencyDirectory>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const directory = await load();
  gc?.();
  const held = process.memoryUsage().heapUsed - before;
  // Keeps the directory alive until measured.
  if (directory.data.organs.length === 0) return 0;
  return Math.round((held / 1024 / 1024) * 10) / 10;
}

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
      const directory = await createAgencyDirectoryStore({ builtinPath, nationalPath, userPath: join(dir, 'agencies.json') }).load();
      directory.resolve('Sở Tài chính');
      return directory;
    };
    const { timing } = await context.time('agency-province first load', () => firstLoad(true), SLOW);
    const reference = await context.time('agency-province first load (Ninh Bình only)', () => firstLoad(false), SLOW);

    const store = createAgencyDirectoryStore({ userPath: join(context.workDir, 'user', 'agencies.json') });
    (await store.load()).resolve('Sở Tài chính');
    let turn = 0;
    const change = await context.time(
      'agency-province change',
      async () => {
        const province = PROVINCES[turn++ % PROVINCES.length] ?? '';
        const directory = await setHomeProvince(store, province);
        if (!CONTRACT['agencies.setProvince'].output.safeParse(directory.data).success) throw new Error('answer refused by the contract');
        directory.resolve('Sở Tài chính');
        return directory;
      },
      SLOW,
    );
    // Each run a province not read before: a province already read is kept.
    const others = directoryProvinces(change.value.data).filter((p) => !PROVINCES.includes(p));
    const received = await context.time(
      'agency-province received plan',
      () => Promise.resolve(change.value.forProvince(others.shift() ?? '').resolve('Sở Tài chính')),
      SLOW,
    );
    const copied = await context.time(
      'agency-province copy and index',
      () => {
        const directory = directoryFromHost(structuredClone(change.value.data));
        directory.resolve('Sở Tài chính');
        return Promise.resolve(directory);
      },
      SLOW,
    );

    const directory = change.value;
    const lookups = resolveMedians(directory, QUERIES);
    // What a grid cell offers at each keystroke; the first call folds the names once.
    suggestAgencies(directory.data, 's');
    const suggestions = QUERIES.map((query) => {
      const start = performance.now();
      suggestAgencies(directory.data, query.slice(0, 6));
      return performance.now() - start;
    });
    return {
      timing,
      reference: { name: 'Ninh Bình only, first load', timing: reference.timing },
      metrics: {
        province_change_median_ms: change.timing.median_ms,
        received_province_median_ms: received.timing.median_ms,
        copy_index_median_ms: copied.timing.median_ms,
        search_median_ms: median(lookups),
        search_max_ms: Math.max(...lookups),
        suggest_median_ms: median(suggestions),
      },
      facts: { organs: directory.data.organs.length, heap_mb: await heldMegabytes(() => firstLoad(true)) },
    };
  },
};
