/**
 * The block stream every reader produces and the recognizer consumes: lines (paragraphs) and
 * tables, each with a Vietnamese description of where it was found, so anything the recognizer
 * cannot place can be shown to the user at its position.
 */
import type { TextLeaf } from '../model';

export type SourceAlignment = 'left' | 'center' | 'right' | 'justify';

/**
 * Where a line or cell was found on a page (PDF or scan), in points from the page's top-left
 * corner as displayed, so the app can show it on the page image.
 */
export interface SourceOrigin {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SourceLine {
  readonly kind: 'line';
  /** Normalized text, without an automatic numbering label. */
  readonly text: string;
  /** The same text with bold/italic where the source showed it. */
  readonly runs: readonly TextLeaf[];
  /** Word's automatic numbering label ("1.", "a)", "-"), '' when the number is typed in the text. */
  readonly label: string;
  /** Known only for DOCX. */
  readonly align: SourceAlignment | null;
  /** Every character is bold (null when the source has no formatting). */
  readonly bold: boolean | null;
  /** A footnote's text, found in the flow (text extracted from PDF). */
  readonly footnote: boolean;
  readonly orientation: 'portrait' | 'landscape' | null;
  readonly where: string;
  readonly origin?: SourceOrigin;
  /** A rule is drawn under the paragraph's last line (page geometry only): it closes a block such as the trích yếu. */
  readonly ruleBelow?: boolean;
}

export interface SourceCell {
  readonly text: string;
  readonly runs: readonly TextLeaf[];
  /** Grid columns covered (DOCX gridSpan). */
  readonly span: number;
  /** The cell continues the one above (DOCX vMerge). */
  readonly mergeUp: boolean;
  readonly origin?: SourceOrigin;
}

export interface SourceRow {
  readonly cells: readonly SourceCell[];
  /** Marked as a repeating header row in the source (DOCX tblHeader). */
  readonly header: boolean;
  readonly where: string;
}

export interface SourceTable {
  readonly kind: 'table';
  readonly rows: readonly SourceRow[];
  /** A layout table (no borders): header block or signature, not data. */
  readonly borderless: boolean;
  readonly orientation: 'portrait' | 'landscape' | null;
  readonly where: string;
}

export type SourceBlock = SourceLine | SourceTable;

export function plainLine(text: string, where: string, extra: Partial<Omit<SourceLine, 'kind' | 'text' | 'where'>> = {}): SourceLine {
  const line: SourceLine = {
    kind: 'line',
    text,
    runs: extra.runs ?? [{ text }],
    label: extra.label ?? '',
    align: extra.align ?? null,
    bold: extra.bold ?? null,
    footnote: extra.footnote ?? false,
    orientation: extra.orientation ?? null,
    where,
  };
  const placed = extra.origin === undefined ? line : { ...line, origin: extra.origin };
  return extra.ruleBelow === true ? { ...placed, ruleBelow: true } : placed;
}

export function plainCell(text: string, runs: readonly TextLeaf[] = [{ text }]): SourceCell {
  return { text, runs, span: 1, mergeUp: false };
}
