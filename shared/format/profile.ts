/**
 * The shape of a rule profile: every measurement the renderers use, every form the two rule systems
 * write differently and the provision each comes from. A rule given as a range becomes a default
 * (`value`) that the renderer uses plus the accepted `min`/`max`. Code outside shared/format reads a
 * difference through the functions beside this file, never by asking which system a plan is in.
 */
import type { AuthorityKind, ProfileId, Signer, System } from '../model/meta.schema';
import type { Concept, Provenance, SourceRef } from './provenance';

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

/**
 * How a number and its symbol are written: "30/KH-UBND" (number "/" symbol, type "-" organ) or
 * "58-KH/TU" (number "-" symbol, type "/" organ); joint issuers are joined by `issuersJoiner`.
 */
export interface NumberForm {
  /** "Số:" with a colon (State) or "Số" without (Party). */
  readonly prefix: string;
  readonly numberJoiner: string;
  readonly typeJoiner: string;
  readonly issuersJoiner: string;
  /** Written in messages: "30/KH-UBND", "58-KH/TU". */
  readonly example: { readonly number: string; readonly symbol: string };
}

/** A motto line of the top right: Quốc hiệu, Tiêu ngữ, or the Party's heading. */
export interface MottoLine {
  readonly text: string;
  /** What a reader calls it: "Quốc hiệu", "Tiêu ngữ", "Tiêu đề". */
  readonly label: string;
  readonly style: TextStyle;
}

/** How a clone and a new appendix word what the system words its own way. */
export interface Drafting {
  /** The people a plan is made known to: "cán bộ, đảng viên". */
  readonly staff: string;
  /** "các cơ quan tham mưu, giúp việc của {unit}" in running text. */
  readonly subordinateUnits: string;
  /** The same as a nơi nhận line: "Các cơ quan tham mưu, giúp việc {unit}". */
  readonly subordinateRecipients: string;
  /** "sau đây viết tắt là" (plain) or "sau đây gọi tắt là" (italic, as the State seed). */
  readonly shortNamePhrase: { readonly text: string; readonly italic: boolean };
  /** Title of the tasks section of a child plan. */
  readonly tasksSectionTitle: string;
  /** The archive line of a child plan, {unit} standing for the unit's short name; null keeps the template's. */
  readonly archive: string | null;
  /** The signer of a child plan when the directory has none: a fixed one, or the head's deputy (KT.). */
  readonly signer: { readonly kind: 'fixed'; readonly signer: Signer } | { readonly kind: 'deputy-of-head' };
  /** Tên loại a new căn cứ starts with. */
  readonly citedTypeName: string;
  /** The template a child plan starts from. */
  readonly childTemplate: string;
  /** The task table of a new appendix: its task column label and whether it has a cooperating column. */
  readonly taskTable: { readonly taskLabel: string; readonly cooperateColumn: boolean };
}

export interface FormatProfile {
  readonly id: ProfileId;
  readonly system: System;
  /** "Hướng dẫn 05-HD/VPTW (văn bản của Đảng)" */
  readonly name: string;
  /** "HD 05-HD/VPTW", for the status bar and short notes. */
  readonly shortName: string;
  /** The system in a word, as the gallery and the pickers show it: "Đảng", "Nhà nước". */
  readonly systemLabel: string;
  /** The text the rules come from, cited by the checker. */
  readonly source: string;
  /** The guide itself: what it is, when it took effect, what it replaced. */
  readonly guide: {
    /** The guide as a document cites it: "Hướng dẫn số 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng". */
    readonly title: string;
    /** Its own number and symbol, as a citation would write them ("05-HD/VPTW"). */
    readonly code: string;
    /** ISO date from which documents follow it. */
    readonly effectiveFrom: string;
  };
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
    readonly number: TextStyle & NumberForm;
    /** The national heading lines: Quốc hiệu and Tiêu ngữ, or "ĐẢNG CỘNG SẢN VIỆT NAM". */
    readonly motto: readonly MottoLine[];
    readonly mottoMark: RuleMark;
    readonly placeDate: TextStyle & {
      /** Between the place and "ngày": ", ". */
      readonly separator: string;
    };
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
  /** How the plan cites another document: "… số 05-NQ/TU ngày 30/01/2026" or "…, ngày …". */
  readonly citation: { readonly dateSeparator: string };
  readonly headings: {
    readonly section: TextStyle;
    /** Item levels 1, 2, 3+, when the item is a heading. */
    readonly itemHeading: readonly [TextStyle, TextStyle, TextStyle];
    /** "I." or "I-" before a top-level section. */
    readonly sectionNumbering: 'roman-dot' | 'roman-dash';
  };
  readonly signature: {
    readonly authorityForms: Readonly<Partial<Record<AuthorityKind, string>>>;
    /** A kind the system does not write, and the kind it writes instead (Party: TUQ → TL). */
    readonly authorityFallback: Readonly<Partial<Record<AuthorityKind, AuthorityKind>>>;
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
    /** The archive line, with {units} standing for the archive text: "Lưu: {units}." */
    readonly archiveFormat: string;
    /** What the archive starts with ("VT" for the văn thư), or '' when it names the unit only. */
    readonly archiveLead: string;
    /** An archive as the guide writes one, for messages: "VT, VP", "Văn phòng Tỉnh uỷ". */
    readonly archiveExample: string;
  };
  readonly pageNumber: {
    readonly style: TextStyle;
    readonly hideOnFirstPage: boolean;
  };
  readonly appendix: {
    readonly label: TextStyle & { readonly text: string };
    /** How appendices are numbered when there are two or more: Phụ lục I, II or Phụ lục 1, 2. */
    readonly numbering: 'roman' | 'arabic';
    readonly title: TextStyle;
    readonly refLine: TextStyle;
    /** The mark under the reference line, or null for none. */
    readonly refLineMark: RuleMark | null;
    /** Page numbers start again at each appendix, or run on from the body. */
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
  /**
   * Where the tone mark of the open syllables oa, oe, uy sits in organ names the app writes from the
   * directory: "hoà" (TỈNH UỶ, on the main vowel, as the Party guide of 2026 writes), "hòa" (TỈNH ỦY,
   * on the glide) or "as-given" (the directory's own spelling).
   */
  readonly toneMarks: 'hoà' | 'hòa' | 'as-given';
  readonly drafting: Drafting;
  /**
   * Words that mark an organ name as this system's when reading a received document (regular
   * expression sources of plain alternatives): a name matching `match` and not `unless`.
   */
  readonly organWords: { readonly match: string; readonly unless: string };
  /** The texts the values were read from, by key. */
  readonly sources: Readonly<Record<string, SourceRef>>;
  /** For each concept: the provision, where it was read and how sure that is. */
  readonly provenance: Readonly<Partial<Record<Concept, Provenance>>>;
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
