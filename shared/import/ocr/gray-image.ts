/**
 * A page image as the OCR pipeline sees it: one byte of grey per pixel (0 black, 255 white),
 * rows top to bottom. Pure, so deskew and grid finding run the same in Node, a worker or a test.
 */

export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export function grayImage(width: number, height: number, fill = 255): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(fill) };
}

/** RGBA pixels (a canvas's ImageData) → grey by luma; transparent pixels count as white paper. */
export function grayFromRgba(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const alpha = (rgba[p + 3] ?? 255) / 255;
    const luma = 0.299 * (rgba[p] ?? 255) + 0.587 * (rgba[p + 1] ?? 255) + 0.114 * (rgba[p + 2] ?? 255);
    data[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/**
 * Otsu's threshold: the grey level that best splits ink (this level and darker) from paper. Scans differ in paper tone and
 * contrast, so a fixed level would lose faint print or keep the paper's grain.
 */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const value of image.data) histogram[value] = (histogram[value] ?? 0) + 1;
  const total = image.data.length;
  let sum = 0;
  for (let level = 0; level < 256; level++) sum += level * (histogram[level] ?? 0);
  let below = 0;
  let belowSum = 0;
  let best = 128;
  let bestVariance = -1;
  for (let level = 0; level < 256; level++) {
    below += histogram[level] ?? 0;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    belowSum += level * (histogram[level] ?? 0);
    const meanBelow = belowSum / below;
    const meanAbove = (sum - belowSum) / above;
    const variance = below * above * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = level;
    }
  }
  return best;
}

/** The pixels of a rectangle (clamped to the image), as an image of its own. */
export function cropGray(image: GrayImage, x0: number, y0: number, x1: number, y1: number): GrayImage {
  const left = Math.max(0, Math.min(image.width, Math.round(x0)));
  const top = Math.max(0, Math.min(image.height, Math.round(y0)));
  const width = Math.max(0, Math.min(image.width, Math.round(x1)) - left);
  const height = Math.max(0, Math.min(image.height, Math.round(y1)) - top);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const from = (top + y) * image.width + left;
    data.set(image.data.subarray(from, from + width), y * width);
  }
  return { width, height, data };
}

/** A smaller copy by averaging `factor` × `factor` blocks (for measuring, never for reading). */
export function shrinkGray(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.max(1, Math.floor(image.width / factor));
  const height = Math.max(1, Math.floor(image.height / factor));
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx] ?? 255;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, data };
}

/** The image as a binary PGM (P5): the simplest format Leptonica reads, with no encoding cost. */
export function toPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${String(image.width)} ${String(image.height)}\n255\n`);
  const bytes = new Uint8Array(header.length + image.data.length);
  bytes.set(header);
  bytes.set(image.data, header.length);
  return bytes;
}
