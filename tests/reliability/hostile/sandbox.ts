/**
 * A folder tree to run the command line in, and what changed in it: hostile inputs must not
 * make anything appear outside the folder the user chose, and a failed command writes nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Sandbox {
  readonly root: string;
  /** Where inputs are put. */
  readonly inputs: string;
  /** The folder the user chose for outputs. */
  readonly chosen: string;
  /** Every file under the root, as paths relative to it with their sizes. */
  files(): string[];
  remove(): void;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    if (info.isDirectory()) walk(path, root, out);
    else out.push(`${relative(root, path).replace(/\\/g, '/')} (${String(info.size)})`);
  }
}

export function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'));
  const inputs = join(root, 'inputs');
  const chosen = join(root, 'out', 'chosen');
  mkdirSync(inputs);
  mkdirSync(chosen, { recursive: true });
  return {
    root,
    inputs,
    chosen,
    files: () => {
      const out: string[] = [];
      walk(root, root, out);
      return out.sort();
    },
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
