/**
 * The app's PDF printer with Electron mocked (the binary is not here): a hidden sandboxed window
 * without JavaScript, CSS page sizes preferred, and the window and temporary file gone afterwards,
 * also when printing fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: { show: boolean; webPreferences: Record<string, unknown> };
  loaded: string[];
  destroyed: boolean;
  printOptions: unknown[];
}

const windows: FakeWindow[] = [];
let failPrint = false;

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly state: FakeWindow;
    readonly webContents: { printToPDF: (options: unknown) => Promise<Buffer> };
    constructor(options: FakeWindow['options']) {
      const state: FakeWindow = { options, loaded: [], destroyed: false, printOptions: [] };
      this.state = state;
      windows.push(state);
      this.webContents = {
        printToPDF: (printOptions) => {
          state.printOptions.push(printOptions);
          return failPrint ? Promise.reject(new Error('GPU process crashed')) : Promise.resolve(Buffer.from('%PDF-1.7 in'));
        },
      };
    }
    loadFile(path: string): Promise<void> {
      this.state.loaded.push(readFileSync(path, 'utf8'));
      this.state.loaded.push(path);
      return Promise.resolve();
    }
    destroy(): void {
      this.state.destroyed = true;
    }
  },
}));

const { createElectronPrinter } = await import('../../../electron/pdf/electron-printer');

beforeEach(() => {
  windows.length = 0;
  failPrint = false;
});

describe('createElectronPrinter', () => {
  it('prints the HTML in a hidden sandboxed window with CSS page sizes and cleans up', async () => {
    const bytes = await createElectronPrinter().print('<!DOCTYPE html><p>Kế hoạch</p>');
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 in');
    const [window] = windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    });
    expect(window?.loaded[0]).toBe('<!DOCTYPE html><p>Kế hoạch</p>');
    expect(window?.printOptions).toEqual([{ preferCSSPageSize: true, printBackground: true }]);
    expect(window?.destroyed).toBe(true);
    expect(existsSync(dirname(window?.loaded[1] ?? '/nonexistent/x'))).toBe(false);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    failPrint = true;
    await expect(createElectronPrinter().print('<p>x</p>')).rejects.toThrow('GPU process crashed');
    expect(windows[0]?.destroyed).toBe(true);
    expect(existsSync(dirname(windows[0]?.loaded[1] ?? '/nonexistent/x'))).toBe(false);
  });
});
