/**
 * Measures of the running text that paragraph rebuilding needs: where full lines start and end
 * on a page (its text area), the size of the body text, and the usual distance between lines of
 * one paragraph at each size.
 */
import type { PageGeometry } from './page-geometry';
import type { TextLine } from './text-lines';

export interface Area {
  readonly left: number;
  readonly right: number;
  /** Points a centred line may stand off the middle beyond the usual: see GeometryOptions. */
  readonly centreSlack?: number;
}

/** The value below which `share` of the sorted values lie. */
function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(share * (sorted.length - 1))))] ?? 0;
}

/** The size most characters have. */
export function bodySize(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const chars = line.items.reduce((n, t) => n + t.text.length, 0);
    weight.set(line.fontSize, (weight.get(line.fontSize) ?? 0) + chars);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** Lines long enough to be full lines of running text (not headings, not the last line of a paragraph). */
function longLines(lines: readonly TextLine[], width: number): TextLine[] {
  return lines.filter((l) => l.right - l.left >= width * 0.45);
}

/**
 * Where the running text of a page starts and ends: from its long lines, or from the long lines
 * of every page of the same width when this page has too few (an appendix page, a short last page).
 */
export function textArea(lines: readonly TextLine[], page: PageGeometry, allLines: readonly TextLine[]): Area {
  let long = longLines(lines, page.width);
  if (long.length < 4) {
    const sameWidth = allLines.filter((l) => l.page !== page.page);
    const others = longLines(sameWidth, page.width).filter((l) => l.right <= page.width);
    if (others.length > long.length) long = [...long, ...others];
  }
  if (long.length === 0) {
    if (lines.length === 0) return { left: page.width * 0.1, right: page.width * 0.9 };
    return { left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)) };
  }
  const lefts = long.map((l) => l.left).sort((a, b) => a - b);
  const rights = long.map((l) => l.right).sort((a, b) => a - b);
  return { left: quantile(lefts, 0.1), right: quantile(rights, 0.9) };
}

/**
 * The usual distance between the tops of two following lines of the same size, per size (0 when
 * unseen). A size measured once is no measure while a near size was measured more often: OCR's
 * sizes wander by a point from line to line, and a speck's line under the header gave the one
 * gap of its size, a third of the body's, so a wrapped body line read at that size was taken for
 * a new paragraph.
 */
export function lineSpacing(lines: readonly TextLine[]): (size: number) => number {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a === undefined || b === undefined || a.page !== b.page || Math.abs(a.fontSize - b.fontSize) > 0.5) continue;
    const distance = b.top - a.top;
    if (distance < b.fontSize * 0.8 || distance > b.fontSize * 2.5) continue;
    const list = gaps.get(b.fontSize) ?? [];
    list.push(distance);
    gaps.set(b.fontSize, list);
  }
  const measured = [...gaps].map(([size, list]) => ({
    size,
    count: list.length,
    median: quantile(
      [...list].sort((x, y) => x - y),
      0.5,
    ),
  }));
  return (size) => {
    const near = measured.filter((m) => Math.abs(m.size - size) <= size * 0.15);
    const trusted = near.some((m) => m.count > 1) ? near.filter((m) => m.count > 1) : near;
    let best = 0;
    let bestDistance = Infinity;
    for (const m of trusted) {
      if (Math.abs(m.size - size) < bestDistance) {
        best = m.median;
        bestDistance = Math.abs(m.size - size);
      }
    }
    return best;
  };
}
