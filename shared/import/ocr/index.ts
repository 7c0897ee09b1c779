/**
 * Scanned plans: page images read by an OCR engine on the user's machine, placed as page geometry
 * and recognised by the same recogniser as every other source.
 */
import { recognisePlan, type Recognised } from '../recognise';
import { readTextBlocks } from '../text/read-text';
import type { LongImportOptions } from './cancel';
import { interimLines } from './interim-lines';
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
export type { PageGeometry, PlacedText, Ruling } from './page-geometry';

export interface ScanImport extends Recognised {
  readonly scan: ScanResult;
}

export async function importScan(source: ScanSource, engine: OcrEngine, options: LongImportOptions = {}): Promise<ScanImport> {
  const scan = await readScan(source, engine, options);
  const lines = interimLines(scan.pages.map((p) => p.geometry));
  const blocks = readTextBlocks(lines.map((l) => l.text).join('\n'), {
    describe: (i) => {
      const line = lines[i];
      return line === undefined ? `dòng ${String(i + 1)}` : `trang ${String(line.page)}, dòng ${String(line.line)}`;
    },
  });
  const result = recognisePlan(blocks, 'ocr');
  result.report.warnings.unshift(...scan.warnings);
  return { ...result, scan };
}
export { judgeTextLayer, type TextLayerQuality, type TextLayerVerdict } from './text-layer-quality';
