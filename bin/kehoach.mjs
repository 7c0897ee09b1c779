#!/usr/bin/env node
// `kehoach`: the command line built ahead of time into out/cli/ by `npm ci` (the "prepare" script)
// or `npm run build`, so that nothing is compiled when it starts.
import { existsSync } from 'node:fs';

const cli = new URL('../out/cli/kehoach.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('Lỗi: dòng lệnh chưa được dựng; hãy chạy "npm run build:electron" trong thư mục dự án.\n');
  process.exit(2);
}
await import(cli.href);
