/**
 * Placed words → text lines, cells parted by tabs where a vertical rule or a wide gap falls between
 * two words: the PDF text reader's reading, used for scans only until the shared geometry builder
 * (geometryBlocks) lands and replaces it.
 */
import type { PageGeometry, PlacedText } from './page-geometry';

export interface PlacedLine {
  readonly page: number;
  readonly line: number;
  readonly text: string;
}

function ruledBetween(page: PageGeometry, left: PlacedText, right: PlacedText): boolean {
  const from = left.x + left.width;
  const to = right.x;
  const top = Math.min(left.y, right.y);
  const bottom = Math.max(left.y + left.height, right.y + right.height);
  return page.rules.some((r) => {
    if (Math.abs(r.x2 - r.x1) > Math.abs(r.y2 - r.y1)) return false;
    return r.x1 > from - 1 && r.x1 < to + 1 && Math.min(r.y1, r.y2) <= bottom && Math.max(r.y1, r.y2) >= top;
  });
}

export function interimLines(pages: readonly PageGeometry[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  for (const page of pages) {
    const sorted = [...page.texts].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
    const rows: PlacedText[][] = [];
    for (const word of sorted) {
      const row = rows[rows.length - 1];
      const anchor = row?.[0];
      const middle = word.y + word.height / 2;
      if (row !== undefined && anchor !== undefined && middle < anchor.y + anchor.height) row.push(word);
      else rows.push([word]);
    }
    rows.forEach((row, index) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let previous: PlacedText | null = null;
      for (const word of row) {
        if (previous !== null) {
          const gap = word.x - (previous.x + previous.width);
          text += gap > word.fontSize * 1.6 || ruledBetween(page, previous, word) ? '\t' : ' ';
        }
        text += word.text;
        previous = word;
      }
      out.push({ page: page.page, line: index + 1, text });
    });
  }
  return out;
}
