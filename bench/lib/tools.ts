/**
 * The programs the benchmark compares against or prints with, found on PATH (or the app's own
 * browser discovery), with the Debian packages that install them when they are missing.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { findBrowser } from '../../electron/services/find-browser';

const run = promisify(execFile);

export interface Tool {
  readonly path: string | null;
  /** How to install it on Debian, printed when it is missing. */
  readonly install: string;
}

export interface Tools {
  readonly pandoc: Tool;
  readonly libreoffice: Tool;
  readonly chromium: Tool;
  /** OCR's reference, and what makes its scans (issue 15). */
  readonly tesseract: Tool;
  readonly poppler: Tool;
  readonly imagemagick: Tool;
}

function onPath(...names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

function browser(): string | null {
  try {
    return findBrowser();
  } catch {
    return null;
  }
}

export function findTools(): Tools {
  return {
    pandoc: { path: onPath('pandoc'), install: 'apt-get install -y pandoc' },
    libreoffice: { path: onPath('libreoffice', 'soffice'), install: 'apt-get install -y --no-install-recommends libreoffice-writer-nogui' },
    chromium: { path: browser(), install: 'apt-get install -y chromium (or set KEHOACH_CHROMIUM)' },
    tesseract: { path: onPath('tesseract'), install: 'apt-get install -y tesseract-ocr' },
    poppler: { path: onPath('pdftoppm'), install: 'apt-get install -y poppler-utils' },
    imagemagick: { path: onPath('convert'), install: 'apt-get install -y imagemagick' },
  };
}

/** A line per missing tool with the command that installs it. */
export function missingTools(tools: Tools): string[] {
  const named: [string, Tool][] = [
    ['pandoc', tools.pandoc],
    ['LibreOffice', tools.libreoffice],
    ['Chromium', tools.chromium],
    ['tesseract', tools.tesseract],
    ['pdftoppm', tools.poppler],
    ['ImageMagick', tools.imagemagick],
  ];
  return named.flatMap(([name, tool]) => (tool.path === null ? [`${name} not found; install it with: ${tool.install}`] : []));
}

/** A tool's one-line version ("Chromium 156.0.…"), or '' when it cannot say. */
export async function toolVersion(path: string | null): Promise<string> {
  if (path === null) return '';
  try {
    const { stdout } = await run(path, ['--version'], { timeout: 30_000 });
    return stdout.trim().split('\n')[0] ?? '';
  } catch {
    return '';
  }
}
