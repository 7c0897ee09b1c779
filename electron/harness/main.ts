/**
 * `npm run harness`: the renderer on http://127.0.0.1:$PORT (default 5199), backed by the app's
 * services, for the browser that opens the printed address (it carries this start's secret). Data
 * (settings, autosaves, saved files) go to $KEHOACH_HARNESS_DATA, by default a folder in the
 * system's temporary directory that survives restarts of the harness. KEHOACH_HARNESS_TEST=1 adds
 * the routes tests drive dialogs with.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RENDERER_DIR, startHarness } from './start-harness';

const port = Number(process.env.PORT ?? '5199');
const dataDir = process.env.KEHOACH_HARNESS_DATA ?? join(tmpdir(), 'kehoach-harness');
const rendererDir = process.env.KEHOACH_RENDERER_DIR ?? DEFAULT_RENDERER_DIR;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Lỗi: PORT "${process.env.PORT ?? ''}" không phải số cổng hợp lệ.\n`);
  process.exit(2);
}
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write(`Lỗi: chưa có giao diện đã dựng ở "${rendererDir}". Chạy "npm run build:renderer" trước.\n`);
  process.exit(1);
}

const harness = await startHarness({ port, dataDir, rendererDir, testMode: process.env.KEHOACH_HARNESS_TEST === '1' });
process.stdout.write(`Kế hoạch Studio (harness): ${harness.url}\nDữ liệu: ${dataDir}\n`);
const stop = (): void => {
  void harness.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
