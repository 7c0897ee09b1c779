/**
 * The neutral layout tree: everything a backend needs to draw a plan, decided once. Numbers,
 * strings, styles, column widths, merges and page setup live here, so the DOCX and the HTML/PDF
 * backends only draw and cannot disagree. Lengths are in millimetres, font sizes in points.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export type LineSpacingRule = { readonly rule: 'multiple'; readonly lines: number } | { readonly rule: 'exact'; readonly points: number };

/** A named paragraph style; DOCX writes it as a Word style, HTML as a CSS class. */
export interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly align: Align;
  readonly firstLineIndentMm: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  readonly lineSpacing: LineSpacingRule;
  readonly keepWithNext: boolean;
  /** 0 for section headings, 1–3 for item headings: what Word's navigation pane shows. */
  readonly outlineLevel?: number;
}

/** A tracked change, in a redline: text (or a paragraph, or a table row) inserted or deleted. */
export type Revision = 'ins' | 'del';

export interface LayoutRun {
  readonly text: string;
  readonly bold?: boolean | undefined;
  readonly italic?: boolean | undefined;
  readonly underline?: boolean | undefined;
  readonly revision?: Revision;
  /** A comment anchored on this run: the comment's number in the exported document. */
  readonly comments?: readonly number[];
}

export interface LayoutParagraph {
  readonly kind: 'paragraph';
  readonly style: string;
  readonly runs: readonly LayoutRun[];
  /** Overrides the style's alignment (recipient lines in a centred column, for example). */
  readonly align?: Align;
  /** Keeps the paragraph on the page of what follows (the last lines stay with the signature). */
  readonly keepWithNext?: boolean;
  /** The model part drawn here ("b:<block id>", "s:<section id>"), for redlines and comments. */
  readonly key?: string;
  /** The paragraph itself was inserted or deleted (its mark), in a redline. */
  readonly revision?: Revision;
  /**
   * The paragraph's printed number ("II. ", "2.1. "), which its first run begins with, and the
   * level of the body's Word list (`LayoutDocument.bodyList`) that counts to the same number. Set
   * only where Word's counting gives the number printed, so a DOCX may draw it either way.
   */
  readonly listNumber?: { readonly level: number; readonly prefix: string };
}

/** A solid horizontal line of a given length, centred in the width that contains it. */
export interface LayoutRule {
  readonly kind: 'rule';
  /** The paragraph style that carries the line (its spacing places the line under the text). */
  readonly style: string;
  readonly widthMm: number;
  readonly containerMm: number;
}

export interface LayoutCell {
  readonly blocks: readonly LayoutBlock[];
  readonly colSpan?: number;
  /** Vertical merge: a cell that starts a merged run, or one that continues the cell above. */
  readonly vMerge?: 'restart' | 'continue';
  readonly vAlign?: 'top' | 'center' | 'bottom';
  /** A line down the right edge of an otherwise borderless cell (the recipients' brace). */
  readonly rightBorder?: boolean;
}

export interface LayoutRow {
  readonly cells: readonly LayoutCell[];
  /** The appendix row drawn here ("r:<appendix id>/<row id>"), for redlines and comments. */
  readonly key?: string;
  readonly revision?: Revision;
  /** Repeated at the top of every page the table runs onto. */
  readonly header?: boolean;
  readonly cantSplit?: boolean;
}

export interface LayoutTable {
  readonly kind: 'table';
  readonly role: 'header-block' | 'signature' | 'recipient-group' | 'appendix';
  readonly columnsMm: readonly number[];
  readonly borders: boolean;
  readonly rows: readonly LayoutRow[];
  readonly cellMarginMm: number;
}

export type LayoutBlock = LayoutParagraph | LayoutRule | LayoutTable;

export interface PageSetup {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly orientation: 'portrait' | 'landscape';
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly headerDistanceMm: number;
}

export interface PageNumbering {
  /** Start again at 1 in this section. */
  readonly restart: boolean;
  /** No number on the section's first page. */
  readonly hideOnFirstPage: boolean;
}

export interface LayoutSection {
  readonly role: 'body' | 'appendix';
  readonly page: PageSetup;
  readonly pageNumbers: PageNumbering;
  readonly blocks: readonly LayoutBlock[];
}

export interface DocumentProperties {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  readonly description: string;
}

/** One level of the body's Word list: how Word draws the number ("%2.%3." is "2.1."). */
export interface ListLevel {
  readonly format: 'upperRoman' | 'decimal';
  readonly text: string;
  /** The paragraph style that carries this level, so a clerk who applies it in Word gets a number. */
  readonly style?: string;
  /**
   * The first-line indent of the level's paragraphs: a numbered paragraph takes its level's indent
   * rather than its style's in LibreOffice, so the level repeats it.
   */
  readonly firstLineIndentMm: number;
}

export interface LayoutDocument {
  readonly font: { readonly family: string; readonly language: string };
  readonly styles: readonly ParagraphStyle[];
  /** The style of the page-number paragraph in the top margin. */
  readonly pageNumberStyle: string;
  readonly properties: DocumentProperties;
  readonly sections: readonly LayoutSection[];
  /** Levels of the list the body's sections (level 0) and items (1–4) may be numbered with in Word. */
  readonly bodyList?: readonly ListLevel[];
}
