/**
 * Layout blocks → HTML. Vertical merges become `rowspan` (the continuing cells are dropped),
 * header rows go into `<thead>`, which Chromium repeats on every printed page, and rows that must
 * not split get `break-inside: avoid`.
 */
import type { LayoutBlock, LayoutCell, LayoutParagraph, LayoutRow, LayoutRule, LayoutRun, LayoutTable } from '../layout';
import { escapeHtml } from './escape-html';
import { BORDER } from './html-css';

function run(layoutRun: LayoutRun): string {
  let html = escapeHtml(layoutRun.text);
  if (layoutRun.underline === true) html = `<u>${html}</u>`;
  if (layoutRun.italic === true) html = `<i>${html}</i>`;
  if (layoutRun.bold === true) html = `<b>${html}</b>`;
  return html;
}

function paragraph(block: LayoutParagraph): string {
  const style = [
    ...(block.align === undefined ? [] : [`text-align: ${block.align}`]),
    ...(block.keepWithNext === true ? ['break-after: avoid-page'] : []),
  ];
  const content = block.runs.map(run).join('');
  // An empty Word paragraph still takes a line; a <br> gives the HTML one the same height.
  return `<p class="${block.style}"${style.length === 0 ? '' : ` style="${style.join('; ')}"`}>${content === '' ? '<br>' : content}</p>`;
}

function rule(block: LayoutRule): string {
  return `<div class="${block.style}"><div class="rule" style="width: ${block.widthMm}mm"></div></div>`;
}

/** For each cell that starts a vertical merge, how many rows it covers. */
function rowSpans(rows: readonly LayoutRow[]): Map<LayoutCell, number> {
  const columnsOf = rows.map((row) => {
    let column = 0;
    return row.cells.map((c) => {
      const start = column;
      column += c.colSpan ?? 1;
      return start;
    });
  });
  const spans = new Map<LayoutCell, number>();
  rows.forEach((row, r) => {
    row.cells.forEach((c, i) => {
      if (c.vMerge !== 'restart') return;
      const column = columnsOf[r]?.[i];
      let span = 1;
      for (let next = r + 1; next < rows.length; next++) {
        const index = columnsOf[next]?.indexOf(column ?? -1) ?? -1;
        if (index < 0 || rows[next]?.cells.at(index)?.vMerge !== 'continue') break;
        span++;
      }
      spans.set(c, span);
    });
  });
  return spans;
}

function cell(layoutCell: LayoutCell, table: LayoutTable, span: number | undefined): string {
  const style = [
    `padding: 0 ${table.cellMarginMm}mm`,
    `vertical-align: ${layoutCell.vAlign === 'center' ? 'middle' : (layoutCell.vAlign ?? 'top')}`,
    ...(layoutCell.rightBorder === true ? [`border-right: ${BORDER}`] : []),
  ];
  const attributes = [
    ...(layoutCell.colSpan !== undefined && layoutCell.colSpan > 1 ? [`colspan="${layoutCell.colSpan}"`] : []),
    ...(span !== undefined && span > 1 ? [`rowspan="${span}"`] : []),
  ];
  return `<td${attributes.map((a) => ` ${a}`).join('')} style="${style.join('; ')}">${layoutCell.blocks.map(block).join('')}</td>`;
}

function row(layoutRow: LayoutRow, table: LayoutTable, spans: Map<LayoutCell, number>): string {
  const cells = layoutRow.cells.filter((c) => c.vMerge !== 'continue').map((c) => cell(c, table, spans.get(c)));
  return `<tr${layoutRow.cantSplit === true || layoutRow.header === true ? ' class="keep"' : ''}>${cells.join('')}</tr>`;
}

function table(layoutTable: LayoutTable): string {
  const spans = rowSpans(layoutTable.rows);
  const width = layoutTable.columnsMm.reduce((a, b) => a + b, 0);
  const columns = layoutTable.columnsMm.map((mm) => `<col style="width: ${mm}mm">`).join('');
  const head = layoutTable.rows.filter((r) => r.header === true);
  const body = layoutTable.rows.filter((r) => r.header !== true);
  const rows = (list: readonly LayoutRow[]): string => list.map((r) => row(r, layoutTable, spans)).join('');
  return [
    `<table class="${layoutTable.role}${layoutTable.borders ? ' bordered' : ''}" style="width: ${width}mm">`,
    `<colgroup>${columns}</colgroup>`,
    head.length === 0 ? '' : `<thead>${rows(head)}</thead>`,
    `<tbody>${rows(body)}</tbody>`,
    '</table>',
  ].join('');
}

export function block(layoutBlock: LayoutBlock): string {
  switch (layoutBlock.kind) {
    case 'paragraph':
      return paragraph(layoutBlock);
    case 'rule':
      return rule(layoutBlock);
    case 'table':
      return table(layoutBlock);
  }
}
