/**
 * The `kehoach` process: the command line with the real services, built ahead of time to
 * out/cli/kehoach.mjs (scripts/build-electron.mjs) and started by bin/kehoach.mjs.
 */
import { defaultIo, main } from '../cli';

// A reader that stops early (`kehoach inspect … | head`) closes the pipe: the rest of the output
// has nowhere to go, which is not an error of the command.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), defaultIo());
