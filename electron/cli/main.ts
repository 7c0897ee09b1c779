/**
 * The `kehoach` process: the command line with the real services, built ahead of time to
 * out/cli/kehoach.mjs (scripts/build-electron.mjs) and started by bin/kehoach.mjs.
 */
import { defaultIo, main } from '../cli';
import { endQuietlyOnClosedPipe } from './closed-pipe';

endQuietlyOnClosedPipe((code) => process.exit(code));
process.exitCode = await main(process.argv.slice(2), defaultIo());
