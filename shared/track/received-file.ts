/**
 * A file found in a tracking workspace, as the host read it: a plan (ours, or recognised by the
 * importer), or a file that could not be read, with the reason in Vietnamese.
 */
import type { PlanDocument } from '../model';

/** How the plan was read: our own file or DOCX model exactly, anything else (a scan by OCR) through the recogniser. */
export type ReceivedSource = 'kehoach' | 'docx-model' | 'docx' | 'pdf' | 'text' | 'ocr';

export type ReceivedFile =
  | {
      readonly kind: 'plan';
      /** The file's name inside the workspace folder. */
      readonly file: string;
      /** ISO time of the file's last change: breaks a tie between two plans of one unit with the same date. */
      readonly modified: string;
      readonly source: ReceivedSource;
      readonly plan: PlanDocument;
    }
  | {
      readonly kind: 'unreadable';
      readonly file: string;
      readonly modified: string;
      readonly reason: string;
      /** The file changed while it was read: it is read again once it stays still. */
      readonly changing: boolean;
    };

/** The user's corrections: the organ id of the unit that issued a file, by file name. */
export type UnitCorrections = Readonly<Record<string, string>>;
