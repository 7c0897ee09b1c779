/**
 * The page model every positioned source produces: the text layer of a PDF (pdf.js) and the words
 * OCR finds on a scan. Both feed one builder (geometryBlocks), so tables, columns and paragraphs
 * are rebuilt from the same rules whatever the source.
 *
 * Coordinates are in points (1/72 inch) from the top-left corner of the page as it is displayed,
 * after its /Rotate, with y growing downwards.
 */

/** A piece of text with its box: a pdf.js text item (a run of one font) or an OCR word. */
export interface PlacedText {
  readonly text: string;
  /** Left edge of the box. */
  readonly x: number;
  /** Top edge of the box. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Font size in points; for OCR, the height of the line's capitals and ascenders. */
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** 1 for a text layer; 0…1 for OCR (how sure the engine was of the word). */
  readonly confidence: number;
}

/**
 * A straight line the page draws: a table border, a rule under a heading, a brace. Only
 * horizontal and vertical ones are kept; a thin filled rectangle is one too, since Word and
 * Chromium draw cell borders that way.
 */
export interface Ruling {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly thickness: number;
}

export type PageRotation = 0 | 90 | 180 | 270;

export interface PageGeometry {
  /** 1-based page number in the source. */
  readonly page: number;
  /** Size as displayed: a landscape page is wider than high, whether by its box or by /Rotate. */
  readonly width: number;
  readonly height: number;
  readonly rotation: PageRotation;
  readonly texts: readonly PlacedText[];
  readonly rules: readonly Ruling[];
}

export function isHorizontal(rule: Ruling): boolean {
  return Math.abs(rule.y2 - rule.y1) <= Math.abs(rule.x2 - rule.x1);
}
