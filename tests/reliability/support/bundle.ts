/**
 * One ES module for a child process or worker thread, bundled from TypeScript with esbuild so it
 * starts in a tenth of a second under plain node (tsx needs three times that, and the crash test
 * starts 500 children). Packages are bundled too when they allow it (resolving zod's many files
 * costs a child 40 ms); otherwise they stay external and resolve from the repository's
 * node_modules, which is why the bundle is written under it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'kehoach-reliability');

/**
 * Bundles `source` (TypeScript whose relative imports start from this folder) and returns the file.
 * `packages: 'external'` for code that needs packages which cannot be bundled (pdf.js loads its
 * worker from its own folder; CommonJS packages require Node built-ins).
 */
export async function bundleEntry(name: string, source: string, packages: 'bundle' | 'external'): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    ...(packages === 'external' ? { packages: 'external' as const } : {}),
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  // Named by content, and written through a rename: two test files bundling at once cannot tear it.
  const file = join(CACHE, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`);
  mkdirSync(CACHE, { recursive: true });
  const temp = `${file}.${String(process.pid)}.tmp`;
  writeFileSync(temp, code);
  renameSync(temp, file);
  return file;
}

/** An import specifier for a TypeScript module given by its absolute path. */
export function importPath(path: string): string {
  return JSON.stringify(path.replace(/\\/g, '/'));
}
