/**
 * Every benchmark case (issue 9, and the tracking cases of issue 19), in the order the runner measures them. A new case is one more
 * module in this folder and one more entry here.
 */
import { agencyProvinceCase } from './agency-province';
import type { BenchCase } from './case';
import { checkCase } from './check';
import { cliImport, cliStart } from './cli-process';
import { cloneCase } from './clone';
import { compareCase } from './compare';
import { coverageCase } from './coverage';
import { docxExport } from './docx-export';
import { editableCase } from './editable';
import { findCase } from './find';
import { htmlRender } from './html-render';
import { importDocxCase } from './import-docx';
import { importDocxModelCase } from './import-docx-model';
import { importTextCase } from './import-text';
import { keystrokeGrid } from './keystroke-grid';
import { keystrokeSection } from './keystroke-section';
import { pdfExport } from './pdf-export';
import { ocrScan } from './ocr-scan';
import { loadCase, saveCase } from './plan-file';
import { saveCheckCase } from './save-check';
import { saveHistoryCase } from './save-history';
import { trackMatrixCase, trackOpenCase, trackReopenCase } from './track';

export const CASES: readonly BenchCase[] = [
  docxExport,
  htmlRender,
  pdfExport,
  importDocxCase,
  importDocxModelCase,
  importTextCase,
  cloneCase,
  coverageCase,
  checkCase,
  loadCase,
  saveCase,
  saveHistoryCase,
  saveCheckCase,
  findCase,
  agencyProvinceCase,
  compareCase,
  editableCase,
  keystrokeSection,
  keystrokeGrid,
  ocrScan,
  cliStart,
  cliImport,
  trackOpenCase,
  trackReopenCase,
  trackMatrixCase,
];
