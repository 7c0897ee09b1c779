/**
 * The cells of the header block as the layout draws them: the organ column (parent, issuer, the
 * rule or "*"), the number line with the markings under it, and the place-date line.
 */
import type { FormatProfile } from '../../shared/format';
import type { Meta } from '../../shared/model';
import { headerBlock, pageSetup, textWidth, type LayoutBlock } from '../../shared/render/layout';

export interface HeaderCells {
  readonly organ: readonly LayoutBlock[];
  readonly number: readonly LayoutBlock[];
  readonly placeDate: readonly LayoutBlock[];
}

export function headerCells(meta: Meta, profile: FormatProfile): HeaderCells {
  const blocks = headerBlock({ meta }, profile, textWidth(pageSetup(profile, 'portrait')));
  const table = blocks.find((b) => b.kind === 'table');
  const [top, bottom] = table?.rows ?? [];
  return {
    organ: top?.cells[0]?.blocks ?? [],
    number: bottom?.cells[0]?.blocks ?? [],
    placeDate: bottom?.cells[1]?.blocks ?? [],
  };
}

/** The first line of a preview as one short line, blank slots shown as "…": a closed group's summary. */
export function firstLineText(blocks: readonly LayoutBlock[]): string {
  const first = blocks[0];
  return first?.kind === 'paragraph'
    ? first.runs
        .map((run) => run.text)
        .join('')
        .replace(/ {2,}/gu, ' … ')
    : '';
}
