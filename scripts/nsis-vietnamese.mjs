#!/usr/bin/env node
// Gives electron-builder's NSIS messages their Vietnamese text before `npm run dist` builds the
// Windows installer. electron-builder ships most of its installer messages without Vietnamese, so a
// Vietnamese installer showed English on the install-mode page and in several prompts; the
// translations are ours (build/nsis-messages-vi.json) and are added only where a message has none.
// Usage: node scripts/nsis-vietnamese.mjs [templates-dir]
//   (default: node_modules/app-builder-lib/templates/nsis; idempotent)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const templates = resolve(process.argv[2] ?? join(root, 'node_modules/app-builder-lib/templates/nsis'));
const vietnamese = JSON.parse(readFileSync(join(root, 'build/nsis-messages-vi.json'), 'utf8'));

for (const file of ['messages.yml', 'assistedMessages.yml']) {
  const path = join(templates, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const out = [];
  let missing = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    out.push(line);
    const key = /^([A-Za-z0-9]+):\s*$/.exec(line)?.[1];
    if (key === undefined) continue;
    // The message's block: its indented lines up to the next key.
    let end = i + 1;
    while (end < lines.length && !/^[A-Za-z0-9]+:\s*$/.test(lines[end])) end++;
    const hasVietnamese = lines.slice(i + 1, end).some((l) => /^ {2}vi:/.test(l));
    const text = vietnamese[key];
    if (hasVietnamese) continue;
    if (text === undefined) {
      missing++;
      process.stderr.write(`Thiếu bản tiếng Việt của thông điệp trình cài đặt "${key}" (${file}).\n`);
      continue;
    }
    // A JSON string is a YAML double-quoted scalar.
    out.push(`  vi: ${JSON.stringify(text)}`);
  }
  if (missing > 0) process.exitCode = 1;
  writeFileSync(path, out.join('\n'));
}
