/**
 * What the safe DOCX reader returns: the body as a stream of paragraphs and tables with their
 * resolved formatting, the page sections with their headers and footers, and the footnotes.
 *
 * Units: every length is in points (pt); `ptToMm` converts for rules written in millimetres.
 * Formatting is resolved (document defaults → paragraph style chain → character style chain →
 * direct formatting), so a consumer never has to look at styles.xml itself.
 */
import type { EmbeddedModel } from '../../markup';
import type { PendingReview } from './pending-review';

export type DocxAlignment = 'left' | 'center' | 'right' | 'justify';

/** `multiple`: 1 = single, 1.5 = one and a half lines; `exact` / `atLeast`: a height in pt. */
export type DocxLineSpacing =
  { readonly rule: 'multiple'; readonly value: number } | { readonly rule: 'exact' | 'atLeast'; readonly pt: number };

export interface DocxIndent {
  readonly leftPt: number;
  readonly rightPt: number;
  /** Positive for a first-line indent, negative for a hanging indent. */
  readonly firstLinePt: number;
}

export interface DocxSpacing {
  readonly beforePt: number;
  readonly afterPt: number;
  /** null when neither the document, the style nor the paragraph sets it (Word: single). */
  readonly line: DocxLineSpacing | null;
}

export interface DocxRun {
  /** Tabs are "\t", line breaks "\n". */
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** w:caps: Word shows the text in capitals although it is stored in lower case. */
  readonly caps: boolean;
  readonly superscript: boolean;
  /** Resolved font family (w:rFonts ascii/hAnsi, theme fonts looked up); '' when unknown. */
  readonly font: string;
  /** Size in pt (w:sz half-points / 2); null when nothing sets it. */
  readonly sizePt: number | null;
  /** Set on the run that carries a footnote reference mark. */
  readonly footnoteId?: string;
}

/** The visible label Word draws for automatic numbering ("1.", "a)", "-"). */
export interface DocxNumbering {
  readonly numId: string;
  /** 0-based list level (w:ilvl). */
  readonly level: number;
  /** w:numFmt of the level: decimal, lowerLetter, upperRoman, bullet, … */
  readonly format: string;
  readonly label: string;
}

export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** Index into `DocxDocument.sections`. */
  readonly section: number;
  readonly styleId: string;
  readonly styleName: string;
  readonly alignment: DocxAlignment;
  readonly indent: DocxIndent;
  readonly spacing: DocxSpacing;
  readonly numbering: DocxNumbering | null;
  readonly runs: readonly DocxRun[];
  /** The runs' text joined (without the numbering label). */
  readonly text: string;
  /** The paragraph contains a PAGE field (page number). */
  readonly hasPageField: boolean;
  readonly pageBreakBefore: boolean;
  /** A line is drawn under or in it: a bottom border (direct or from its style) or a drawing or VML shape. */
  readonly ruled: boolean;
}

export interface DocxCell {
  /** Number of grid columns the cell spans (w:gridSpan). */
  readonly gridSpan: number;
  /** w:vMerge: 'restart' starts a vertical merge, 'continue' joins the cell above. */
  readonly vMerge: 'restart' | 'continue' | null;
  readonly widthPt: number | null;
  /** The cell's paragraphs in reading order, nested tables' paragraphs included. */
  readonly paragraphs: readonly DocxParagraph[];
  readonly nestedTables: readonly DocxTable[];
}

export interface DocxRow {
  /** w:tblHeader: the row repeats at the top of each page. */
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly DocxCell[];
}

export interface DocxTable {
  readonly kind: 'table';
  readonly section: number;
  readonly rows: readonly DocxRow[];
  /** Table borders are all set to none or nil (layout tables: header block, signature). */
  readonly borderless: boolean;
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxHeaderFooter {
  readonly paragraphs: readonly DocxParagraph[];
  /** Any paragraph (or table cell) holds a PAGE field. */
  readonly hasPageField: boolean;
}

export interface DocxHeaderFooterSet {
  readonly default: DocxHeaderFooter | null;
  readonly first: DocxHeaderFooter | null;
  readonly even: DocxHeaderFooter | null;
}

export interface DocxMargins {
  readonly topPt: number;
  readonly bottomPt: number;
  readonly leftPt: number;
  readonly rightPt: number;
  readonly headerPt: number;
  readonly footerPt: number;
}

/** One w:sectPr, in document order. Headers and footers are inherited from the previous section as Word does. */
export interface DocxSection {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly orientation: 'portrait' | 'landscape';
  readonly margins: DocxMargins;
  /** w:titlePg: the first page uses the "first" header and footer. */
  readonly titlePage: boolean;
  /** w:pgNumType w:start, when the section restarts page numbering. */
  readonly pageNumberStart: number | null;
  readonly headers: DocxHeaderFooterSet;
  readonly footers: DocxHeaderFooterSet;
}

export interface DocxFootnote {
  readonly id: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly text: string;
}

/** What Word could run or fetch; never run or followed by the reader. */
export interface DocxActiveContent {
  /** A VBA project or ActiveX controls. */
  readonly macros: boolean;
  /** Targets of external relationships other than hyperlinks (attached template, linked pictures…). */
  readonly externalResources: readonly string[];
}

export interface DocxDocument {
  readonly blocks: readonly DocxBlock[];
  readonly sections: readonly DocxSection[];
  readonly footnotes: readonly DocxFootnote[];
  /** The model Kế hoạch Studio embeds when it exports (customXml), if the file has one. */
  readonly embeddedModel: EmbeddedModel | null;
  readonly activeContent: DocxActiveContent;
  /** Tracked changes and comments left pending by a reviewer. */
  readonly pendingReview: PendingReview;
}

export const PT_PER_MM = 72 / 25.4;

export function ptToMm(pt: number): number {
  return pt / PT_PER_MM;
}
