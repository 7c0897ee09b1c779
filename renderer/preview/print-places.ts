/**
 * Where each part of the plan landed in the printed PDF, found from the PDF's own text: the plan
 * is walked in print order (preamble, then each section's heading and blocks, then each appendix's
 * heading and rows) and the start of each part's text is searched after the part before it. A part
 * whose text is not in the PDF (typed since it was printed) takes the place of the last part found
 * before it, so a new paragraph maps to the one above it, a new row to the row above, and an
 * unprinted section to its heading.
 */
import {
  cellOf,
  cellText,
  createCrossRefResolver,
  inlineText,
  sectionLabel,
  type Appendix,
  type Block,
  type PlanDocument,
} from '../../shared/model';
import { PREAMBLE_ID } from '../state/focus';
import { lastAtOrBefore, normalizeForMatch, type PdfTextIndex, type TextHit } from './text-index';

export type PrintPlace =
  | { readonly kind: 'heading'; readonly containerId: string }
  | { readonly kind: 'block'; readonly containerId: string; readonly index: number }
  | { readonly kind: 'appendix'; readonly appendixId: string }
  | { readonly kind: 'row'; readonly appendixId: string; readonly rowId: string };

export function placeKey(place: PrintPlace): string {
  switch (place.kind) {
    case 'heading':
      return `h\n${place.containerId}`;
    case 'block':
      return `b\n${place.containerId}\n${place.index}`;
    case 'appendix':
      return `a\n${place.appendixId}`;
    case 'row':
      return `r\n${place.appendixId}\n${place.rowId}`;
  }
}

/** Enough of a part's text to tell it from its neighbours. */
const NEEDLE_LENGTH = 40;
/** Shorter texts ("Năm 2026") would match too much. */
const MIN_NEEDLE = 4;
/**
 * How far after the part before it a block or row may be: about a page of text, plus the length
 * of the parts not found in between (they are printed, in an older version, in that gap).
 */
const WINDOW = 4000;

interface Step {
  readonly place: PrintPlace;
  readonly needle: string;
  /** The length of the part's whole text, to widen the window when it is not found. */
  readonly length: number;
  /** Headings are searched to the end: the signature and recipients may come before them. */
  readonly bounded: boolean;
}

function step(place: PrintPlace, text: string, bounded: boolean): Step {
  const normal = normalizeForMatch(text);
  const needle = normal.length >= MIN_NEEDLE ? normal.slice(0, NEEDLE_LENGTH) : '';
  return { place, needle, length: normal.length, bounded };
}

function blockSteps(containerId: string, blocks: readonly Block[], resolve: ReturnType<typeof createCrossRefResolver>): Step[] {
  return blocks.map((block, index) => step({ kind: 'block', containerId, index }, inlineText(block.children, resolve), true));
}

/** A row is found by its first filled cell after the STT (the task, as a rule). */
function rowText(appendix: Appendix, row: Appendix['rows'][number]): string {
  for (const column of appendix.columns) {
    if (column.type === 'stt') continue;
    const text = cellText(cellOf(row, column.id));
    if (text.trim() !== '') return text;
  }
  return '';
}

function printSteps(plan: PlanDocument): Step[] {
  const resolve = createCrossRefResolver(plan);
  const steps = blockSteps(PREAMBLE_ID, plan.preamble, resolve);
  plan.sections.forEach((section, index) => {
    steps.push(step({ kind: 'heading', containerId: section.id }, `${sectionLabel(index, plan.sectionNumbering)} ${section.title}`, false));
    steps.push(...blockSteps(section.id, section.blocks, resolve));
  });
  for (const appendix of plan.appendices) {
    steps.push(step({ kind: 'appendix', appendixId: appendix.id }, appendix.title, false));
    for (const row of appendix.rows)
      steps.push(step({ kind: 'row', appendixId: appendix.id, rowId: row.id }, rowText(appendix, row), true));
  }
  return steps;
}

export interface PlacedPlan {
  /** Where a part is printed, or the nearest part before it that was found; null if none was. */
  hitOf(place: PrintPlace): TextHit | null;
  /** The part printed at an offset of the PDF's text: the last one found at or before it. */
  placeAt(offset: number): PrintPlace | null;
}

export function placePlan(plan: PlanDocument, index: PdfTextIndex): PlacedPlan {
  const effective = new Map<string, number>();
  const found: { offset: number; place: PrintPlace }[] = [];
  // The trích yếu often repeats the preamble's opening words: the preamble is printed after it.
  const summary = normalizeForMatch(plan.meta.summary);
  const summaryAt = index.find(summary, 0);
  let position = summaryAt < 0 ? 0 : summaryAt + summary.length;
  let slack = 0;
  let last = -1;
  for (const { place, needle, length, bounded } of printSteps(plan)) {
    const at = needle === '' ? -1 : index.find(needle, position, bounded ? position + WINDOW + slack : Infinity);
    if (at >= 0) {
      position = at + needle.length;
      slack = 0;
      last = at;
      found.push({ offset: at, place });
    } else {
      slack += length;
    }
    effective.set(placeKey(place), last);
  }
  return {
    hitOf(place) {
      const offset = effective.get(placeKey(place)) ?? -1;
      return offset < 0 ? null : index.hitAt(offset);
    },
    placeAt(offset) {
      return found[lastAtOrBefore(found.length, offset, (i) => found[i]?.offset ?? 0)]?.place ?? null;
    },
  };
}

const placed = new WeakMap<PdfTextIndex, { plan: PlanDocument; result: PlacedPlan }>();

/** `placePlan`, remembered for the last plan walked against each PDF. */
export function placedPlan(plan: PlanDocument, index: PdfTextIndex): PlacedPlan {
  const cached = placed.get(index);
  if (cached?.plan === plan) return cached.result;
  const result = placePlan(plan, index);
  placed.set(index, { plan, result });
  return result;
}
