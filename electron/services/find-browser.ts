/**
 * Where a Chromium-family browser lives on the user's machine: `KEHOACH_CHROMIUM` first, then the
 * usual install paths of Chromium, Chrome and Edge on Linux, Windows and macOS.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './user-error';

export interface BrowserSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly exists: (path: string) => boolean;
}

function windowsCandidates(env: BrowserSearch['env']): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => r !== undefined && r !== '');
  const relative = [
    ['Google', 'Chrome', 'Application', 'chrome.exe'],
    ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ['Chromium', 'Application', 'chrome.exe'],
  ];
  return roots.flatMap((root) => relative.map((parts) => join(root, ...parts)));
}

const MAC = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
];

export function usualBrowserPaths(search: BrowserSearch): string[] {
  return search.platform === 'win32' ? windowsCandidates(search.env) : search.platform === 'darwin' ? MAC : LINUX;
}

export const NO_BROWSER_MESSAGE =
  'Không tìm thấy trình duyệt để in PDF (Chromium, Google Chrome hoặc Microsoft Edge). ' +
  'Hãy cài một trong các trình duyệt này, hoặc đặt biến môi trường KEHOACH_CHROMIUM là đường dẫn tới tệp chạy của trình duyệt.';

/** The browser to print with; a `KEHOACH_CHROMIUM` that points nowhere is an error, not skipped. */
export function findBrowser(search: BrowserSearch = { env: process.env, platform: process.platform, exists: existsSync }): string {
  const fromEnv = search.env.KEHOACH_CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (search.exists(fromEnv)) return fromEnv;
    throw new UserError(`Biến môi trường KEHOACH_CHROMIUM trỏ tới "${fromEnv}", nhưng không có trình duyệt ở đó.`);
  }
  const found = usualBrowserPaths(search).find((path) => search.exists(path));
  if (found === undefined) throw new UserError(NO_BROWSER_MESSAGE);
  return found;
}
