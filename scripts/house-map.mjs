/**
 * The README's map of the house, printed from lint/layers.js so that it cannot drift:
 * `node scripts/house-map.mjs` writes it between the README's markers; the tests compare.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LAYERS } from '../lint/layers.js';

const START = '<!-- house-map: printed by scripts/house-map.mjs from lint/layers.js -->';
const END = '<!-- /house-map -->';

const list = (items) => (items.length === 0 ? '—' : items.map((i) => `\`${i}\``).join(', '));

/** The map as a Markdown table: folder, what it is for, what it may import. */
function houseMap() {
  const rows = LAYERS.map((l) => `| \`${l.folder}/\` | ${l.purpose} | ${list(l.imports)} | ${list(l.packages)} |`);
  return ['| Folder | What it is for | May import | Packages |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with its map section replaced by the current map. */
export function withHouseMap(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${houseMap()}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../README.md', import.meta.url);
  writeFileSync(path, withHouseMap(readFileSync(path, 'utf8')));
}
