/**
 * The update path as far as a machine without Windows can follow it: electron-updater's Windows
 * updater, pointed by watchForUpdates at an office server on loopback, reads latest.yml, downloads
 * the installer, checks its SHA-512 and asks the user; a tampered installer is refused. Running the
 * installer itself needs Windows.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type RequestOptions, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NsisUpdater, type AppUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForUpdates } from '../../../electron/main/updates';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const INSTALLER = Buffer.from('MZ… the installer of version 0.2.0');
const INSTALLER_NAME = 'kehoach-studio-setup-0.2.0-x64.exe';

function latestYml(sha512: string): string {
  return [
    'version: 0.2.0',
    'files:',
    `  - url: ${INSTALLER_NAME}`,
    `    sha512: ${sha512}`,
    `    size: ${String(INSTALLER.length)}`,
    `path: ${INSTALLER_NAME}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-12-01T08:00:00.000Z'",
    '',
  ].join('\n');
}

/** The office's update folder: latest.yml and the installer, nothing else (no blockmaps). */
function officeServer(sha512: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    // The updater asks for the channel file of the system it runs on: latest-linux.yml here.
    if (path === '/kehoach/latest.yml' || path === '/kehoach/latest-linux.yml') response.end(latestYml(sha512));
    else if (path === `/kehoach/${INSTALLER_NAME}`) response.end(INSTALLER);
    else response.writeHead(404).end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/kehoach` });
    });
  });
}

/** The installed app as electron-updater sees it, with its cache in a folder of the test's. */
function installedApp(): AppAdapter {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-update-'));
  // What electron-builder writes into resources/ from electron-builder.yml's publish entry.
  writeFileSync(
    join(dir, 'app-update.yml'),
    'provider: generic\nurl: https://capnhat.invalid/kehoach-studio/\nupdaterCacheDirName: kehoach-studio-updater\n',
  );
  return {
    version: '0.1.0',
    name: 'kehoach-studio',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'app-update.yml'),
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
}

/** The updater's own HTTP client, with Node's http in place of electron.net (which needs the Electron binary). */
class LoopbackHttpExecutor extends ElectronHttpExecutor {
  override createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): Electron.ClientRequest {
    // Both are Node-style writable requests; electron.net's adds what the updater does not use here.
    return request(options, callback) as unknown as Electron.ClientRequest;
  }
  // The office server of the test never redirects.
  override addRedirectHandlers(): void {}
}

function windowsUpdater(): AppUpdater {
  const updater = new NsisUpdater(null, installedApp());
  (updater as unknown as { httpExecutor: ElectronHttpExecutor }).httpExecutor = new LoopbackHttpExecutor();
  return updater;
}

const sha512 = (bytes: Buffer): string => createHash('sha512').update(bytes).digest('base64');

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('updates from the office server', () => {
  it('finds the new version, downloads the installer with its checksum verified, and asks to restart', async () => {
    const { server, url } = await officeServer(sha512(INSTALLER));
    const updater = windowsUpdater();
    const asked: string[] = [];
    const downloaded = new Promise<string>((resolve) =>
      updater.once('update-downloaded', (event: { downloadedFile: string }) => {
        resolve(event.downloadedFile);
      }),
    );
    stops.push(
      watchForUpdates(updater, {
        url: `${url}/`,
        log: () => undefined,
        askToRestart: (version) => {
          asked.push(version);
          return Promise.resolve(false);
        },
      }),
      () => server.close(),
    );
    const file = await downloaded;
    expect(readFileSync(file)).toEqual(INSTALLER);
    await vi.waitFor(() => {
      expect(asked).toEqual(['0.2.0']);
    });
  });

  it('refuses an installer whose checksum is not the one latest.yml gives', async () => {
    const { server, url } = await officeServer(sha512(Buffer.from('another file')));
    const updater = windowsUpdater();
    const failed = new Promise<Error>((resolve) => updater.once('error', resolve));
    const onDownloaded = vi.fn();
    updater.on('update-downloaded', onDownloaded);
    stops.push(watchForUpdates(updater, { url: `${url}/`, log: () => undefined, askToRestart: () => Promise.resolve(true) }), () =>
      server.close(),
    );
    expect((await failed).message).toMatch(/sha512 checksum mismatch/);
    expect(onDownloaded).not.toHaveBeenCalled();
  });
});
