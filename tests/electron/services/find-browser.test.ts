/** Finding a browser to print with, on each platform, from KEHOACH_CHROMIUM or the usual paths. */
import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, findBrowser, usualBrowserPaths, type BrowserSearch } from '../../../electron/services/find-browser';

function search(platform: NodeJS.Platform, present: string[], env: Record<string, string> = {}): BrowserSearch {
  return { platform, env, exists: (path) => present.includes(path) };
}

describe('findBrowser', () => {
  it('takes KEHOACH_CHROMIUM before any usual path', () => {
    expect(findBrowser(search('linux', ['/usr/bin/chromium', '/opt/c/chrome'], { KEHOACH_CHROMIUM: '/opt/c/chrome' }))).toBe(
      '/opt/c/chrome',
    );
  });

  it('refuses a KEHOACH_CHROMIUM that points nowhere instead of printing with another browser', () => {
    expect(() => findBrowser(search('linux', ['/usr/bin/chromium'], { KEHOACH_CHROMIUM: '/sai/duong/dan' }))).toThrow(
      'Biến môi trường KEHOACH_CHROMIUM trỏ tới "/sai/duong/dan", nhưng không có trình duyệt ở đó.',
    );
  });

  it('finds Debian Chromium, then Chrome, on Linux', () => {
    expect(findBrowser(search('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toBe('/usr/bin/chromium');
    expect(findBrowser(search('linux', ['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
  });

  it('finds Chrome or Edge under Program Files on Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = usualBrowserPaths(search('win32', [], env)).find((p) => p.includes('msedge.exe') && p.includes('(x86)')) ?? '';
    expect(edge).toContain('Microsoft');
    expect(findBrowser(search('win32', [edge], env))).toBe(edge);
  });

  it('finds Chrome on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(search('darwin', [chrome]))).toBe(chrome);
  });

  it('says in Vietnamese what to install when nothing is found', () => {
    expect(() => findBrowser(search('linux', []))).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toContain('Không tìm thấy trình duyệt');
  });
});
