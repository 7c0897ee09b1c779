/**
 * Every benchmark case of issue 9, in the order the runner measures them. A new case is one more
 * module in this folder and one more entry here.
 */
import type { BenchCase } from './case';
import { checkCase } from './check';
import { cloneCase } from './clone';
import { coverageCase } from './coverage';
import { docxExport } from './docx-export';
import { htmlRender } from './html-render';
import { importDocxCase } from './import-docx';
import { importTextCase } from './import-text';
import { pdfExport } from './pdf-export';
import { loadCase, saveCase } from './plan-file';

export const CASES: readonly BenchCase[] = [
  docxExport,
  htmlRender,
  pdfExport,
  importDocxCase,
  importTextCase,
  cloneCase,
  coverageCase,
  checkCase,
  loadCase,
  saveCase,
];

/**
 * Cases measured in the app's test harness (the renderer in Chromium), not written yet: the runner
 * lists them as not available. Each becomes a module above, and leaves this list, when it is.
 */
export const HARNESS_CASES: readonly { readonly name: string; readonly measures: string }[] = [
  { name: 'editable', measures: 'time until the large plan is editable' },
  { name: 'keystroke-section', measures: '200 keystrokes in a section: handling median/p95 and next-frame p95' },
  { name: 'keystroke-grid', measures: '200 keystrokes in a grid cell: handling median/p95 and next-frame p95' },
  { name: 'renderer-heap', measures: "the renderer's JS heap after load" },
];
