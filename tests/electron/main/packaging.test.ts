/**
 * What electron-builder.yml packages must agree with the code and package.json: the app id
 * Windows groups windows by, the displayed name, and the Linux window class Electron derives from
 * the package name (a mismatch shows a second dock icon); and the fuses set in the binary.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from '../../../electron/main/product';

const root = resolve(import.meta.dirname, '../../..');
const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  homepage?: string;
  author?: { name?: string; email?: string };
};

/** The value of a `key: value` line (first occurrence), without quotes. */
function value(key: string): string | undefined {
  return new RegExp(`^\\s*${key}:\\s*"?([^"\\n]+?)"?\\s*$`, 'mu').exec(config)?.[1];
}

describe('electron-builder.yml', () => {
  it('packages the identity the app uses', () => {
    expect(value('appId')).toBe(APP_ID);
    expect(value('productName')).toBe(PRODUCT_NAME);
  });

  it('names the Linux window class after the package, as Electron does', () => {
    expect(value('StartupWMClass')).toBe(packageJson.name);
  });

  it('gives the .deb its Maintainer and Homepage (electron-builder refuses to build it without them)', () => {
    expect(packageJson.author?.name).toBeTruthy();
    expect(packageJson.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/u);
    expect(packageJson.homepage).toMatch(/^https:\/\//u);
  });

  it('sets the fuses that close Electron’s back doors in the packaged binary', () => {
    // ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect would turn the signed app into a Node
    // runtime; an asar edited after signing must not load.
    expect(value('runAsNode')).toBe('false');
    expect(value('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(value('enableNodeCliInspectArguments')).toBe('false');
    expect(value('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(value('onlyLoadAppFromAsar')).toBe('true');
  });
});
