/**
 * Two versions of an ordered list (the body's headings and paragraphs, an appendix's rows)
 * matched item by item: by id first (versions of one plan keep their ids), then by identical
 * wording, then by the closest wording; what is left was added or removed. Matched items out of
 * their old order (not on the longest run kept in order) were moved. The merged sequence puts
 * every item of both versions in one reading order, as a redline shows them.
 */
import { dice } from '../model';
import { wordSet } from './word-diff';

export interface AlignUnit {
  /** Kind and id ("s:…" a section heading, "b:…" a block, "r:…" a row): only like kinds match. */
  readonly kind: string;
  readonly id: string;
  /** The text compared for identity and likeness. */
  readonly text: string;
}

export type MergedEntry =
  | { readonly kind: 'kept'; readonly oldIndex: number; readonly newIndex: number }
  | { readonly kind: 'added'; readonly newIndex: number }
  | { readonly kind: 'removed'; readonly oldIndex: number }
  /** A moved item at its old place (shown deleted) … */
  | { readonly kind: 'moved-from'; readonly oldIndex: number; readonly newIndex: number }
  /** … and at its new place (shown inserted). */
  | { readonly kind: 'moved-to'; readonly oldIndex: number; readonly newIndex: number };

export interface Alignment {
  /** For each new item, the index of its old version, or -1 when it was added. */
  readonly oldOf: readonly number[];
  /** For each old item, the index of its new version, or -1 when it was removed. */
  readonly newOf: readonly number[];
  /** New indices of the items that moved. */
  readonly moved: ReadonlySet<number>;
  readonly merged: readonly MergedEntry[];
}

/** Wording overlap above which two unmatched items are taken as one item reworded. */
const SAME_ITEM = 0.5;
/** Beyond this many candidate pairs, likeness is sought only near the item's relative position. */
const ALL_PAIRS_LIMIT = 40_000;
const WINDOW = 60;

function normalised(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function matchByKey(
  oldUnits: readonly AlignUnit[],
  newUnits: readonly AlignUnit[],
  oldOf: number[],
  newOf: number[],
  key: (u: AlignUnit) => string,
): void {
  const waiting = new Map<string, number[]>();
  oldUnits.forEach((unit, i) => {
    if (newOf[i] !== -1) return;
    const k = key(unit);
    const list = waiting.get(k);
    if (list === undefined) waiting.set(k, [i]);
    else list.push(i);
  });
  newUnits.forEach((unit, j) => {
    if (oldOf[j] !== -1) return;
    const i = waiting.get(key(unit))?.shift();
    if (i === undefined) return;
    oldOf[j] = i;
    newOf[i] = j;
  });
}

function matchByLikeness(oldUnits: readonly AlignUnit[], newUnits: readonly AlignUnit[], oldOf: number[], newOf: number[]): void {
  const oldLeft = oldUnits.map((_, i) => i).filter((i) => newOf[i] === -1);
  const newLeft = newUnits.map((_, j) => j).filter((j) => oldOf[j] === -1);
  if (oldLeft.length === 0 || newLeft.length === 0) return;
  const oldWords = new Map(oldLeft.map((i) => [i, wordSet(oldUnits[i]?.text ?? '')]));
  const nearOnly = oldLeft.length * newLeft.length > ALL_PAIRS_LIMIT;
  const pairs: { i: number; j: number; score: number }[] = [];
  newLeft.forEach((j, nj) => {
    const unit = newUnits[j];
    if (unit === undefined) return;
    const words = wordSet(unit.text);
    const centre = Math.round((nj / newLeft.length) * oldLeft.length);
    const candidates = nearOnly ? oldLeft.slice(Math.max(0, centre - WINDOW), centre + WINDOW) : oldLeft;
    for (const i of candidates) {
      if (oldUnits[i]?.kind !== unit.kind) continue;
      const score = dice(oldWords.get(i) ?? new Set(), words);
      if (score >= SAME_ITEM) pairs.push({ i, j, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.j - b.j);
  for (const { i, j } of pairs) {
    if (newOf[i] !== -1 || oldOf[j] !== -1) continue;
    oldOf[j] = i;
    newOf[i] = j;
  }
}

/** New indices of matched items on a longest run that keeps the old order (patience-style LIS). */
function keptInOrder(oldOf: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(oldOf.length).fill(-1);
  oldOf.forEach((i, j) => {
    if (i === -1) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((oldOf[tails[mid] ?? 0] ?? 0) < i) lo = mid + 1;
      else hi = mid;
    }
    previous[j] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = j;
  });
  const kept = new Set<number>();
  for (let j = tails[tails.length - 1] ?? -1; j !== -1; j = previous[j] ?? -1) kept.add(j);
  return kept;
}

function merge(oldOf: readonly number[], newOf: readonly number[], kept: ReadonlySet<number>): MergedEntry[] {
  const merged: MergedEntry[] = [];
  let i = 0;
  let j = 0;
  const oldKept = (index: number): boolean => kept.has(newOf[index] ?? -1);
  while (i < newOf.length || j < oldOf.length) {
    // Old items before the next kept pair: removed, or moved away from here.
    while (i < newOf.length && !oldKept(i)) {
      const to = newOf[i] ?? -1;
      merged.push(to === -1 ? { kind: 'removed', oldIndex: i } : { kind: 'moved-from', oldIndex: i, newIndex: to });
      i++;
    }
    while (j < oldOf.length && !kept.has(j)) {
      const from = oldOf[j] ?? -1;
      merged.push(from === -1 ? { kind: 'added', newIndex: j } : { kind: 'moved-to', oldIndex: from, newIndex: j });
      j++;
    }
    if (i < newOf.length && j < oldOf.length) {
      merged.push({ kind: 'kept', oldIndex: i, newIndex: j });
      i++;
      j++;
    }
  }
  return merged;
}

/**
 * `sameIds`: the two lists come from versions of one plan, whose ids name the same things; ids of
 * unrelated plans (one read back from a DOCX's content) may collide ("s1") and are not used.
 */
export function align(oldUnits: readonly AlignUnit[], newUnits: readonly AlignUnit[], sameIds = true): Alignment {
  const oldOf = new Array<number>(newUnits.length).fill(-1);
  const newOf = new Array<number>(oldUnits.length).fill(-1);
  if (sameIds) matchByKey(oldUnits, newUnits, oldOf, newOf, (u) => `${u.kind}:${u.id}`);
  matchByKey(oldUnits, newUnits, oldOf, newOf, (u) => `${u.kind}:${normalised(u.text)}`);
  matchByLikeness(oldUnits, newUnits, oldOf, newOf);
  const kept = keptInOrder(oldOf);
  const moved = new Set(oldOf.map((i, j) => (i !== -1 && !kept.has(j) ? j : -1)).filter((j) => j !== -1));
  return { oldOf, newOf, moved, merged: merge(oldOf, newOf, kept) };
}
