/**
 * A reader that stops early (`kehoach inspect … | head`) closes the pipe: the rest of the output
 * has nowhere to go, which is not an error of the command, so the process ends quietly.
 */
export function endQuietlyOnClosedPipe(exit: (code: number) => void): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}
