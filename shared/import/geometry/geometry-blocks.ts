/**
 * Pages with positioned text and rulings → the recognizer's block stream, the same stream the
 * DOCX reader gives: ruled tables (one table across pages when it continues), borderless
 * two-column blocks (header, nơi nhận and signature), and paragraphs rebuilt from line geometry.
 * Running headers, footers and page numbers are left out; footnotes are marked.
 */
import type { TextLeaf } from '../../model';
import type { SourceAlignment, SourceBlock, SourceCell, SourceLine, SourceOrigin, SourceRow } from '../source';
import { plainLine } from '../source';
import { braceGroups } from './brace-groups';
import { columnBlocks, type ColumnBlock } from './column-blocks';
import { continuedTables, type TableRun } from './continued-tables';
import type { PageGeometry, PlacedText } from './page-geometry';
import { positionalTables } from './positional-tables';
import { ruledTables } from './ruled-tables';
import { hasRuleBelow } from './rule-below';
import { runningLines } from './running-lines';
import { groupLines, type TextLine } from './text-lines';
import { isCentred, paragraphText, wrapParagraphs, type Paragraph, type WrapArea } from './wrapped-text';
import { bodySize, lineSpacing, textArea, type Area } from './text-area';

export interface GeometryOptions {
  /** Smallest gap between the two columns of a borderless block (header, signature), in ems of its text. */
  readonly columnGap?: number;
  /** Smallest gap between two cells of a table drawn without rulings, in ems of its text. */
  readonly cellGap?: number;
  /**
   * Points a centred line may stand off the middle of the text beyond the usual: text laid out
   * with spaces places each line only to the nearest character, and not in proportion.
   */
  readonly centreSlack?: number;
}

type Orientation = 'portrait' | 'landscape';

/** What a page holds, in the order it is read. */
export type PagePart =
  | { readonly kind: 'table'; readonly page: number; readonly top: number; readonly run: TableRun }
  | { readonly kind: 'columns'; readonly page: number; readonly top: number; readonly block: ColumnBlock }
  | { readonly kind: 'line'; readonly page: number; readonly top: number; readonly line: TextLine; readonly footnote: boolean };

interface PageText {
  readonly geometry: PageGeometry;
  readonly lines: TextLine[];
  readonly parts: PagePart[];
}

const orientationOf = (page: PageGeometry): Orientation => (page.width > page.height ? 'landscape' : 'portrait');

/** Lines at the foot of a page in a smaller size than the body, the first one starting with a note mark. */
function footnoteLines(lines: readonly TextLine[], body: number): Set<TextLine> {
  const notes: TextLine[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line === undefined || line.fontSize > body * 0.85) break;
    notes.unshift(line);
  }
  const first = notes[0];
  const mark = first?.items[0]?.text.trim() ?? '';
  return first !== undefined && /^[\d*]/.test(mark) ? new Set(notes) : new Set();
}

function originOf(lines: readonly TextLine[]): SourceOrigin | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const same = lines.filter((l) => l.page === first.page);
  const left = Math.min(...same.map((l) => l.left));
  const top = Math.min(...same.map((l) => l.top));
  return {
    page: first.page,
    x: left,
    y: top,
    width: Math.max(...same.map((l) => l.right)) - left,
    height: Math.max(...same.map((l) => l.bottom)) - top,
  };
}

function alignmentOf(p: Paragraph, area: Area): SourceAlignment {
  const first = p.lines[0];
  if (first === undefined) return 'left';
  if (isCentred(first, area)) return 'center';
  const width = area.right - area.left;
  if (Math.abs(first.right - area.right) <= 3 && first.left > area.left + width * 0.25) return 'right';
  return p.lines.length > 1 ? 'justify' : 'left';
}

function paragraphLine(p: Paragraph, area: Area, orientation: Orientation, footnote: boolean, ruleBelow = false): SourceLine {
  const first = p.lines[0];
  const visible = p.runs.filter((r) => r.text.trim() !== '');
  const origin = originOf(p.lines);
  return plainLine(paragraphText(p), first === undefined ? '' : `trang ${first.page}, dòng ${first.number}`, {
    runs: p.runs,
    align: alignmentOf(p, area),
    bold: visible.length > 0 && visible.every((r) => r.bold === true),
    footnote,
    orientation,
    ruleBelow,
    ...(origin === undefined ? {} : { origin }),
  });
}

function columnCell(p: Paragraph | undefined): SourceCell {
  if (p === undefined) return { text: '', runs: [], span: 1, mergeUp: false };
  const origin = originOf(p.lines);
  const runs: TextLeaf[] = p.runs;
  return { text: paragraphText(p), runs, span: 1, mergeUp: false, ...(origin === undefined ? {} : { origin }) };
}

/** A two-column block as a layout table: one row per line of the longer column, each column in its own cells. */
function columnTable(block: ColumnBlock, orientation: Orientation): SourceBlock {
  const [leftLines, rightLines] = block.columns;
  const left = wrapParagraphs(leftLines, { left: Math.min(...leftLines.map((l) => l.left)), right: block.split, mode: 'column' });
  const right = wrapParagraphs(rightLines, { left: block.split, right: Math.max(...rightLines.map((l) => l.right)), mode: 'column' });
  const where = `trang ${block.page}, dòng ${block.lines[0]?.number ?? 1}`;
  const rows: SourceRow[] = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
    cells: [columnCell(left[i]), columnCell(right[i])],
    header: false,
    where: `${where}, hàng ${i + 1}`,
  }));
  return { kind: 'table', rows, borderless: true, orientation, where };
}

function tableBlock(run: TableRun, orientation: Orientation): SourceBlock {
  return { kind: 'table', rows: run.rows, borderless: false, orientation, where: run.parts[0]?.where ?? '' };
}

