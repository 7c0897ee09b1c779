/**
 * `kehoach-studio --cli <lệnh> …`: the command line of the installed app. A user's machine has no
 * Node and the app's RunAsNode fuse is off, so the main process runs the command itself, printing
 * PDF with Electron's own Chromium, with no window of its own and no single-instance lock, and exits
 * with the command's code. The wrappers installed in resources/bin (kehoach, kehoach.cmd) call it.
 */
import { app, session } from 'electron';
import { defaultIo, main } from '../cli';
import { endQuietlyOnClosedPipe } from '../cli/closed-pipe';
import { createElectronPrinter } from '../pdf/electron-printer';
import { installSecurity } from './security';
import { utilityReader } from './utility-job-process';

export const CLI_SWITCH = '--cli';

/** The command line's arguments when the app was started as the command line, else null. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH);
  return at < 0 ? null : argv.slice(at + 1);
}

/** `jobEntry`: the isolation process's entry beside main's bundle, which reads the received files. */
export async function runCommandLine(args: readonly string[], jobEntry: string): Promise<void> {
  endQuietlyOnClosedPipe((code) => {
    app.exit(code);
  });
  // The printer's hidden windows come and go; the last one closing must not end the command.
  app.on('window-all-closed', () => undefined);
  let code = 3;
  try {
    await app.whenReady();
    installSecurity(session.defaultSession, { devTools: false });
    const printer = createElectronPrinter();
    code = await main(args, {
      ...defaultIo(),
      // No Node child process from the app's executable (RunAsNode is off): Electron's utility process.
      received: utilityReader(jobEntry, { keepSpare: false }),
      openPrinter: () => Promise.resolve({ print: (html: string) => printer.print(html), close: () => Promise.resolve() }),
    });
  } finally {
    app.exit(code);
  }
}
