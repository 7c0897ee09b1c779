/**
 * The document body as a block stream: paragraphs and tables in reading order, each tagged with
 * the index of the page section (w:sectPr) it belongs to.
 */
import type { Element } from '@xmldom/xmldom';
import { readParagraph, type ReadContext } from './paragraph';
import type { DocxBlock, DocxCell, DocxParagraph, DocxRow, DocxTable } from './types';
import { attr, child, children, isW, numberAttr, onOff } from './xml';

/** Content controls and custom XML wrap blocks without changing them. */
function blockElements(container: Element): Element[] {
  const out: Element[] = [];
  for (const el of children(container)) {
    // Loops, not push(...): a content control may hold more paragraphs than a call has arguments.
    if (isW(el, 'sdt')) for (const inner of blockElements(child(el, 'sdtContent') ?? el)) out.push(inner);
    else if (isW(el, 'customXml')) for (const inner of blockElements(el)) out.push(inner);
    else if (isW(el, 'p') || isW(el, 'tbl')) out.push(el);
  }
  return out;
}

function isBorderless(tbl: Element): boolean {
  const tblPr = child(tbl, 'tblPr');
  const borders = child(tblPr, 'tblBorders');
  if (borders === null) return child(tblPr, 'tblStyle') === null;
  return children(borders).every((b) => ['none', 'nil'].includes(attr(b, 'val') ?? 'none'));
}

function readCell(tc: Element, section: number, ctx: ReadContext): DocxCell {
  const tcPr = child(tc, 'tcPr');
  const vMergeEl = child(tcPr, 'vMerge');
  const vMerge = vMergeEl === null ? null : attr(vMergeEl, 'val') === 'restart' ? 'restart' : 'continue';
  const width = child(tcPr, 'tcW');
  const paragraphs: DocxParagraph[] = [];
  const nestedTables: DocxTable[] = [];
  for (const el of blockElements(tc)) {
    if (isW(el, 'p')) {
      paragraphs.push(readParagraph(el, section, ctx));
    } else {
      const nested = readTable(el, section, ctx);
      nestedTables.push(nested);
      for (const row of nested.rows) for (const cell of row.cells) for (const p of cell.paragraphs) paragraphs.push(p);
    }
  }
  return {
    gridSpan: numberAttr(child(tcPr, 'gridSpan'), 'val') ?? 1,
    vMerge,
    widthPt: attr(width, 'type') === 'dxa' ? (numberAttr(width, 'w') ?? 0) / 20 : null,
    paragraphs,
    nestedTables,
  };
}

/** The rows of a table in the view read: a row inserted (deleted) under tracked changes is not there when they are rejected (accepted). */
function rowsInView(tbl: Element, revisions: ReadContext['revisions']): Element[] {
  return children(tbl, 'tr').filter((tr) => child(child(tr, 'trPr'), revisions === 'accept' ? 'del' : 'ins') === null);
}

/** The cells of a row, content controls unwrapped. */
function rowCells(tr: Element): Element[] {
  return children(tr).flatMap((el) => (isW(el, 'sdt') ? children(child(el, 'sdtContent') ?? el, 'tc') : isW(el, 'tc') ? [el] : []));
}

export function readTable(tbl: Element, section: number, ctx: ReadContext): DocxTable {
  const rows: DocxRow[] = rowsInView(tbl, ctx.revisions).map((tr) => {
    const trPr = child(tr, 'trPr');
    const cells = rowCells(tr);
    return {
      header: onOff(child(trPr, 'tblHeader')) ?? false,
      cantSplit: onOff(child(trPr, 'cantSplit')) ?? false,
      cells: cells.map((tc) => readCell(tc, section, ctx)),
    };
  });
  return { kind: 'table', section, rows, borderless: isBorderless(tbl) };
}

export interface BodyContent {
  readonly blocks: DocxBlock[];
  /** The w:sectPr of each section in order; the body's final one last. */
  readonly sectionProps: (Element | null)[];
}

export function readBody(body: Element, ctx: ReadContext): BodyContent {
  const blocks: DocxBlock[] = [];
  const sectionProps: (Element | null)[] = [];
  for (const el of blockElements(body)) {
    const section = sectionProps.length;
    if (isW(el, 'p')) {
      blocks.push(readParagraph(el, section, ctx));
      const sectPr = child(child(el, 'pPr'), 'sectPr');
      if (sectPr !== null) sectionProps.push(sectPr);
    } else {
      blocks.push(readTable(el, section, ctx));
    }
  }
  sectionProps.push(child(body, 'sectPr'));
  return { blocks, sectionProps };
}

/** The paragraphs of a header, footer or footnote part (tables flattened). */
export function readStoryParagraphs(root: Element, ctx: ReadContext): DocxParagraph[] {
  return blockElements(root).flatMap((el) =>
    isW(el, 'p') ? [readParagraph(el, 0, ctx)] : readTable(el, 0, ctx).rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
}

/** A w:p of the body and the page section it belongs to. */
export interface BodyParagraphElement {
  readonly element: Element;
  readonly section: number;
}

/**
 * The body's w:p elements in the order readBody reads its paragraphs, tables (nested ones too)
 * flattened row by row: the n-th is the paragraph a finding numbers n, so a copy of the file can
 * be marked at that place.
 */
export function bodyParagraphElements(body: Element, revisions: ReadContext['revisions']): BodyParagraphElement[] {
  const paragraphsOf = (block: Element): Element[] =>
    isW(block, 'p')
      ? [block]
      : rowsInView(block, revisions).flatMap((tr) => rowCells(tr).flatMap((tc) => blockElements(tc).flatMap(paragraphsOf)));
  const out: BodyParagraphElement[] = [];
  let section = 0;
  for (const block of blockElements(body)) {
    for (const element of paragraphsOf(block)) out.push({ element, section });
    if (isW(block, 'p') && child(child(block, 'pPr'), 'sectPr') !== null) section += 1;
  }
  return out;
}
