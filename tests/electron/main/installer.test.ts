/**
 * The Windows installer as far as Linux can build it: every message electron-builder's NSIS
 * templates show has Vietnamese text once scripts/nsis-vietnamese.mjs has run, and our include
 * (the Windows 10 check) compiles with makensis, warnings as errors. Debian's nsis package gives
 * makensis; CI installs it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../../electron/main/product';

const root = resolve(import.meta.dirname, '../../..');
const templates = join(root, 'node_modules/app-builder-lib/templates/nsis');
const hasMakensis = existsSync('/usr/bin/makensis');

describe('the Windows installer', () => {
  it('speaks Vietnamese in every message electron-builder shows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-nsis-'));
    for (const file of ['messages.yml', 'assistedMessages.yml']) copyFileSync(join(templates, file), join(dir, file));
    execFileSync(process.execPath, [join(root, 'scripts/nsis-vietnamese.mjs'), dir]);
    // Run twice: the second run adds nothing.
    execFileSync(process.execPath, [join(root, 'scripts/nsis-vietnamese.mjs'), dir]);
    for (const file of ['messages.yml', 'assistedMessages.yml']) {
      const messages = load(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, string>>;
      for (const [key, texts] of Object.entries(messages)) {
        expect(texts.vi, `${file}: ${key}`).toBeTruthy();
        expect(texts.vi).toBe(texts.vi?.normalize('NFC'));
      }
    }
  });

  it.runIf(hasMakensis || process.env.CI === 'true')('compiles our include, refusing Windows before 10 in Vietnamese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-nsis-'));
    const script = join(dir, 'installer.nsi');
    writeFileSync(
      script,
      [
        'Unicode true',
        `!define PRODUCT_NAME "${PRODUCT_NAME}"`,
        '!include MUI2.nsh',
        '!include LogicLib.nsh',
        `!include "${join(root, 'build/installer.nsh')}"`,
        '!insertmacro MUI_PAGE_INSTFILES',
        '!insertmacro MUI_LANGUAGE "Vietnamese"',
        'Function .onInit',
        '  !insertmacro customInit',
        'FunctionEnd',
        `OutFile "${join(dir, 'kehoach-studio-setup-0.1.0-x64.exe')}"`,
        'Section',
        'SectionEnd',
      ].join('\n'),
    );
    execFileSync('makensis', ['-V2', '-WX', script], { encoding: 'utf8' });
    expect(existsSync(join(dir, 'kehoach-studio-setup-0.1.0-x64.exe'))).toBe(true);
    const include = readFileSync(join(root, 'build/installer.nsh'), 'utf8');
    expect(include.startsWith('\uFEFF')).toBe(true);
    expect(include).toContain('${IfNot} ${AtLeastWin10}');
    expect(include).toContain('cần Windows 10 trở lên');
  });
});
