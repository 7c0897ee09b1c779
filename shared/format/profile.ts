/**
 * The shape of a rule profile: every measurement the renderers use and the checker verifies. A rule
 * given as a range becomes a default (`value`) that the renderer uses plus the accepted `min`/`max`.
 */
import type { AuthorityKind, ProfileId, System } from '../model';

export interface Ranged {
  readonly value: number;
  readonly min: number;
  readonly max: number;
}

export interface TextStyle {
  /** Font size in points. */
  readonly size: Ranged;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline?: boolean;
  readonly caps?: boolean;
}

export type RuleMark =
  /** A solid line, as a fraction of the text it underlines (NĐ 30: 1/3 to 1/2). */
  | { readonly kind: 'line'; readonly ratio: number }
  /** A line exactly as long as the text above it. */
  | { readonly kind: 'line-full' }
  /** A character line: "*" under a Party organ, "-----" under a Party trích yếu. */
  | { readonly kind: 'text'; readonly text: string };

export type LineSpacing = { readonly rule: 'multiple'; readonly lines: Ranged } | { readonly rule: 'exact'; readonly points: Ranged };

export interface FormatProfile {
  readonly id: ProfileId;
  readonly system: System;
  readonly name: string;
  /** The text the rules come from, cited by the checker. */
  readonly source: string;
  readonly page: {
    readonly widthMm: number;
    readonly heightMm: number;
    readonly margins: {
      readonly top: Ranged;
      readonly bottom: Ranged;
      readonly left: Ranged;
      readonly right: Ranged;
    };
    /** Distance of the page-number header from the top edge. */
    readonly headerDistanceMm: number;
  };
  readonly font: { readonly family: string; readonly language: string };
  readonly body: {
    readonly text: TextStyle;
    readonly firstLineIndentMm: Ranged;
    readonly spacingAfterPt: Ranged;
    readonly lineSpacing: LineSpacing;
    /** Appended to the last body paragraph: "./." (State) or "." (Party). */
    readonly endMark: string;
  };
  readonly header: {
    /** Share of the text width taken by the left (organ) column. */
    readonly leftColumnShare: number;
    readonly parentOrgan: TextStyle;
    readonly issuingOrgan: TextStyle;
    readonly issuerMark: RuleMark;
    readonly number: TextStyle & {
      /** "Số:" with a colon (State) or "Số" without (Party). */
      readonly prefix: string;
      /** Between the tên loại's code and the organ's in a ký hiệu: "KH-UBND" (State), "KH/TU" (Party). */
      readonly symbolJoiner: string;
    };
    /** The national heading lines: Quốc hiệu and Tiêu ngữ, or "ĐẢNG CỘNG SẢN VIỆT NAM". */
    readonly motto: readonly { readonly text: string; readonly style: TextStyle }[];
    readonly mottoMark: RuleMark;
    readonly placeDate: TextStyle;
    /** Blank spaces that stand for an unfilled number. */
    readonly blankNumberWidth: number;
  };
  readonly title: {
    readonly typeName: TextStyle;
    readonly summary: TextStyle;
    readonly summaryMark: RuleMark;
  };
  /** The công văn (ô 5b): no tên loại printed, its trích yếu under the number. */
  readonly letter: {
    /** Ký hiệu tên loại in its number: none in NĐ 30 ("05/BNV-VP"), "CV" for the Party ("357-CV/BTCTU"). */
    readonly code: string;
    /** Written before the trích yếu: "V/v " (State) or nothing (Party). */
    readonly summaryPrefix: string;
    readonly summary: TextStyle;
  };
  readonly basis: {
    readonly style: TextStyle;
    /** "- " before each line (Party) or nothing (State). */
    readonly linePrefix: string;
    readonly lineEnd: string;
    readonly lastLineEnd: string;
  };
  readonly headings: {
    readonly section: TextStyle;
    /** Item levels 1, 2, 3+, when the item is a heading. */
    readonly itemHeading: readonly [TextStyle, TextStyle, TextStyle];
  };
  readonly signature: {
    readonly authorityForms: Readonly<Partial<Record<AuthorityKind, string>>>;
    readonly authority: TextStyle;
    readonly position: TextStyle;
    readonly name: TextStyle;
    /** Empty lines left for the signature and seal. */
    readonly blankLines: number;
    /** Share of the text width taken by the nơi nhận column. */
    readonly recipientsColumnShare: number;
  };
  readonly recipients: {
    readonly label: TextStyle & { readonly text: string };
    readonly item: TextStyle;
    readonly lineEnd: string;
    /** The archive line, with {units} standing for the archive text: "Lưu: VT, {units}." */
    readonly archiveFormat: string;
  };
  readonly pageNumber: {
    readonly style: TextStyle;
    readonly hideOnFirstPage: boolean;
  };
  readonly appendix: {
    readonly label: TextStyle & { readonly text: string };
    readonly title: TextStyle;
    readonly refLine: TextStyle;
    /** Page numbers start again at each appendix (NĐ 30) or run on from the body. */
    readonly restartPageNumbers: boolean;
    /** "(Kèm theo Kế hoạch số 58-KH/TU ngày 15/4/2026 của …)": how the date is written. */
    readonly refDate: 'short' | 'long';
    readonly table: {
      readonly text: TextStyle;
      readonly header: TextStyle;
      readonly repeatHeader: boolean;
      readonly cantSplit: boolean;
      /** Cell padding, left and right. */
      readonly cellMarginMm: number;
    };
  };
  readonly markings: {
    readonly urgency: TextStyle;
    readonly circulation: TextStyle;
    readonly draft: TextStyle;
    readonly drafter: TextStyle;
  };
}

export function fixed(value: number): Ranged {
  return { value, min: value, max: value };
}

export function ranged(value: number, min: number, max: number): Ranged {
  return { value, min, max };
}

export function style(size: Ranged, options: Partial<Omit<TextStyle, 'size'>> = {}): TextStyle {
  return { size, bold: false, italic: false, ...options };
}
