/**
 * Layout → docx Document: one Word section per layout section (body, then each appendix on its own
 * pages), page numbers centred in the top margin through a PAGE field, with a separate first-page
 * header (`w:titlePg`) that carries no field where page 1 must not show its number.
 */
import { Document, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ICommentOptions, type ISectionOptions } from 'docx';
import type { LayoutDocument, LayoutSection } from '../layout';
import { block, type DrawContext } from './docx-blocks';
import { docxStyles } from './docx-styles';
import { bodyListNumbering } from './word-list';
import { mmToTwip } from './units';

function pageNumberHeader(style: string): Header {
  return new Header({ children: [new Paragraph({ style, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
}

/**
 * The page size as `docx` wants it: the layout holds each page as printed (a landscape page wider
 * than tall, which the print HTML uses as is), while `docx` takes the sheet upright and turns it
 * itself for a landscape section (its createPageSize swaps w:w and w:h).
 */
function uprightSheet(page: LayoutSection['page']): { readonly width: number; readonly height: number } {
  const landscape = page.orientation === 'landscape';
  return { width: mmToTwip(landscape ? page.heightMm : page.widthMm), height: mmToTwip(landscape ? page.widthMm : page.heightMm) };
}

function section(layout: LayoutDocument, layoutSection: LayoutSection, ctx: DrawContext): ISectionOptions {
  const { page, pageNumbers } = layoutSection;
  return {
    properties: {
      page: {
        size: {
          ...uprightSheet(page),
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(page.margins.top),
          bottom: mmToTwip(page.margins.bottom),
          left: mmToTwip(page.margins.left),
          right: mmToTwip(page.margins.right),
          header: mmToTwip(page.headerDistanceMm),
          footer: mmToTwip(page.headerDistanceMm),
        },
        ...(pageNumbers.restart ? { pageNumbers: { start: 1 } } : {}),
      },
      titlePage: pageNumbers.hideOnFirstPage,
    },
    headers: {
      default: pageNumberHeader(layout.pageNumberStyle),
      ...(pageNumbers.hideOnFirstPage ? { first: new Header({ children: [new Paragraph({ style: layout.pageNumberStyle })] }) } : {}),
    },
    children: layoutSection.blocks.flatMap((b) => block(b, ctx)),
  };
}

/** Word comments of the document: what the runs' `comments` numbers refer to. */
export type DocxComment = ICommentOptions;

export function docxDocument(layout: LayoutDocument, ctx: DrawContext, comments: readonly DocxComment[] = []): Document {
  const { properties } = layout;
  const list = ctx.wordList?.reference;
  return new Document({
    ...(comments.length === 0 ? {} : { comments: { children: [...comments] } }),
    ...(list === undefined ? {} : { numbering: bodyListNumbering(layout.bodyList ?? []) }),
    title: properties.title,
    subject: properties.subject,
    creator: properties.author,
    lastModifiedBy: properties.author,
    keywords: properties.keywords,
    description: properties.description,
    styles: docxStyles(layout, list),
    sections: layout.sections.map((s) => section(layout, s, ctx)),
  });
}
