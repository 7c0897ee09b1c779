/**
 * Layout paragraph styles → Word paragraph styles (`w:style w:type="paragraph"`), all based on
 * Normal, which carries the font and the vi-VN language.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Align, LayoutDocument, LineSpacingRule, ParagraphStyle } from '../layout';
import { linesToTwip240, mmToTwip, ptToHalfPoints, ptToTwip } from './units';

export const ALIGNMENT: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function lineSpacing(rule: LineSpacingRule): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
  return rule.rule === 'multiple'
    ? { line: linesToTwip240(rule.lines), lineRule: LineRuleType.AUTO }
    : { line: ptToTwip(rule.points), lineRule: LineRuleType.EXACT };
}

/** The list level a style is tied to in the DOCX, when the body is numbered by Word. */
export interface StyleListLevel {
  readonly reference: string;
  readonly level: number;
}

function paragraphStyle(style: ParagraphStyle, list: StyleListLevel | undefined): IParagraphStyleOptions {
  return {
    id: style.id,
    name: style.name,
    basedOn: 'Normal',
    quickFormat: true,
    run: {
      size: ptToHalfPoints(style.sizePt),
      bold: style.bold,
      italics: style.italic,
      ...(style.underline ? { underline: {} } : {}),
    },
    paragraph: {
      alignment: ALIGNMENT[style.align],
      indent: { firstLine: mmToTwip(style.firstLineIndentMm) },
      spacing: { before: ptToTwip(style.spaceBeforePt), after: ptToTwip(style.spaceAfterPt), ...lineSpacing(style.lineSpacing) },
      keepNext: style.keepWithNext,
      ...(style.outlineLevel === undefined ? {} : { outlineLevel: style.outlineLevel }),
      ...(list === undefined ? {} : { numbering: list }),
    },
  };
}

/** `listReference`: the body's Word list, whose levels' styles then carry their level. */
export function docxStyles(layout: LayoutDocument, listReference?: string): IStylesOptions {
  const levelOf = (id: string): StyleListLevel | undefined => {
    const level = listReference === undefined ? -1 : (layout.bodyList ?? []).findIndex((l) => l.style === id);
    return listReference === undefined || level < 0 ? undefined : { reference: listReference, level };
  };
  const body = layout.styles.find((s) => s.id === 'KhBody');
  return {
    default: {
      document: {
        run: {
          font: layout.font.family,
          size: ptToHalfPoints(body?.sizePt ?? 14),
          language: { value: layout.font.language },
          color: '000000',
        },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: layout.styles.map((style) => paragraphStyle(style, levelOf(style.id))),
  };
}
