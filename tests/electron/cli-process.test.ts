/**
 * The `kehoach` command as a shell starts it: the bundle built ahead of time (as `npm ci` builds it),
 * run through bin/kehoach.mjs in a process of its own, with real pipes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/model';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kehoach.mjs');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ke-hoach-58-KH-TU.kehoach');

interface Exit {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs the command; with `closeOutput`, the reader closes its end of stdout before anything is written. */
function kehoach(args: readonly string[], closeOutput = false): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    if (closeOutput) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, out, err });
    });
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-electron.mjs')], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('the kehoach process', () => {
  it('prints the usage of every command', async () => {
    const run = await kehoach(['--help']);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Cách dùng: kehoach <lệnh> [tùy chọn]');
    for (const command of ['templates', 'new', 'inspect', 'import', 'export', 'check', 'clone', 'coverage']) {
      expect(run.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it("prints one command's usage without running it", async () => {
    const run = await kehoach(['import', '--help']);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out.trim()).toMatch(/^import <văn-bản/);
  });

  it('refuses an unknown command in Vietnamese with exit code 2', async () => {
    const run = await kehoach(['lam-gi']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không có lệnh "lam-gi".');
  });

  it('runs a whole command: import of a text plan', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kehoach-process-')), 'ke-hoach.kehoach');
    const seed = join(ROOT, 'tests', 'fixtures', 'seeds', 'ke-hoach-dang-ninh-binh-58-KH-TU.txt');
    const run = await kehoach(['import', seed, '-o', out]);
    expect(run.code, run.err).toBe(0);
    expect(parsePlanText(readFileSync(out, 'utf8')).appendices.length).toBeGreaterThan(0);
  });

  it('ends quietly when the reader closes the pipe (kehoach inspect … | head)', async () => {
    const run = await kehoach(['inspect', FIXTURE, '--json'], true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });
});
