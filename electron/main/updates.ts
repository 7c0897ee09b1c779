/**
 * Updates from the office's own server with electron-updater's generic provider: the folder holds
 * what `npm run dist` makes (latest.yml and the installer, or latest-linux.yml and the AppImage).
 * An update downloads in the background, its SHA-512 checked against latest.yml, and installs when
 * the user agrees to restart or when the app next quits. Without a server set (update-server.ts)
 * nothing is checked, and the offline installer is how a new version arrives.
 */
import type { AppUpdater, UpdateDownloadedEvent } from 'electron-updater';

/** Often enough for a working day, rarely enough to cost the office's server nothing. */
export const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

export interface UpdateOptions {
  /** The generic provider's folder URL. */
  readonly url: string;
  /** Asked once an update is ready; true restarts into it now. */
  readonly askToRestart: (version: string) => Promise<boolean>;
  readonly log: (message: string) => void;
}

/** Starts checking; returns what stops it. */
export function watchForUpdates(updater: AppUpdater, options: UpdateOptions): () => void {
  updater.setFeedURL({ provider: 'generic', url: options.url });
  // Downloaded by check() below, so that a failed download is caught here and not left to reject.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = true;
  updater.logger = { info: options.log, warn: options.log, error: options.log };
  const onDownloaded = (event: UpdateDownloadedEvent): void => {
    void options.askToRestart(event.version).then((now) => {
      if (now) updater.quitAndInstall();
    });
  };
  updater.on('update-downloaded', onDownloaded);
  const check = (): void => {
    const checkAndDownload = async (): Promise<void> => {
      const result = await updater.checkForUpdates();
      if (result?.isUpdateAvailable === true) await updater.downloadUpdate();
    };
    // An office without its server today (travel, an outage) simply has no update today; a file
    // that fails its checksum is not installed.
    checkAndDownload().catch((error: unknown) => {
      options.log(`cập nhật: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    updater.off('update-downloaded', onDownloaded);
  };
}
