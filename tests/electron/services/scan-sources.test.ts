/**
 * A black-and-white office scan (1 bit, CCITT G4 TIFF, made here by ImageMagick) as OCR gets it:
 * decoded by utif2 with ink dark, its rules found and wiped, and the letters of a bold capital
 * title left whole (their touching serifs once made a "rule" that cut "TIÊU" into "1LIÊU").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageScanSource } from '../../../electron/services/ocr/scan-sources';
import { findRulings } from '../../../shared/import/ocr/find-rulings';
import { otsuThreshold, type GrayImage } from '../../../shared/import/ocr/gray-image';

const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf';
const CAN_DRAW = (() => {
  try {
    execFileSync('which', ['convert']);
    readFileSync(FONT);
    return true;
  } catch {
    return process.env.CI === 'true';
  }
})();

/** A strip as wide as A4 is long, so read as 300 dpi: two bold section titles at 14 pt, and a rule under them. */
function g4Page(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-g4-'));
  try {
    const file = join(dir, 'scan.tif');
    execFileSync('convert', [
      ...['-density', '300', '-size', '3508x1200', 'xc:white', '-font', FONT, '-pointsize', '14', '-fill', 'black'],
      ...['-annotate', '+300+600', 'II. MỤC TIÊU', '-annotate', '+300+800', 'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM'],
      ...['-draw', 'rectangle 300,1000 1500,1003'],
      ...['-threshold', '55%', '-type', 'bilevel', '-compress', 'Group4', file],
    ]);
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inkIn(image: GrayImage, top: number, bottom: number): number {
  let ink = 0;
  for (let i = top * image.width; i < bottom * image.width; i++) if ((image.data[i] ?? 255) < 128) ink++;
  return ink;
}

describe.runIf(CAN_DRAW)('a CCITT G4 TIFF scan', () => {
  it('decodes with ink dark, finds its rule and leaves the bold titles whole', async () => {
    const { image, dpi } = await imageScanSource(g4Page()).renderPage(1);
    expect(Math.round(dpi)).toBe(300);
    // Paper white: the min-is-white page is not read inverted.
    expect(inkIn(image, 0, image.height)).toBeLessThan(image.width * image.height * 0.01);
    const titles = inkIn(image, 500, 850);
    expect(titles).toBeGreaterThan(5000);
    const { rulings, cleaned } = findRulings(image, otsuThreshold(image), dpi);
    expect(rulings.map((r) => [r.x1, Math.round(r.y1), r.x2])).toEqual([[300, 1002, 1500]]);
    expect(inkIn(cleaned, 500, 850)).toBe(titles);
    expect(inkIn(cleaned, 990, 1010)).toBe(0);
  });
});
