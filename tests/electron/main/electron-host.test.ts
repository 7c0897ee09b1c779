/**
 * The native side of the host adapter: save and open dialogs with Vietnamese titles and the right
 * filters, the extension Linux dialogs leave out, the window's title and unsaved mark, closing.
 */
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, FakeBrowserWindow, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { chooseOpenPlan, createElectronHost, withSaveExtension } = await import('../../../electron/main/electron-host');

const windows = { initialPath: vi.fn(() => '/plans/a.kehoach'), close: vi.fn(), send: vi.fn() };
const host = createElectronHost({ windows, documentsDir: () => '/home/chuyen-vien/Tài liệu' });
let window: BrowserWindow;

beforeEach(() => {
  resetFakeElectron();
  window = new FakeBrowserWindow({}) as unknown as BrowserWindow;
});

describe('save dialog', () => {
  it.each([
    ['plan', 'Lưu kế hoạch', 'Lưu', ['kehoach'], 'ke-hoach.kehoach'],
    ['docx', 'Xuất DOCX', 'Xuất', ['docx'], 'ke-hoach.docx'],
    ['pdf', 'Xuất PDF', 'Xuất', ['pdf'], 'ke-hoach.pdf'],
  ] as const)('asks where to write a %s with its own title and filter', async (kind, title, buttonLabel, extensions, name) => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: `/home/chuyen-vien/${name}` });
    expect(await host.chooseSavePath(window, kind, name)).toBe(`/home/chuyen-vien/${name}`);
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ title, buttonLabel, defaultPath: `/home/chuyen-vien/Tài liệu/${name}`, filters: [{ extensions }] });
  });

  it('answers null when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host.chooseSavePath(window, 'plan', 'ke-hoach.kehoach')).toBeNull();
  });

  it('adds the extension a Linux dialog left out, unless that would overwrite a file nobody confirmed', () => {
    expect(withSaveExtension('/d/ke-hoach', 'plan', () => false)).toBe('/d/ke-hoach.kehoach');
    expect(withSaveExtension('/d/ke-hoach.KEHOACH', 'plan', () => false)).toBe('/d/ke-hoach.KEHOACH');
    expect(withSaveExtension('/d/bao-cao', 'pdf', () => false)).toBe('/d/bao-cao.pdf');
    expect(withSaveExtension('/d/ke-hoach', 'plan', () => true)).toBe('/d/ke-hoach');
  });
});

describe('open dialog', () => {
  it('offers .kehoach files and answers the chosen one', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/d/ke-hoach.kehoach'] });
    expect(await host.chooseOpenPath(window)).toBe('/d/ke-hoach.kehoach');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ title: 'Mở kế hoạch', filters: [{ extensions: ['kehoach'] }], properties: ['openFile'] });
  });

  it('stands alone when no window is open (macOS), and answers null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await chooseOpenPlan(null)).toBeNull();
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Mở kế hoạch' });
  });
});

describe('window and shell', () => {
  it('sets the title and the unsaved mark, shows a file in its folder, closes through the windows', async () => {
    host.setWindowState(window, '• ke-hoach.kehoach — Kế hoạch Studio', true);
    const fake = window as unknown as FakeBrowserWindow;
    expect([fake.title, fake.edited]).toEqual(['• ke-hoach.kehoach — Kế hoạch Studio', true]);
    await host.showInFolder('/d/ke-hoach.pdf');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/d/ke-hoach.pdf');
    host.closeWindow(window);
    expect(windows.close).toHaveBeenCalledWith(window);
    expect(host.initialPath(window)).toBe('/plans/a.kehoach');
    expect(host.name).toBe('electron');
  });

  it('opens a file in the system viewer, and reports the message the system gives when it cannot', async () => {
    await host.openExternally('/tmp/ke-hoach.pdf');
    expect(shell.openPath).toHaveBeenCalledWith('/tmp/ke-hoach.pdf');
    shell.openPath.mockResolvedValueOnce('No application is registered');
    await expect(host.openExternally('/tmp/ke-hoach.pdf')).rejects.toThrow(/Không mở được.*No application is registered/u);
  });
});
