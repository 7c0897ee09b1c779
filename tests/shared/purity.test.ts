/**
 * shared/ runs in the renderer as well as in Node: it must not import Node, Electron or React, and
 * the model, format and template layers must not pull in the DOCX/PDF libraries either.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = join(ROOT, 'shared');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Module specifiers of a source file: `import … from 'x'` and `export … from 'x'` (also across
 * lines), side-effect `import 'x'`, dynamic `import('x')` and `require('x')`.
 */
function importedModules(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1] ?? ''));
}

const FORBIDDEN_EVERYWHERE = ['electron', 'react', 'react-dom', 'slate-react', 'electron-store', 'fs', 'path'];
const FORBIDDEN_IN_CORE = ['docx', 'jszip', 'pdf-lib'];
const CORE_DIRS = ['model', 'format', 'template'];

/** 'fs' and 'fs/promises' are both 'fs'; 'react-dom/client' is 'react-dom'; '@scope/x/y' is '@scope/x'. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function isForbidden(specifier: string, forbidden: readonly string[]): boolean {
  return specifier.startsWith('node:') || forbidden.includes(packageName(specifier));
}

const files = tsFiles(SHARED).map((path) => ({
  path,
  name: relative(ROOT, path).split('\\').join('/'),
  modules: importedModules(readFileSync(path, 'utf8')),
}));

describe('importedModules (the scanner itself)', () => {
  it('finds static, multi-line, re-export, side-effect, dynamic and require imports', () => {
    const source = [
      "import { a } from 'fs';",
      'import {',
      '  b,',
      '  c,',
      '} from "node:path";',
      "import type { D } from 'electron';",
      "export * from './local';",
      "export { e } from 'react';",
      "import 'slate-react';",
      "const x = await import('docx');",
      "const y = require('jszip');",
      "// a comment mentioning from 'nothing' is not at the start of a statement",
    ].join('\n');
    expect(importedModules(source)).toEqual(['fs', 'node:path', 'electron', './local', 'react', 'slate-react', 'docx', 'jszip']);
  });

  it('flags node: modules and forbidden packages, including subpaths', () => {
    expect(isForbidden('node:fs', [])).toBe(true);
    expect(isForbidden('fs/promises', FORBIDDEN_EVERYWHERE)).toBe(true);
    expect(isForbidden('react-dom/client', FORBIDDEN_EVERYWHERE)).toBe(true);
    expect(isForbidden('zod', FORBIDDEN_EVERYWHERE)).toBe(false);
    expect(isForbidden('./path', FORBIDDEN_EVERYWHERE)).toBe(false);
    expect(isForbidden('reactive', FORBIDDEN_EVERYWHERE)).toBe(false);
  });
});

describe('shared/ stays pure', () => {
  it('has source files to check in every layer', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const dir of CORE_DIRS) expect(files.some((f) => f.name.startsWith(`shared/${dir}/`))).toBe(true);
    expect(files.some((f) => f.name === 'shared/model/schema-errors.ts' && f.modules.includes('zod'))).toBe(true);
  });

  it('imports neither Node, Electron nor React anywhere', () => {
    const offending = files.flatMap((f) => f.modules.filter((m) => isForbidden(m, FORBIDDEN_EVERYWHERE)).map((m) => `${f.name}: ${m}`));
    expect(offending).toEqual([]);
  });

  it('keeps docx, jszip and pdf-lib out of shared/model, shared/format and shared/template', () => {
    const core = files.filter((f) => CORE_DIRS.some((dir) => f.name.startsWith(`shared/${dir}/`)));
    const offending = core.flatMap((f) =>
      f.modules.filter((m) => FORBIDDEN_IN_CORE.includes(packageName(m))).map((m) => `${f.name}: ${m}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps shared/model, shared/format and shared/template from importing the renderers', () => {
    const core = files.filter((f) => CORE_DIRS.some((dir) => f.name.startsWith(`shared/${dir}/`)));
    const offending = core.flatMap((f) => f.modules.filter((m) => /(^|\/)render(\/|$)/.test(m)).map((m) => `${f.name}: ${m}`));
    expect(offending).toEqual([]);
  });
});

describe('shared/ loads in plain Node', () => {
  it('runs without browser or Electron globals', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('imports shared/model/index.ts', async () => {
    const model = await import('../../shared/model/index');
    expect(typeof model.migrate).toBe('function');
    expect(model.toRoman(14)).toBe('XIV');
    expect(model.CURRENT_SCHEMA_VERSION).toBe(4);
  });

  it('imports shared/format/index.ts', async () => {
    const format = await import('../../shared/format/index');
    expect(Object.keys(format.PROFILES).sort()).toEqual(['hd05-2026', 'hd36-2018', 'nd30-2020']);
    expect(format.systemOf('hd36-2018')).toBe('dang');
    expect(format.systemOf('nd30-2020')).toBe('nha-nuoc');
  });

  it('imports shared/plan-file/index.ts', async () => {
    const planFile = await import('../../shared/plan-file/index');
    expect(typeof planFile.parsePlanText).toBe('function');
  });

  it('imports shared/template/index.ts', async () => {
    const template = await import('../../shared/template/index');
    expect(typeof template.instantiateTemplate).toBe('function');
    expect(typeof template.TemplateSchema.safeParse).toBe('function');
  });
});
