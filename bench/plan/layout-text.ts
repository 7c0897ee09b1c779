/**
 * A plan's printed content as the other tools get it: the text a user copies out of Word (one line
 * per paragraph, table rows as tab-separated cells, as the seeds are) for `import-text`, and
 * Markdown with pipe tables for the pandoc reference. Both come from the layout tree, so they hold
 * the same words, numbers and tables as our DOCX and PDF.
 */
import type { PlanDocument } from '../../shared/model';
import { buildLayout, type LayoutBlock, type LayoutCell, type LayoutTable } from '../../shared/render/layout';

type Piece =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly columns: number };

function cellText(cell: LayoutCell): string {
  return cell.blocks
    .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Table rows as cell texts; a cell spanning columns is followed by empty ones, so every row has them all. */
function tableRows(table: LayoutTable): string[][] {
  return table.rows.map((row) =>
    row.cells.flatMap((cell) => [
      cell.vMerge === 'continue' ? '' : cellText(cell),
      ...Array<string>(Math.max(0, (cell.colSpan ?? 1) - 1)).fill(''),
    ]),
  );
}

function pieces(blocks: readonly LayoutBlock[]): Piece[] {
  return blocks.flatMap((block): Piece[] => {
    switch (block.kind) {
      case 'paragraph': {
        const text = block.runs
          .map((r) => r.text)
          .join('')
          .trim();
        return text === '' ? [] : [{ kind: 'line', text }];
      }
      case 'rule':
        return [];
      case 'table':
        // Only appendices are tables to a reader; the header, signature and nơi nhận grids are layout.
        if (block.role === 'appendix') return [{ kind: 'table', rows: tableRows(block), columns: block.columnsMm.length }];
        return block.rows.flatMap((row) => row.cells.flatMap((cell) => pieces(cell.blocks)));
    }
  });
}

function planPieces(plan: PlanDocument): Piece[] {
  return buildLayout(plan).sections.flatMap((section) => pieces(section.blocks));
}

/** What copying the whole document out of Word gives: the input of `import-text`. */
export function planAsText(plan: PlanDocument): string {
  return planPieces(plan)
    .flatMap((piece) => (piece.kind === 'line' ? [piece.text, ''] : [...piece.rows.map((row) => row.join('\t').replace(/\t+$/, '')), '']))
    .join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_`[\]<>|#]/g, (c) => `\\${c}`);
}

/** The same content as Markdown, tables as pipe tables: what the pandoc reference converts. */
export function planAsMarkdown(plan: PlanDocument): string {
  return planPieces(plan)
    .map((piece) => {
      if (piece.kind === 'line') return escapeMarkdown(piece.text);
      const [head = [], ...body] = piece.rows;
      const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [line(head), `|${' --- |'.repeat(piece.columns)}`, ...body.map(line)].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
