/**
 * `agency-directory`: the directory as the app and the CLI load it, the home province's file with
 * the country's (34 provinces, 3,321 communes, former units: 27,000 organs), against the home
 * province's file alone as reference. Beside the load: the memory the loaded directory holds, and
 * the median time of one lookup (a department of another city, a ward, a former province, a short
 * form, a misspelt name that goes through the fuzzy match) and of a grid cell's suggestions.
 */
import { createAgencyDirectoryStore } from '../../electron/services/agency-directory';
import { median, SLOW } from '../lib/measure';
import type { AgencyDirectory } from '../../shared/model';
import { suggestAgencies } from '../../shared/suggest/agency-suggestions';
import { alwaysAvailable, type BenchCase } from './case';

const QUERIES = [
  'Sở Tài chính thành phố Hà Nội',
  'Sở Y tế Đà Nẵng',
  'UBND phường Ba Đình',
  'UBND tỉnh Hà Nam',
  'Sở KH&ĐT',
  'Sở Tài chính tỉnh Ninh Bình',
  'Sở Tài chánh',
  'Ban Tổ chức Thành ủy Hải Phòng',
];

const load = (national: boolean): Promise<AgencyDirectory> =>
  createAgencyDirectoryStore({ userPath: null, ...(national ? {} : { nationalPath: null }) }).load();

/** Heap held by a freshly loaded directory, in MB (after a collection when Node exposes gc). */
async function heldMegabytes(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const directory = await load(true);
  gc?.();
  const held = process.memoryUsage().heapUsed - before;
  // Keeps the directory alive until measured.
  if (directory.data.organs.length === 0) return 0;
  return Math.round((held / 1024 / 1024) * 10) / 10;
}

/** The median time of five lookups of each query: a name as a user types it into a cell. */
export function resolveMedians(directory: AgencyDirectory, queries: readonly string[]): number[] {
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

export const agencyDirectoryCase: BenchCase = {
  name: 'agency-directory',
  workload: '34 tỉnh, 3.321 xã',
  unavailable: alwaysAvailable,
  async measure(_plan, context) {
    const { timing, value: directory } = await context.time('agency-directory load', () => load(true), SLOW);
    const reference = await context.time('agency-directory load (Ninh Bình only)', () => load(false), SLOW);
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
      reference: { name: 'Ninh Bình only', timing: reference.timing },
      metrics: { lookup_median_ms: median(lookups), lookup_max_ms: Math.max(...lookups), suggest_median_ms: median(suggestions) },
      facts: { organs: directory.data.organs.length, heap_mb: await heldMegabytes() },
    };
  },
};
