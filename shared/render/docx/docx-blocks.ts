/**
 * Layout blocks → docx paragraphs and tables. Tables use a fixed layout with column widths in DXA
 * (`w:tblLayout w:type="fixed"`, `w:tblGrid`); repeated header rows are `w:tblHeader`, rows that
 * must not break across pages `w:cantSplit`, merges `w:gridSpan` and `w:vMerge`.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import type { LayoutBlock, LayoutCell, LayoutParagraph, LayoutRule, LayoutRun, LayoutTable } from '../layout';
import { ALIGNMENT } from './docx-styles';
import { mmToTwip } from './units';

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function paragraph(block: LayoutParagraph): Paragraph {
  return new Paragraph({
    style: block.style,
    ...(block.align === undefined ? {} : { alignment: ALIGNMENT[block.align] }),
    ...(block.keepWithNext === true ? { keepNext: true } : {}),
    children: block.runs.map((run) => new TextRun(runOptions(run))),
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

function cell(layoutCell: LayoutCell, widthTwip: number, table: LayoutTable, fillerStyle: string): TableCell {
  const children = layoutCell.blocks.flatMap((b) => block(b, fillerStyle));
  const borders = table.borders ? undefined : { top: NONE, bottom: NONE, left: NONE, right: layoutCell.rightBorder === true ? LINE : NONE };
  return new TableCell({
    // A cell must end with a paragraph in OOXML.
    children:
      children.length === 0 || children[children.length - 1] instanceof Table
        ? [...children, new Paragraph({ style: fillerStyle })]
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

function table(layoutTable: LayoutTable, fillerStyle: string): Table {
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
        ...(row.header === true ? { tableHeader: true } : {}),
        ...(row.cantSplit === true ? { cantSplit: true } : {}),
        children: row.cells.map((layoutCell) => {
          const span = layoutCell.colSpan ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return cell(layoutCell, width, layoutTable, fillerStyle);
        }),
      });
    }),
  });
}

export function block(layoutBlock: LayoutBlock, fillerStyle: string): (Paragraph | Table)[] {
  switch (layoutBlock.kind) {
    case 'paragraph':
      return [paragraph(layoutBlock)];
    case 'rule':
      return [rule(layoutBlock)];
    case 'table':
      return [table(layoutBlock, fillerStyle)];
  }
}
