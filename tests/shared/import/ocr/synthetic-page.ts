/**
 * Page images drawn in the test: lines of "words" (dark blocks with gaps, as print looks to a
 * profile or a run finder) and optional table rules, at a given resolution.
 */
import { grayImage, type GrayImage } from '../../../../shared/import/ocr/gray-image';

export interface DrawnRule {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export function fillRect(image: GrayImage, x: number, y: number, width: number, height: number, value = 0): void {
  for (let yy = Math.max(0, y); yy < Math.min(image.height, y + height); yy++) {
    for (let xx = Math.max(0, x); xx < Math.min(image.width, x + width); xx++) image.data[yy * image.width + xx] = value;
  }
}

/** Text-like lines: words of 4–9 letters, each letter a 2/3-dark stroke pattern, across the page. */
export function textPage(width: number, height: number, lineGap = 40, letterHeight = 18): GrayImage {
  const image = grayImage(width, height);
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let y = 80; y + letterHeight < height - 80; y += lineGap) {
    let x = 100;
    while (x < width - 200) {
      const letters = 4 + next(6);
      for (let l = 0; l < letters; l++) {
        fillRect(image, x, y + next(3), 3, letterHeight - next(5));
        fillRect(image, x + 5, y + 6, 3, letterHeight - 6);
        x += 11;
      }
      x += 14;
    }
  }
  return image;
}

/** A ruled grid: horizontal rules at `rows`, vertical at `columns`, `thickness` pixels each. */
export function drawGrid(image: GrayImage, rows: readonly number[], columns: readonly number[], thickness = 2): DrawnRule[] {
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  for (const y of rows) fillRect(image, left, y, right - left + thickness, thickness);
  for (const x of columns) fillRect(image, x, top, thickness, bottom - top + thickness);
  return [...rows.map((y) => ({ x1: left, y1: y, x2: right, y2: y })), ...columns.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }))];
}
