/**
 * The installed app as the command line (`kehoach-studio --cli …`), with Electron faked: it runs the
 * command, writes its output, opens no window, takes no single-instance lock, and exits with the
 * command's code.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliArguments } from '../../../electron/main/cli-mode';
import { app, FakeBrowserWindow, protocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const argv = process.argv;
process.argv = ['/opt/kehoach-studio/kehoach-studio', '--cli', 'templates', '--json'];
const written: string[] = [];
const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
  written.push(String(chunk));
  return true;
});
afterAll(() => {
  process.argv = argv;
  write.mockRestore();
});

await import('../../../electron/main/index');

describe('kehoach-studio --cli', () => {
  it('finds the command after the switch, wherever Chromium put its own switches', () => {
    expect(cliArguments(['--no-sandbox', '--cli', 'check', 'a.docx', '--json'])).toEqual(['check', 'a.docx', '--json']);
    expect(cliArguments(['/d/a.kehoach'])).toBeNull();
  });

  it('runs the command once Electron is ready and exits with its code, without a window or the lock', async () => {
    expect(app.exit).not.toHaveBeenCalled();
    app.becomeReady();
    await vi.waitFor(() => {
      expect(app.exit).toHaveBeenCalledWith(0);
    });
    const list = JSON.parse(written.join('')) as { id: string }[];
    expect(list.map((t) => t.id)).toContain('dang-ke-hoach-thuc-hien-nghi-quyet');
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(app.lockData).toBeUndefined();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });
});
