/**
 * Plain text (pasted from Word, or extracted from PDF) → block stream. One line is one paragraph;
 * tab-separated lines are table rows; a line ending in two spaces continues on the next; a
 * paragraph cut by a page break or a hard wrap is joined back (see joinBrokenLines).
 */
import { decodeLegacyVietnamese } from '../normalize/legacy-encoding';
import { parseInlineMarkup } from '../normalize/inline-markup';
import { matchAuthority } from '../recognize/patterns';
import { plainCell, plainLine, type SourceBlock, type SourceLine, type SourceRow } from '../source';
import { joinBrokenLines, type TextParagraph } from './join-lines';

export interface TextReadOptions {
  /** How a position is described: "dòng 12" by default, "trang 2, dòng 5" for PDF. */
  readonly describe?: (lineIndex: number) => string;
}

function toParagraphs(lines: readonly string[]): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let soft: (TextParagraph & { kind: 'text' }) | null = null;
  lines.forEach((raw, index) => {
    const continuesSoftly = soft !== null;
    // A signature's authority line keeps its own line even when Word ended it with a soft break.
    const endsSoftly = raw.endsWith('  ') && !raw.includes('\t') && matchAuthority(parseInlineMarkup(raw).text) === null;
    if (raw.includes('\t') && raw.replace(/\t/g, '').trim() !== '') {
      paragraphs.push({ kind: 'row', cells: raw.split('\t'), line: index, blankBefore: false });
      soft = null;
      return;
    }
    const marked = parseInlineMarkup(raw);
    if (marked.text === '') {
      paragraphs.push({ kind: 'blank', line: index });
      soft = null;
      return;
    }
    if (continuesSoftly && soft !== null) {
      const target = soft;
      target.runs.push({ ...(marked.runs[0] ?? { text: '' }), text: ` ${marked.runs[0]?.text ?? ''}` }, ...marked.runs.slice(1));
      target.text = `${target.text} ${marked.text}`;
    } else {
      const paragraph: TextParagraph & { kind: 'text' } = {
        kind: 'text',
        text: marked.text,
        runs: [...marked.runs],
        footnote: marked.footnote,
        line: index,
      };
      paragraphs.push(paragraph);
      soft = endsSoftly ? paragraph : null;
    }
    if (!endsSoftly) soft = null;
  });
  return paragraphs;
}

export function readTextBlocks(input: string, options: TextReadOptions = {}): SourceBlock[] {
  const describe = options.describe ?? ((i: number) => `dòng ${i + 1}`);
  const text = decodeLegacyVietnamese(input.replace(/^\uFEFF/, '')).normalize('NFC');
  const paragraphs = joinBrokenLines(toParagraphs(text.split(/\r\n|\r|\n/)));
  const blocks: SourceBlock[] = [];
  let rows: SourceRow[] = [];
  let tableStart = 0;
  const flush = (): void => {
    if (rows.length === 0) return;
    blocks.push({ kind: 'table', rows, borderless: false, orientation: null, where: describe(tableStart) });
    rows = [];
  };
  for (const p of paragraphs) {
    if (p.kind === 'row') {
      if (rows.length === 0) tableStart = p.line;
      rows.push({
        cells: p.cells.map((c) => {
          const marked = parseInlineMarkup(c);
          return plainCell(marked.text, marked.runs);
        }),
        header: false,
        where: describe(p.line),
      });
      continue;
    }
    flush();
    if (p.kind === 'text') {
      const line: SourceLine = plainLine(p.text, describe(p.line), { runs: p.runs, footnote: p.footnote });
      blocks.push(line);
    }
  }
  flush();
  return blocks;
}
