/**
 * Layout blocks → docx paragraphs and tables. Tables use a fixed layout with column widths in DXA
 * (`w:tblLayout w:type="fixed"`, `w:tblGrid`); repeated header rows are `w:tblHeader`, rows that
 * must not break across pages `w:cantSplit`, merges `w:gridSpan` and `w:vMerge`.
 */
import {
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { LayoutBlock, LayoutCell, LayoutParagraph, LayoutRule, LayoutRun, LayoutTable, Revision } from '../layout';
import { ALIGNMENT } from './docx-styles';
import { mmToTwip } from './units';

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** What drawing needs beyond a block: the filler style of cells, and who made a redline's changes. */
export interface DrawContext {
  readonly fillerStyle: string;
  /** Author and time of the tracked changes a redline carries. */
  readonly change: { readonly author: string; readonly date: string };
  /** The next revision id (unique in the document, as Word requires). */
  nextId: number;
  /** Numbers drawn by Word's list rather than written as text, and the styles tied to its levels. */
  readonly wordList?: { readonly reference: string; readonly styles: ReadonlySet<string> };
}

interface ChangeMark {
  readonly id: number;
  readonly author: string;
  readonly date: string;
}

function changeMark(ctx: DrawContext): ChangeMark {
  return { id: ctx.nextId++, ...ctx.change };
}

function revisionMark(revision: Revision | undefined, ctx: DrawContext): { insertion?: ChangeMark; deletion?: ChangeMark } {
  if (revision === 'ins') return { insertion: changeMark(ctx) };
  if (revision === 'del') return { deletion: changeMark(ctx) };
  return {};
}

function textRun(run: LayoutRun, ctx: DrawContext): ParagraphChild {
  if (run.revision === 'ins') return new InsertedTextRun({ ...runOptions(run), ...changeMark(ctx) });
  if (run.revision === 'del') return new DeletedTextRun({ ...runOptions(run), ...changeMark(ctx) });
  return new TextRun(runOptions(run));
}

/** The runs, with each comment's range opened before its first run and closed after its last. */
function runsWithComments(runs: readonly LayoutRun[], ctx: DrawContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  runs.forEach((run, i) => {
    const before = new Set(runs[i - 1]?.comments ?? []);
    const after = new Set(runs[i + 1]?.comments ?? []);
    for (const id of run.comments ?? []) if (!before.has(id)) out.push(new CommentRangeStart(id));
    out.push(textRun(run, ctx));
    for (const id of run.comments ?? []) {
      if (after.has(id)) continue;
      out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
  });
  return out;
}

/**
 * The paragraph's place in Word's list: its level when Word draws its number (the number then
 * leaves the text), out of the list when it keeps its number as text in a style tied to a level.
 */
function listPlace(block: LayoutParagraph, ctx: DrawContext): { numbering?: IParagraphOptions['numbering']; runs: readonly LayoutRun[] } {
  const list = ctx.wordList;
  if (list === undefined) return { runs: block.runs };
  const number = block.listNumber;
  const [first, ...rest] = block.runs;
  if (number === undefined || first === undefined || !first.text.startsWith(number.prefix)) {
    return { runs: block.runs, ...(list.styles.has(block.style) ? { numbering: false } : {}) };
  }
  // `custom` keeps the paragraph's own style rather than Word's "List Paragraph".
  return {
    numbering: { reference: list.reference, level: number.level, custom: true },
    runs: [{ ...first, text: first.text.slice(number.prefix.length) }, ...rest],
  };
}

function paragraph(block: LayoutParagraph, ctx: DrawContext): Paragraph {
  const mark = revisionMark(block.revision, ctx);
  const { numbering, runs } = listPlace(block, ctx);
  return new Paragraph({
    style: block.style,
    ...(numbering === undefined ? {} : { numbering }),
    ...(block.align === undefined ? {} : { alignment: ALIGNMENT[block.align] }),
    ...(block.keepWithNext === true ? { keepNext: true } : {}),
    ...(block.revision === undefined ? {} : { run: mark }),
    children: runsWithComments(runs, ctx),
  });
}

function runOptions(run: LayoutRun): IRunOptions {
  return {
    text: run.text,
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: {} } : {}),
  };
}

/** A rule is an empty paragraph with a bottom border, indented so the line has the wanted length. */
function rule(block: LayoutRule): Paragraph {
  const side = mmToTwip(Math.max(0, (block.containerMm - block.widthMm) / 2));
  return new Paragraph({ style: block.style, indent: { left: side, right: side, firstLine: 0 }, border: { bottom: LINE } });
}

function cell(layoutCell: LayoutCell, widthTwip: number, table: LayoutTable, ctx: DrawContext): TableCell {
  const children = layoutCell.blocks.flatMap((b) => block(b, ctx));
  const borders = table.borders ? undefined : { top: NONE, bottom: NONE, left: NONE, right: layoutCell.rightBorder === true ? LINE : NONE };
  return new TableCell({
    // A cell must end with a paragraph in OOXML.
    children:
      children.length === 0 || children[children.length - 1] instanceof Table
        ? [...children, new Paragraph({ style: ctx.fillerStyle })]
        : children,
    width: { size: widthTwip, type: WidthType.DXA },
    ...(layoutCell.colSpan === undefined ? {} : { columnSpan: layoutCell.colSpan }),
    ...(layoutCell.vMerge === undefined
      ? {}
      : { verticalMerge: layoutCell.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
    verticalAlign:
      layoutCell.vAlign === 'center'
        ? VerticalAlignTable.CENTER
        : layoutCell.vAlign === 'bottom'
          ? VerticalAlignTable.BOTTOM
          : VerticalAlignTable.TOP,
    ...(borders === undefined ? {} : { borders }),
  });
}

function table(layoutTable: LayoutTable, ctx: DrawContext): Table {
  const widths = layoutTable.columnsMm.map(mmToTwip);
  const margin = mmToTwip(layoutTable.cellMarginMm);
  const border = layoutTable.borders ? LINE : NONE;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: layoutTable.rows.map((row) => {
      let column = 0;
      return new TableRow({
        ...revisionMark(row.revision, ctx),
        ...(row.header === true ? { tableHeader: true } : {}),
        ...(row.cantSplit === true ? { cantSplit: true } : {}),
        children: row.cells.map((layoutCell) => {
          const span = layoutCell.colSpan ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return cell(layoutCell, width, layoutTable, ctx);
        }),
      });
    }),
  });
}

export function block(layoutBlock: LayoutBlock, ctx: DrawContext): (Paragraph | Table)[] {
  switch (layoutBlock.kind) {
    case 'paragraph':
      return [paragraph(layoutBlock, ctx)];
    case 'rule':
      return [rule(layoutBlock)];
    case 'table':
      return [table(layoutBlock, ctx)];
  }
}
