/**
 * The menus: Vietnamese labels; each item the page handles sends its command to the window it was
 * used in; the shortcuts shown are exactly those the page handles itself, shown but not
 * registered (no double handling); undo and redo are the app's own, not Electron's roles.
 */
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { MenuActions } from '../../../electron/main/menu';
import { MenuCommandSchema, type MenuCommand } from '../../../shared/ipc';
import { commandForKey } from '../../../renderer/app/use-shortcuts';
import { Menu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { installMenu, menuTemplate } = await import('../../../electron/main/menu');

const recent = [
  { path: '/home/a/Văn bản/ke-hoach-58.kehoach', title: 'Kế hoạch 58', openedAt: '2026-11-23T08:00:00.000Z' },
  { path: 'C:\\Users\\b\\R&D\\ke-hoach.kehoach', title: 'Kế hoạch R&D', openedAt: '2026-11-22T08:00:00.000Z' },
];

interface SpyActions {
  command: Mock<MenuActions['command']>;
  openRecent: Mock<MenuActions['openRecent']>;
}

const spyActions = (): SpyActions => ({ command: vi.fn<MenuActions['command']>(), openRecent: vi.fn<MenuActions['openRecent']>() });

function build(platform: NodeJS.Platform, devTools = false): { template: MenuItemConstructorOptions[]; actions: SpyActions } {
  const actions = spyActions();
  return { template: menuTemplate({ platform, devTools, recent, actions }), actions };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(found)) throw new Error(`no menu "${label}"`);
  return found;
}

const window = { id: 1 } as unknown as BaseWindow;

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as (item: unknown, window: BaseWindow, event: unknown) => void)(item, window, {});
}

/** The key press an accelerator stands for, on Windows/Linux (Ctrl) or macOS (Cmd). */
function keyPress(accelerator: string, mac: boolean): Parameters<typeof commandForKey>[0] {
  const parts = accelerator.split('+');
  const has = (...names: string[]): boolean => parts.some((part) => names.includes(part));
  return {
    key: parts.at(-1)?.toLowerCase() ?? '',
    ctrlKey: has('Ctrl', 'Control') || (!mac && has('CmdOrCtrl')),
    metaKey: has('Cmd', 'Command') || (mac && has('CmdOrCtrl')),
    shiftKey: has('Shift'),
    altKey: has('Alt'),
  };
}

describe.each(['win32', 'linux', 'darwin'] as const)('menu on %s', (platform) => {
  const mac = platform === 'darwin';

  it('has the Vietnamese menus, the app menu first on macOS', () => {
    const labels = build(platform).template.map((item) => item.label);
    expect(labels).toEqual([...(mac ? ['Kế hoạch Studio'] : []), 'Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const { template } = build(platform);
    expect(submenu(template, 'Tệp').map((item) => item.label ?? '—')).toEqual([
      'Tạo kế hoạch mới',
      'Mở…',
      'Gần đây',
      '—',
      'Lưu',
      'Lưu thành…',
      '—',
      'Xuất DOCX…',
      'Xuất DOCX để sửa tiếp trong Word…',
      'Xuất PDF…',
      'In…',
      '—',
      'Đóng',
      ...(mac ? [] : ['—', 'Thoát']),
    ]);
    expect(submenu(template, 'Sửa').map((item) => item.label ?? '—')).toEqual([
      'Hoàn tác',
      'Làm lại',
      '—',
      'Cắt',
      'Sao chép',
      'Dán',
      '—',
      'Chọn tất cả',
      '—',
      'Tìm…',
      'Thay thế…',
      'Tìm tiếp',
      'Tìm ngược lại',
    ]);
    expect(submenu(template, 'Trợ giúp').map((item) => item.label)).toEqual(['Giới thiệu Kế hoạch Studio']);
    for (const item of items(template)) {
      if (item.label !== undefined) expect(item.label.normalize('NFC'), item.label).toBe(item.label);
    }
  });

  it('sends every page command to the window it was used in', () => {
    const { template, actions } = build(platform);
    const sent = new Map<MenuCommand, string>();
    for (const item of items(template).filter((i) => i.click !== undefined && i.label !== undefined && !i.label.includes('.kehoach'))) {
      actions.command.mockClear();
      click(item);
      const [target, command] = actions.command.mock.calls[0] as [BaseWindow, MenuCommand];
      expect(target).toBe(window);
      sent.set(command, item.label ?? '');
    }
    expect([...sent.keys()].sort()).toEqual([...MenuCommandSchema.options].sort());
    expect(sent.get('toggleProperties')).toBe('Thông tin văn bản');
  });

  it('shows the shortcuts the page handles, without registering them', () => {
    const { template, actions } = build(platform);
    const shown = items(template).filter((item) => item.accelerator !== undefined);
    expect(shown.length).toBeGreaterThanOrEqual(7);
    for (const item of shown) {
      expect(item.registerAccelerator, item.label).toBe(false);
      if (item.role !== undefined) continue;
      actions.command.mockClear();
      click(item);
      const [, command] = actions.command.mock.calls[0] as [BaseWindow, MenuCommand];
      expect(commandForKey(keyPress(String(item.accelerator), mac)), `${String(item.label)} ${String(item.accelerator)}`).toBe(command);
    }
    const accelerator = (label: string): unknown => items(template).find((item) => item.label === label)?.accelerator;
    expect([
      accelerator('Tạo kế hoạch mới'),
      accelerator('Mở…'),
      accelerator('Lưu'),
      accelerator('Lưu thành…'),
      accelerator('In…'),
      accelerator('Hoàn tác'),
    ]).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+P', 'CmdOrCtrl+Z']);
    expect(accelerator('Làm lại')).toBe(mac ? 'Cmd+Shift+Z' : 'Ctrl+Y');
  });

  it('keeps undo and redo off Electron’s editing roles, and clipboard keys with the page', () => {
    const edit = submenu(build(platform).template, 'Sửa');
    expect(edit.slice(0, 2).map((item) => item.role)).toEqual([undefined, undefined]);
    expect(items(build(platform).template).some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    expect(edit.filter((item) => item.role !== undefined).map((item) => [item.role, item.registerAccelerator])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', false],
      ['selectAll', false],
    ]);
  });

  it('lists recent files by name and folder, opening them in the window the menu was used in', () => {
    const { template, actions } = build(platform);
    const recentMenu = submenu(submenu(template, 'Tệp'), 'Gần đây');
    expect(recentMenu.map((item) => item.label)).toEqual(['ke-hoach-58.kehoach (Văn bản)', 'ke-hoach.kehoach (R&&D)']);
    const second = recentMenu[1];
    if (second === undefined) throw new Error('no second recent file');
    click(second);
    expect(actions.openRecent).toHaveBeenCalledWith(window, 'C:\\Users\\b\\R&D\\ke-hoach.kehoach');
    const empty = submenu(submenu(menuTemplate({ platform, devTools: false, recent: [], actions }), 'Tệp'), 'Gần đây');
    expect(empty).toEqual([{ label: 'Chưa có tệp nào', enabled: false }]);
  });

  it('shows DevTools only in development', () => {
    const roles = (devTools: boolean): unknown[] => items(build(platform, devTools).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('installMenu', () => {
  it('sets the application menu built from the template', () => {
    installMenu({ platform: 'linux', devTools: false, recent, actions: spyActions() });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template: expect.any(Array) as unknown });
  });
});
