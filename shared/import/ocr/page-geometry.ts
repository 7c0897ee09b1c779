/**
 * The page model OCR produces, in the shape agreed with the PDF geometry reader (issue 15): words
 * with their boxes in points from the top-left corner and a confidence, and the ruling lines
 * drawn on the page. Kept here until shared/import/geometry lands with the shared definition.
 */

export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** 1 for a text layer, 0..1 for OCR. */
  readonly confidence: number;
}

export interface Ruling {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly thickness: number;
}

export type PageRotation = 0 | 90 | 180 | 270;

export interface PageGeometry {
  /** 1-based. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: PageRotation;
  readonly texts: readonly PlacedText[];
  readonly rules: readonly Ruling[];
}
