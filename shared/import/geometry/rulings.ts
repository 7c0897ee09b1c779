/**
 * A page's rulings as a table sees them: horizontal and vertical segments on shared lines, the
 * pieces of one border joined (Word and Chromium draw each cell's edge on its own, and a double
 * border as two lines a point or two apart), and grouped into clusters of lines that touch: each
 * cluster with two lines each way is a table's grid.
 */
import { isHorizontal, type Ruling } from './page-geometry';

/** A horizontal segment (at `at` = y, from `from` to `to` in x) or a vertical one (at x, from/to in y). */
export interface Segment {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface RulingCluster {
  readonly horizontal: readonly Segment[];
  readonly vertical: readonly Segment[];
}

/** Borders closer than this are one line: a double border, or rounding in the drawing. */
export const SAME_LINE = 2.5;
/** How far a segment may stop short of a crossing line and still touch it. */
const TOUCH = 3;

function toSegment(rule: Ruling, horizontal: boolean): Segment {
  return horizontal
    ? { at: (rule.y1 + rule.y2) / 2, from: Math.min(rule.x1, rule.x2), to: Math.max(rule.x1, rule.x2) }
    : { at: (rule.x1 + rule.x2) / 2, from: Math.min(rule.y1, rule.y2), to: Math.max(rule.y1, rule.y2) };
}

/** Segments on (nearly) the same line and overlapping or touching become one. */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const lines: Segment[][] = [];
  for (const s of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && s.at - first.at <= SAME_LINE) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length;
    const spans = [...line].sort((a, b) => a.from - b.from);
    let current: { from: number; to: number } | null = null;
    for (const s of spans) {
      if (current !== null && s.from <= current.to + TOUCH) current.to = Math.max(current.to, s.to);
      else {
        if (current !== null) out.push({ at, ...current });
        current = { from: s.from, to: s.to };
      }
    }
    if (current !== null) out.push({ at, ...current });
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Horizontal and vertical lines grouped by contact; only clusters that can make a grid (two lines each way). */
export function rulingClusters(rules: readonly Ruling[]): RulingCluster[] {
  const horizontal = mergeSegments(rules.filter(isHorizontal).map((r) => toSegment(r, true)));
  const vertical = mergeSegments(rules.filter((r) => !isHorizontal(r)).map((r) => toSegment(r, false)));
  const parent = Array.from({ length: horizontal.length + vertical.length }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = i;
    while (parent[node] !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(horizontal.length + j);
    });
  });
  const clusters = new Map<number, { horizontal: Segment[]; vertical: Segment[] }>();
  const clusterOf = (i: number): { horizontal: Segment[]; vertical: Segment[] } => {
    const root = find(i);
    let cluster = clusters.get(root);
    if (cluster === undefined) {
      cluster = { horizontal: [], vertical: [] };
      clusters.set(root, cluster);
    }
    return cluster;
  };
  horizontal.forEach((h, i) => clusterOf(i).horizontal.push(h));
  vertical.forEach((v, j) => clusterOf(horizontal.length + j).vertical.push(v));
  return [...clusters.values()].filter((c) => c.horizontal.length >= 2 && c.vertical.length >= 2);
}

/** Positions closer than SAME_LINE merged (their mean), sorted. */
export function distinctPositions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group !== undefined && first !== undefined && v - first <= SAME_LINE) group.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** True when some segment on the line at `at` covers the middle of [from, to]. */
export function covered(segments: readonly Segment[], at: number, from: number, to: number): boolean {
  const inset = Math.min(TOUCH, (to - from) / 4);
  return segments.some((s) => Math.abs(s.at - at) <= SAME_LINE && s.from <= from + inset && s.to >= to - inset);
}
