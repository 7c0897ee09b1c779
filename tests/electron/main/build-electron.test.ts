/**
 * The main/preload build (scripts/build-electron.mjs), run as `npm run build:electron` runs it:
 * the preload is one CommonJS file that requires only 'electron' (all a sandboxed preload can
 * load), and main imports only Electron, Node's built-ins and packages electron-builder ships. The
 * isolation process that parses received files is built beside main and beside the command line,
 * and the built command line reads through it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc';
import { runCli } from '../run-cli';

const root = resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
let out = '';
let main = '';
let preload = '';

beforeAll(() => {
  // Inside node_modules/.cache, so that the built command line finds its packages and can run.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  out = join(mkdtempSync(join(cache, 'kehoach-build-')), 'out');
  execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
  main = readFileSync(join(out, 'main/index.js'), 'utf8');
  preload = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
}, 60_000);

/** The package a bare specifier names: "a/b" → "a", "@s/a/b" → "@s/a". */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('build of main and preload', () => {
  it('bundles the preload to CommonJS requiring only electron, with every channel', () => {
    const required = [...preload.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/gu)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*(import|export)\s/mu);
    expect(preload).not.toMatch(/\bimport\(/u);
    expect(preload).not.toContain('zod');
    for (const channel of CHANNEL_NAMES) expect(preload).toContain(`"${channel}"`);
  });

  it('runs the bundled preload where only electron can be required, exposing the api', () => {
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => {
          exposed.set(key, value);
        },
      },
      ipcRenderer: { invoke: (channel: string) => Promise.resolve(channel), on: () => undefined, removeListener: () => undefined },
      webUtils: { getPathForFile: () => '' },
    };
    const sandboxRequire = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return electron;
    };
    // A fresh context with no Node globals but `require`, as Electron's sandbox runs a preload.
    runInNewContext(preload, { require: sandboxRequire });
    const api = (exposed.get('kehoach') as { api: Record<string, unknown> } | undefined)?.api ?? {};
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.values(api).every((method) => typeof method === 'function')).toBe(true);
  });

  /** The modules a bundle imports, each checked to be Electron, a Node built-in or a shipped dependency. */
  function shippedImports(bundle: string): string[] {
    const specifiers = [
      ...bundle.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gmu),
      ...bundle.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/gu),
    ].map((m) => m[1] ?? '');
    const builtins = new Set(builtinModules);
    for (const specifier of specifiers) {
      if (specifier === 'electron') continue;
      if (specifier.startsWith('node:')) {
        expect(builtins.has(specifier.slice(5)), specifier).toBe(true);
        continue;
      }
      expect(specifier.startsWith('.'), `${specifier} should be bundled`).toBe(false);
      expect(Object.keys(packageJson.dependencies), `${specifier} must be a dependency to be packaged`).toContain(packageOf(specifier));
    }
    return specifiers;
  }

  it('bundles main as ESM importing only electron, node built-ins and shipped dependencies', () => {
    expect(shippedImports(main)).toContain('electron');
    expect(main).not.toMatch(/\brequire\(/u);
  });

  it('builds the isolation process beside main (utility process) and beside the command line (child process)', () => {
    expect(main).toContain('new URL("./job-main.js", import.meta.url)');
    const specifiers = shippedImports(readFileSync(join(out, 'main/job-main.js'), 'utf8'));
    expect(specifiers).not.toContain('electron');
    expect(specifiers).toContain('tesseract.js');
    // The command line's shares its chunks with the commands (the next test runs it).
    expect(existsSync(join(out, 'cli/job-main.mjs'))).toBe(true);
  });

  it('runs the built command line, which reads a received file in its isolation process with the same JSON', async () => {
    const input = join(root, 'tests/fixtures/seeds/ke-hoach-dang-ninh-binh-58-KH-TU.txt');
    const built = execFileSync(process.execPath, [join(out, 'cli/kehoach.mjs'), 'inspect', input, '--json'], { encoding: 'utf8' });
    expect(built).toBe(`${(await runCli(['inspect', input, '--json'])).out}\n`);
  });

  it('lays out out/ as the entry point and main expect', () => {
    expect(packageJson.main).toBe('out/main/index.js');
    expect(main).toContain('new URL("../preload/index.cjs", import.meta.url)');
    expect(main).toContain('new URL("../renderer/", import.meta.url)');
    // The services find the shipped templates two folders up from their module, as from out/main.
    expect(main).toContain('new URL("../../templates/", import.meta.url)');
    expect(existsSync(join(out, 'main/index.js.map'))).toBe(true);
  });
});