/** The pages' parts in reading order, running lines left out. */
function readPages(
  pages: readonly PageGeometry[],
  options: GeometryOptions,
): { texts: PageText[]; areaOf: (page: number) => Area; pitch: (size: number) => number } {
  const texts = pages.map((geometry): PageText => {
    const taken = new Set<PlacedText>();
    const tables = ruledTables(geometry, taken);
    const braces = braceGroups(
      geometry.rules,
      geometry.texts.filter((t) => !taken.has(t)),
      tables,
    );
    const lines = [...groupLines(geometry.page, braces.texts), ...braces.lines(geometry.page)].sort((a, b) => a.top - b.top);
    const parts: PagePart[] = tables.map((table, i) => ({
      kind: 'table',
      page: geometry.page,
      top: table.top,
      run: { parts: [{ table, where: `trang ${geometry.page}, bảng ${i + 1}` }], rows: [] },
    }));
    return { geometry, lines, parts };
  });
  const running = runningLines(texts.map((t) => ({ page: t.geometry.page, height: t.geometry.height, lines: t.lines })));
  const body = bodySize(texts.flatMap((t) => t.lines));
  const areas = new Map<number, Area>();
  const kept = texts.map((t) => t.lines.filter((l) => !running.has(l)));
  const centreSlack = options.centreSlack ?? 0;
  texts.forEach((t, i) => areas.set(t.geometry.page, { ...textArea(kept[i] ?? [], t.geometry, kept.flat()), centreSlack }));
  const areaOf = (page: number): Area => areas.get(page) ?? { left: 0, right: 1 };
  const pitch = lineSpacing(kept.flat());
  const columnGap = options.columnGap ?? 2;
  const cellGap = options.cellGap ?? 1.5;
  texts.forEach((t, i) => {
    const lines = kept[i] ?? [];
    const notes = footnoteLines(lines, body);
    const area = areaOf(t.geometry.page);
    const grids = positionalTables(
      lines.filter((l) => !notes.has(l)),
      { minGap: (line) => cellGap * line.fontSize, pitch },
    );
    for (const grid of grids.tables) {
      const where = `trang ${t.geometry.page}, dòng ${grid.lines[0]?.number ?? 1}`;
      t.parts.push({ kind: 'table', page: t.geometry.page, top: grid.top, run: { parts: [{ table: grid, where }], rows: [] } });
    }
    const minGap = (line: TextLine): number => Math.max(columnGap * line.fontSize, (area.right - area.left) * 0.04);
    const { blocks, rest } = columnBlocks(grids.rest, { minGap });
    for (const block of blocks) t.parts.push({ kind: 'columns', page: t.geometry.page, top: block.top, block });
    for (const line of rest) t.parts.push({ kind: 'line', page: t.geometry.page, top: line.top, line, footnote: false });
    for (const line of notes) t.parts.push({ kind: 'line', page: t.geometry.page, top: line.top, line, footnote: true });
    t.parts.sort((a, b) => a.top - b.top);
  });
  return { texts, areaOf, pitch };
}

/**
 * The borderless two-column blocks of one page (header, nơi nhận and signature) as the block stream
 * finds them: the OCR reads each column of one again on its own (see read-scan.ts).
 */
export function pageColumnBlocks(page: PageGeometry, options: GeometryOptions = {}): ColumnBlock[] {
  return readPages([page], options).texts.flatMap((t) => t.parts.flatMap((part) => (part.kind === 'columns' ? [part.block] : [])));
}

/** Positioned pages (a PDF's text layer, OCR of a scan) → the block stream the recognizer reads. */
export function geometryBlocks(pages: readonly PageGeometry[], options: GeometryOptions = {}): SourceBlock[] {
  const { texts, areaOf, pitch } = readPages(pages, options);
  const orientation = new Map(pages.map((p) => [p.page, orientationOf(p)]));
  const parts = continuedTables(texts.flatMap((t) => t.parts));
  const flowArea = (line: TextLine): WrapArea => ({ ...areaOf(line.page), mode: 'flow', pitch });
  const pageText = new Map(texts.map((t) => [t.geometry.page, t]));
  const closedByRule = (p: Paragraph): boolean => {
    const last = p.lines[p.lines.length - 1];
    const onPage = last === undefined ? undefined : pageText.get(last.page);
    return last !== undefined && onPage !== undefined && hasRuleBelow(last, onPage.geometry.rules, onPage.lines);
  };
  const blocks: SourceBlock[] = [];
  let run: TextLine[] = [];
  // A footnote does not cut the paragraph it interrupts at a page break: it follows that paragraph.
  let notes: SourceLine[] = [];
  const flush = (): void => {
    for (const p of wrapParagraphs(run, flowArea)) {
      const page = p.lines[0]?.page ?? 0;
      blocks.push(paragraphLine(p, areaOf(page), orientation.get(page) ?? 'portrait', false, closedByRule(p)));
    }
    blocks.push(...notes);
    run = [];
    notes = [];
  };
  for (const part of parts) {
    if (part.kind === 'line' && !part.footnote) {
      run.push(part.line);
      continue;
    }
    if (part.kind === 'line') {
      const note = wrapParagraphs([part.line], flowArea)[0];
      if (note !== undefined) notes.push(paragraphLine(note, areaOf(part.page), orientation.get(part.page) ?? 'portrait', true));
      continue;
    }
    flush();
    const pageOrientation = orientation.get(part.page) ?? 'portrait';
    blocks.push(part.kind === 'table' ? tableBlock(part.run, pageOrientation) : columnTable(part.block, pageOrientation));
  }
  flush();
  return blocks;
}
