/** Small constructors for layout blocks, shared by the parts of the layout stage. */
import { isCrossRef, type CellValue, type CrossRefResolver, type Inline } from '../../model';
import type { RuleMark } from '../../format';
import type { Align, LayoutBlock, LayoutParagraph, LayoutRun } from './layout-types';
import { textWidthMm } from './text-width';

export function para(style: string, runs: string | readonly LayoutRun[], align?: Align): LayoutParagraph {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  return { kind: 'paragraph', style, runs: list, ...(align === undefined ? {} : { align }) };
}

/** One paragraph per line of a text that may hold "\n". */
export function paras(style: string, text: string, align?: Align): LayoutParagraph[] {
  return text.split('\n').map((line) => para(style, line, align));
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function inlineRuns(children: readonly Inline[], resolve: CrossRefResolver): LayoutRun[] {
  return children
    .map((node): LayoutRun => {
      if (isCrossRef(node)) return { text: resolve(node) };
      return {
        text: node.text,
        ...(node.bold === true ? { bold: true } : {}),
        ...(node.italic === true ? { italic: true } : {}),
        ...(node.underline === true ? { underline: true } : {}),
      };
    })
    .filter((run) => run.text !== '');
}

/** Cell content as paragraphs: one per line, agencies joined, formatted runs kept. */
export function cellParagraphs(
  value: CellValue | undefined,
  style: string,
  align: Align,
  prefix: string,
  emphasis: { bold: boolean; italic: boolean },
): LayoutParagraph[] {
  const mark = (run: LayoutRun): LayoutRun => ({
    ...run,
    ...(emphasis.bold ? { bold: true } : {}),
    ...(emphasis.italic ? { italic: true } : {}),
  });
  if (value === undefined || (typeof value === 'string' && value === '')) {
    return [para(style, prefix === '' ? [] : [mark({ text: prefix.trimEnd() })], align)];
  }
  if (typeof value === 'string' || Array.isArray(value)) {
    const text = typeof value === 'string' ? value : value.join(', ');
    return text.split('\n').map((line, i) => para(style, [mark({ text: i === 0 ? prefix + line : line })], align));
  }
  const runs = value.runs.map(mark);
  return [para(style, prefix === '' ? runs : [mark({ text: prefix }), ...runs], align)];
}

/**
 * The mark under a text: a rule of the given share of the text's width, a rule as long as the
 * text, or a line of characters ("*", "-----").
 */
export function markUnder(
  mark: RuleMark,
  text: string,
  sizePt: number,
  bold: boolean,
  containerMm: number,
  style: { text: string; rule: string },
): LayoutBlock {
  if (mark.kind === 'text') return para(style.text, mark.text);
  const longest = Math.max(...text.split('\n').map((line) => textWidthMm(line, sizePt, bold)));
  const full = Math.min(longest, containerMm);
  const widthMm = mark.kind === 'line' ? full * mark.ratio : full;
  return { kind: 'rule', style: style.rule, widthMm: Math.round(widthMm * 10) / 10, containerMm };
}
