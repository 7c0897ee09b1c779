/**
 * Deskew: a page fed a little crooked into the scanner has sloping lines, which OCR reads worse
 * and which break the long straight runs the grid finder looks for. The slope is found by the
 * projection-profile method (the angle at which the ink's row histogram is sharpest: text lines
 * and rulings then fall into few rows), and the page is turned back by it.
 */
import { otsuThreshold, shrinkGray, type GrayImage } from './gray-image';

/** Scanner skew beyond this is a page laid on its side or a photograph, not something to straighten. */
export const MAX_SKEW_DEGREES = 3;
/** A turn smaller than this moves no pixel across a line of text: not worth resampling the page. */
const NEGLIGIBLE_DEGREES = 0.04;
/** Measuring on about this many pixels across is enough for 0.02° and keeps it cheap. */
const MEASURE_WIDTH = 1400;
const MAX_POINTS = 250_000;

interface InkPoints {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly height: number;
}

function inkPoints(image: GrayImage): InkPoints {
  const threshold = otsuThreshold(image);
  let count = 0;
  for (const value of image.data) if (value <= threshold) count++;
  const stride = Math.max(1, Math.ceil(count / MAX_POINTS));
  const xs: number[] = [];
  const ys: number[] = [];
  let seen = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((image.data[y * image.width + x] ?? 255) > threshold) continue;
      if (seen++ % stride === 0) {
        xs.push(x - image.width / 2);
        ys.push(y);
      }
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), height: image.height };
}

/** How sharply the ink falls into rows when lines slope by `degrees` (sum of squared row counts). */
function sharpness(points: InkPoints, degrees: number, rows: Float64Array): number {
  rows.fill(0);
  const slope = Math.tan((degrees * Math.PI) / 180);
  // Rows has room for the page's height plus its width: a slope of a few degrees moves ink by a
  // fraction of the width, so half the width above the page is always enough.
  const offset = (rows.length - points.height) / 2;
  for (let i = 0; i < points.xs.length; i++) {
    const row = Math.round((points.ys[i] ?? 0) - (points.xs[i] ?? 0) * slope + offset);
    if (row >= 0 && row < rows.length) rows[row] = (rows[row] ?? 0) + 1;
  }
  let score = 0;
  for (const count of rows) score += count * count;
  return score;
}

/** The slope of the page's lines in degrees (positive: lines go down to the right), 0 when unsure. */
export function estimateSkew(image: GrayImage): number {
  const factor = Math.max(1, Math.floor(image.width / MEASURE_WIDTH));
  const small = shrinkGray(image, factor);
  const points = inkPoints(small);
  if (points.xs.length < 200) return 0;
  const rows = new Float64Array(small.height + small.width);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number): void => {
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const score = sharpness(points, degrees, rows);
      if (score > bestScore) {
        bestScore = score;
        best = degrees;
      }
    }
  };
  search(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.25);
  const coarse = best;
  search(coarse - 0.25, coarse + 0.25, 0.02);
  // An unchanged profile at every angle (a blank page, a photograph) says nothing about a slope.
  const flat = sharpness(points, 0, rows);
  if (bestScore <= flat * 1.0005) return 0;
  return Math.round(best * 100) / 100;
}

/** The page turned so that lines sloping by `degrees` become level; uncovered corners are white. */
export function rotateGray(image: GrayImage, degrees: number): GrayImage {
  if (Math.abs(degrees) < NEGLIGIBLE_DEGREES) return image;
  const { width, height, data } = image;
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const oy = y - cy;
    for (let x = 0; x < width; x++) {
      const ox = x - cx;
      const sx = ox * cos - oy * sin + cx;
      const sy = ox * sin + oy * cos + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (data[i] ?? 255) * (1 - fx) + (data[i + 1] ?? 255) * fx;
      const bottom = (data[i + width] ?? 255) * (1 - fx) + (data[i + width + 1] ?? 255) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}
