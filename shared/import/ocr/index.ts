/**
 * Scanned plans: page images read by an OCR engine on the user's machine, placed as page geometry
 * and recognised by the same recogniser as every other source.
 */
import { geometryBlocks, type PageGeometry } from '../geometry';
import { recognisePlan, type Recognised } from '../recognise';
import type { LongImportOptions } from './cancel';
import { readScan, type OcrEngine, type ScanResult, type ScanSource } from './read-scan';

export { CANCELLED_MESSAGE, type CancelSignal, type ImportProgress, type LongImportOptions } from './cancel';
export {
  LOW_CONFIDENCE,
  MAX_SCAN_PAGES,
  type OcrEngine,
  type OcrLine,
  type ScanPage,
  type ScanSource,
  type ScannedPage,
} from './read-scan';
export type { OcrWord } from './repair-ocr';
export { grayFromRgba, toPgm, type GrayImage } from './gray-image';
export type { PageGeometry, PlacedText, Ruling } from '../geometry';

export interface ScanImport extends Recognised {
  readonly scan: ScanResult;
}

/** A page as the app shows it: the straightened scan (a PNG data URL) and what was read on it. */
export interface ScanPageView {
  readonly geometry: PageGeometry;
  readonly image: string;
}

/** An import's result with the pages it read, when it came from a scan. */
export interface ImportedDocument extends Recognised {
  readonly scan?: {
    readonly pages: readonly ScanPageView[];
    /** How the scan was read (pages left out, unsure words, why OCR): kept when the plan is recognised again. */
    readonly warnings: readonly string[];
  };
}

/**
 * Page geometry → plan. The app calls it again after the user corrects words OCR was unsure of,
 * so the plan follows the corrections without reading the scan again.
 */
export function recogniseScan(pages: readonly PageGeometry[], warnings: readonly string[] = []): Recognised {
  const result = recognisePlan(geometryBlocks(pages), 'ocr');
  result.report.warnings.unshift(...warnings);
  return result;
}

export async function importScan(source: ScanSource, engine: OcrEngine, options: LongImportOptions = {}): Promise<ScanImport> {
  const scan = await readScan(source, engine, options);
  return {
    ...recogniseScan(
      scan.pages.map((p) => p.geometry),
      scan.warnings,
    ),
    scan,
  };
}
export { judgeTextLayer, layerText, type TextLayerQuality, type TextLayerVerdict } from './text-layer-quality';
