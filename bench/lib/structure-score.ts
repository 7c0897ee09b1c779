/**
 * How much of a plan's structure an import found, as a careful reader counts it: for each section
 * and each numbered item, one point for being there (its number at its place in the tree) and one
 * for its title; for each appendix, one point for being there, one per column title, one for its
 * group count and one for its row count (both exact); one each for the signer's authority,
 * position and name, and one for the number of nơi nhận lines (exact). Texts match when they agree
 * after folding case, marks and spacing on 80 % of their characters (a word or two misread by
 * OCR). Extra sections, items, appendices and columns count against the score.
 *
 *   score = points found / (points expected + extra parts found)
 */
import { isSimilar, foldText } from '../../shared/import/normalize/clean-text';
import type { OutlineNode, PlanSummary } from '../../shared/inspect';

export interface StructureScore {
  readonly score: number;
  readonly found: number;
  readonly expected: number;
  readonly extra: number;
  /** What was expected and not found, for the report. */
  readonly missing: readonly string[];
}

const TITLE_MATCH = 0.8;

function sameText(a: string, b: string): boolean {
  return isSimilar(foldText(a), foldText(b), TITLE_MATCH);
}

interface Tally {
  found: number;
  expected: number;
  extra: number;
  missing: string[];
}

function check(tally: Tally, ok: boolean, what: string): void {
  tally.expected++;
  if (ok) tally.found++;
  else tally.missing.push(what);
}

function outline(tally: Tally, want: readonly OutlineNode[], got: readonly OutlineNode[], where: string): void {
  const used = new Set<OutlineNode>();
  for (const node of want) {
    const match = got.find((g) => !used.has(g) && g.number === node.number);
    const label = `${where}${node.number}`;
    check(tally, match !== undefined, label);
    check(tally, match !== undefined && sameText(match.title, node.title), `${label} ${node.title.slice(0, 60)}`);
    if (match !== undefined) used.add(match);
    outline(tally, node.children, match?.children ?? [], `${label}.`);
  }
  // An extra part costs what a missing one would (its place and its title).
  const countAll = (nodes: readonly OutlineNode[]): number => nodes.reduce((n, c) => n + 2 + countAll(c.children), 0);
  tally.extra += countAll(got.filter((g) => !used.has(g)));
}

export function structureScore(expected: PlanSummary, actual: PlanSummary): StructureScore {
  const tally: Tally = { found: 0, expected: 0, extra: 0, missing: [] };
  outline(tally, expected.sections, actual.sections, '');
  expected.appendices.forEach((want, i) => {
    const got = actual.appendices[i];
    const label = `Phụ lục ${want.number || String(i + 1)}`;
    check(tally, got !== undefined, label);
    const columns = got?.columns ?? [];
    want.columns.forEach((column, c) => {
      check(tally, columns[c] !== undefined && sameText(columns[c] ?? '', column), `${label}, cột ${column}`);
    });
    tally.extra += Math.max(0, columns.length - want.columns.length);
    check(tally, got?.groups === want.groups, `${label}: ${String(want.groups)} dòng nhóm (đọc được ${String(got?.groups ?? 0)})`);
    check(tally, got?.rows === want.rows, `${label}: ${String(want.rows)} dòng (đọc được ${String(got?.rows ?? 0)})`);
  });
  tally.extra += Math.max(0, actual.appendices.length - expected.appendices.length);
  for (const part of ['authority', 'position', 'name'] as const) {
    const want = expected.signer[part];
    if (want !== '') check(tally, sameText(actual.signer[part], want), `người ký (${part}): ${want}`);
  }
  check(
    tally,
    actual.recipients === expected.recipients,
    `${String(expected.recipients)} dòng nơi nhận (đọc được ${String(actual.recipients)})`,
  );
  const denominator = tally.expected + tally.extra;
  return {
    score: denominator === 0 ? 1 : tally.found / denominator,
    found: tally.found,
    expected: tally.expected,
    extra: tally.extra,
    missing: tally.missing,
  };
}
