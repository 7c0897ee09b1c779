/**
 * An isolation process's entry bundled for a test, as scripts/build-electron.mjs bundles the app's:
 * the packages stay external, so it is written inside node_modules/.cache, where Node finds them.
 */
import { build } from 'esbuild';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export async function bundleEntry(entry: string): Promise<string> {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = join(mkdtempSync(join(cache, 'kehoach-isolation-')), 'job-main.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
