/**
 * The text of a printed PDF as one searchable string, to find where a block or row of the plan
 * landed. Text is compared without spaces or case: lines break differently in print, justified
 * text is drawn without space characters, and headings are printed in capitals.
 */

/** One run of text as pdf.js extracts it, with where it starts on its page. */
export interface PageTextItem {
  readonly text: string;
  /** Top of the run, as a fraction of the page height (0 at the top edge). */
  readonly top: number;
}

/** Where a piece of text is in the PDF. */
export interface TextHit {
  /** 0-based page index. */
  readonly page: number;
  readonly top: number;
}

/** NFC, lower case, no white space (nor the zero-width characters an editor may hold). */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '');
}

/** The last of `count` ascending keys at or before `value` (its index), or -1 when none is. */
export function lastAtOrBefore(count: number, value: number, key: (index: number) => number): number {
  if (count === 0 || key(0) > value) return -1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (key(mid) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Runs of one line whose tops differ by less than this (a fraction of the page height, ~1 pt). */
const SAME_LINE = 0.0015;

export class PdfTextIndex {
  /** Offsets into `text` where each item starts, ascending, and where that item is. */
  private readonly starts: number[] = [];
  private readonly hits: TextHit[] = [];
  readonly text: string;
  readonly pageCount: number;

  constructor(pages: readonly (readonly PageTextItem[])[]) {
    const parts: string[] = [];
    let length = 0;
    pages.forEach((items, page) => {
      for (const item of items) {
        const text = normalizeForMatch(item.text);
        if (text === '') continue;
        this.starts.push(length);
        this.hits.push({ page, top: item.top });
        parts.push(text);
        length += text.length;
      }
    });
    this.text = parts.join('');
    this.pageCount = pages.length;
  }

  /** The first offset at or after `from` (and before `until`, if given) where `needle` occurs, or -1. */
  find(needle: string, from: number, until = Infinity): number {
    if (needle === '') return -1;
    const at = this.text.indexOf(needle, from);
    return at < 0 || at > until ? -1 : at;
  }

  /** The page and line of the item that holds `offset`. */
  hitAt(offset: number): TextHit | null {
    if (offset < 0) return null;
    return this.hits[lastAtOrBefore(this.starts.length, offset, (i) => this.starts[i] ?? 0)] ?? null;
  }

  /**
   * The last offset of the line a click on a page falls on (the runs starting level with the last
   * run above the point, or with the page's first run for a click above all text), so that a part
   * starting anywhere on that line counts as clicked; -1 for a page without text. A table row's
   * line holds several runs (its number, then each cell), and any of them may come first.
   */
  lineAt(page: number, top: number): number {
    let lineTop = Infinity;
    let highest = Infinity;
    for (const hit of this.hits) {
      if (hit.page !== page) continue;
      highest = Math.min(highest, hit.top);
      if (hit.top <= top && (lineTop === Infinity || hit.top > lineTop)) lineTop = hit.top;
    }
    if (lineTop === Infinity) lineTop = highest;
    let last = -1;
    this.hits.forEach((hit, i) => {
      if (hit.page === page && Math.abs(hit.top - lineTop) <= SAME_LINE)
        last = Math.max(last, (this.starts[i + 1] ?? this.text.length) - 1);
    });
    return last;
  }
}
