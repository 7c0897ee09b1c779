/**
 * The application menu, in Vietnamese. Items the page handles send it a `menu.command` event;
 * their shortcuts are handled by the page itself on keydown (renderer/app/use-shortcuts.ts), so
 * the menu only shows them (`registerAccelerator: false`) and nothing fires twice. Undo and redo
 * are the app's own, across text and grid, not Electron's editing roles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../shared/ipc';
import { PRODUCT_NAME } from './product';

/** The window a menu was used in, as Electron reports it; undefined on macOS with no window open. */
export type MenuWindow = Parameters<NonNullable<MenuItemConstructorOptions['click']>>[1];

export interface MenuActions {
  command(window: MenuWindow, command: MenuCommand): void;
  openRecent(window: MenuWindow, path: string): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Development builds show DevTools. */
  readonly devTools: boolean;
  readonly recent: readonly RecentFile[];
  readonly actions: MenuActions;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/** `&` marks a mnemonic in Windows and Linux menus; a file name's own `&` must stay text. */
function menuText(text: string): string {
  return text.replaceAll('&', '&&');
}

/** "ke-hoach.kehoach (Văn bản)": the name, and the folder to tell same-named files apart. */
function recentLabel(path: string): string {
  const parts = path.split(/[\\/]/u).filter((part) => part !== '');
  const name = parts.at(-1) ?? path;
  const folder = parts.at(-2);
  return menuText(folder === undefined ? name : `${name} (${folder})`);
}

export function menuTemplate({ platform, devTools, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const send = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
    click: (_item, window) => {
      actions.command(window, command);
    },
  });
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'Chưa có tệp nào', enabled: false }]
      : recent.map((file) => ({
          label: recentLabel(file.path),
          click: (_item, window) => {
            actions.openRecent(window, file.path);
          },
        }));

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: PRODUCT_NAME,
          submenu: [
            send(`Giới thiệu ${PRODUCT_NAME}`, 'about'),
            SEPARATOR,
            { role: 'hide', label: `Ẩn ${PRODUCT_NAME}` },
            { role: 'hideOthers', label: 'Ẩn các ứng dụng khác' },
            { role: 'unhide', label: 'Hiện tất cả' },
            SEPARATOR,
            { role: 'quit', label: `Thoát ${PRODUCT_NAME}` },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'Tệp',
      submenu: [
        send('Tạo kế hoạch mới', 'new', 'CmdOrCtrl+N'),
        send('Mở…', 'open', 'CmdOrCtrl+O'),
        { label: 'Gần đây', submenu: recentItems },
        SEPARATOR,
        send('Lưu', 'save', 'CmdOrCtrl+S'),
        send('Lưu thành…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        SEPARATOR,
        send('Xuất DOCX…', 'exportDocx'),
        send('Xuất DOCX để sửa tiếp trong Word…', 'exportDocxForWord'),
        send('Xuất PDF…', 'exportPdf'),
        send('In…', 'print', 'CmdOrCtrl+P'),
        SEPARATOR,
        send('Đóng', 'close'),
        ...(mac ? [] : [SEPARATOR, { role: 'quit', label: 'Thoát' } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        send('Hoàn tác', 'undo', 'CmdOrCtrl+Z'),
        send('Làm lại', 'redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        SEPARATOR,
        // Chromium's own editing: the page gets its keys first and the clipboard events as usual.
        { role: 'cut', label: 'Cắt', registerAccelerator: false },
        { role: 'copy', label: 'Sao chép', registerAccelerator: false },
        { role: 'paste', label: 'Dán', registerAccelerator: false },
        SEPARATOR,
        { role: 'selectAll', label: 'Chọn tất cả', registerAccelerator: false },
        SEPARATOR,
        send('Tìm…', 'find', 'CmdOrCtrl+F'),
        send('Thay thế…', 'replace', 'CmdOrCtrl+H'),
        send('Tìm tiếp', 'findNext', 'F3'),
        send('Tìm ngược lại', 'findPrevious', 'Shift+F3'),
      ],
    },
    {
      label: 'Xem',
      submenu: [
        send('Thông tin văn bản', 'toggleProperties'),
        SEPARATOR,
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ mặc định' },
        SEPARATOR,
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        ...(devTools
          ? [SEPARATOR, { role: 'toggleDevTools', label: 'Công cụ cho nhà phát triển' } satisfies MenuItemConstructorOptions]
          : []),
      ],
    },
    {
      label: 'Trợ giúp',
      role: 'help',
      submenu: [send(`Giới thiệu ${PRODUCT_NAME}`, 'about')],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
