/**
 * Layout styles and page setups → CSS. Paragraph styles become classes with Word's metrics: a
 * "single" line of Times New Roman is 1.15 em (ascent + descent + line gap), and Word adds the
 * space after one paragraph to the space before the next, so spacing is padding (which does not
 * collapse) rather than margin. Every layout section gets its own named page.
 */
import type { LayoutDocument, LayoutSection, LineSpacingRule, ParagraphStyle } from '../layout';

/** Word's single line height for Times New Roman and its metric twin Liberation Serif. */
export const SINGLE_LINE_EM = 1.15;
/** Word's default single border (w:sz 6, in eighths of a point). */
export const BORDER = '0.75pt solid #000';

/** The profile's font, then Liberation Serif and Tinos, which share Times New Roman's metrics. */
export function fontStack(family: string): string {
  return `"${family}", "Liberation Serif", "Tinos", serif`;
}

function lineHeight(rule: LineSpacingRule): string {
  return rule.rule === 'multiple' ? String(Math.round(SINGLE_LINE_EM * rule.lines * 1000) / 1000) : `${rule.points}pt`;
}

function styleRule(style: ParagraphStyle): string {
  const declarations = [
    `font-size: ${style.sizePt}pt`,
    `font-weight: ${style.bold ? 'bold' : 'normal'}`,
    `font-style: ${style.italic ? 'italic' : 'normal'}`,
    `text-decoration: ${style.underline ? 'underline' : 'none'}`,
    `text-align: ${style.align}`,
    `text-indent: ${style.firstLineIndentMm}mm`,
    `padding: ${style.spaceBeforePt}pt 0 ${style.spaceAfterPt}pt 0`,
    `line-height: ${lineHeight(style.lineSpacing)}`,
    ...(style.keepWithNext ? ['break-after: avoid-page'] : []),
  ];
  return `.${style.id} { ${declarations.join('; ')}; }`;
}

export function pageName(index: number): string {
  return `s${index}`;
}

function pageRule(section: LayoutSection, index: number): string {
  const { page } = section;
  const { top, right, bottom, left } = page.margins;
  return `@page ${pageName(index)} { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }`;
}

export function documentCss(layout: LayoutDocument): string {
  const font = fontStack(layout.font.family);
  return [
    `html, body { margin: 0; padding: 0; }`,
    `body { font-family: ${font}; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }`,
    `p { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }`,
    `section + section { break-before: page; }`,
    `table { border-collapse: collapse; table-layout: fixed; margin: 0; }`,
    `td, th { padding: 0; font-weight: normal; text-align: inherit; }`,
    `table.bordered td { border: ${BORDER}; }`,
    `tr.keep { break-inside: avoid; }`,
    // As tall as its paragraph's line, with the line at its foot: where Word draws a paragraph's bottom
    // border, clear of the descenders of the text above ("g", "p", "y" of a trích yếu).
    `.rule { height: 1lh; box-sizing: border-box; margin: 0 auto; border-bottom: ${BORDER}; }`,
    `b, strong { font-weight: bold; } i { font-style: italic; } u { text-decoration: underline; }`,
    ...layout.styles.map(styleRule),
    ...layout.sections.map(pageRule),
  ].join('\n');
}
