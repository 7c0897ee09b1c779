/** The harness cases need a Chromium to run the renderer in. */
import type { BenchContext } from '../lib/context';

export function harnessUnavailable(context: BenchContext): string | null {
  return context.tools.chromium.path === null ? `no Chromium to run the app's renderer in (${context.tools.chromium.install})` : null;
}
