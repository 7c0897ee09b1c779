// Builds Electron's main process, its preload and the command line with esbuild (the renderer is
// Vite's). `npm ci` runs it ("prepare"), so `npx kehoach` starts without compiling anything:
//   out/main/index.js     ESM; npm dependencies stay external, so electron-builder ships them
//                         from package.json "dependencies"; the shared/ and electron/ sources
//                         are bundled in. It sits two folders below the app root, as the
//                         services' own sources do, so their `../../templates/` still resolves.
//   out/main/job-main.js  ESM, the isolation process (Electron's utility process) that parses
//                         received files; bundled like index.js, beside it.
//   out/preload/index.cjs one CommonJS file requiring only 'electron': a sandboxed preload can
//                         load nothing else.
//   out/cli/kehoach.mjs   the command line (bin/kehoach.mjs), ESM, dependencies external; each
//                         command is a chunk of its own beside it, loaded when it runs, so that
//                         `kehoach --help` loads almost nothing. Two folders below the root too.
//                         out/cli/job-main.mjs is the isolation process (a Node child process)
//                         that parses the received files a command reads.
// Usage: node scripts/build-electron.mjs [--out <dir>]   (default: out)
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'out'));

await Promise.all([
  rm(join(outDir, 'main'), { recursive: true, force: true }),
  rm(join(outDir, 'preload'), { recursive: true, force: true }),
  rm(join(outDir, 'cli'), { recursive: true, force: true }),
]);

const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    entryPoints: { index: 'electron/main/index.ts', 'job-main': 'electron/isolation/job-main.ts' },
    outdir: join(outDir, 'main'),
    platform: 'node',
    format: 'esm',
    // Electron 45 runs Node 24 (its own @types/node is 24).
    target: 'node24',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(outDir, 'preload/index.cjs'),
    platform: 'node',
    format: 'cjs',
    // Electron 45 is Chromium 140.
    target: 'chrome140',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: { kehoach: 'electron/cli/main.ts', 'job-main': 'electron/isolation/job-main.ts' },
    outdir: join(outDir, 'cli'),
    outExtension: { '.js': '.mjs' },
    // Chunks beside the entry, not in a folder below it: the services find templates/ from where they run.
    chunkNames: '[name]-[hash]',
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
  }),
]);
