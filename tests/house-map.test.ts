/**
 * The map of the house (lint/layers.js) is the one place the layers are written: the README's map
 * is printed from it, and its order is the order of the layers, so no cycle can be written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../lint/layers.js';
import { withHouseMap } from '../scripts/house-map.mjs';

describe('the map of the house', () => {
  it('is printed in the README as lint/layers.js has it (node scripts/house-map.mjs)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withHouseMap(readme)).toBe(readme);
  });

  it('lets each folder import only folders listed before it', () => {
    const backwards = LAYERS.flatMap((layer, i) =>
      layer.imports
        .filter((name) => name !== 'shared/*' && !LAYERS.slice(0, i).some((earlier) => earlier.folder === name))
        .map((name) => `${layer.folder} → ${name}`),
    );
    expect(backwards).toEqual([]);
  });

  it('lets shared/ use no package of Node, Electron or React', () => {
    const forbidden = /^(node:|electron|react|slate-react|slate-dom)/;
    const leaks = LAYERS.filter((l) => l.folder.startsWith('shared/')).flatMap((l) => l.packages.filter((p) => forbidden.test(p)));
    expect(leaks).toEqual([]);
  });
});
