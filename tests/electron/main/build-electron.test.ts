/**
 * The main/preload build (scripts/build-electron.mjs), run as `npm run build:electron` runs it:
 * the preload is one CommonJS file that requires only 'electron' (all a sandboxed preload can
 * load), and main imports only Electron, Node's built-ins and packages electron-builder ships.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc';

const root = resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
let out = '';
let main = '';
let preload = '';

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'kehoach-build-')), 'out');
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

  it('bundles main as ESM importing only electron, node built-ins and shipped dependencies', () => {
    const specifiers = [
      ...main.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gmu),
      ...main.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/gu),
    ].map((m) => m[1] ?? '');
    expect(specifiers).toContain('electron');
    expect(main).not.toMatch(/\brequire\(/u);
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
