/**
 * Every parse of a file from outside (a DOCX, PDF, scan or text someone sent, text pasted in) goes
 * through this one interface. The app, the harness and the command line are given the isolated
 * reader (electron/isolation: a separate process with memory and time limits); the in-process
 * reader below is what that process itself runs, and what tests of other parts may use.
 */
import { checkDocx, type DocxCheckResult } from '../../shared/check';
import type { Recognized } from '../../shared/import';
import { DocxReadError, type PendingReview } from '../../shared/import/docx';
import type { ImportedDocument, ImportProgress } from '../../shared/import/ocr';
import { createAgencyDirectory, type AgencyDirectoryData } from '../../shared/model';
import { importPastedText, importUpload, uploadPendingReview, type ImportOptions } from './import-file';
import { uploadExtension } from './import-kinds';
import { UserError } from './user-error';

/** How a caller follows and stops one reading. */
export interface ReadControl {
  /** Page by page for a PDF or a scan. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the reading; what it was doing is discarded. */
  readonly signal?: AbortSignal;
}

/** The import options that are plain data (they cross to the isolation process as they are). */
export type ReceivedImportOptions = Omit<ImportOptions, 'signal' | 'onProgress'>;

export interface DocxCheckInput {
  /** The directory the app uses (shipped and the user's own), to check organ names against. */
  readonly agencies: AgencyDirectoryData;
  readonly today: Date;
}

export interface ReceivedFiles {
  /** A received file by its name's kind (DOCX, PDF, scan, text), with its size cap. */
  importFile(name: string, bytes: Uint8Array, options?: ReceivedImportOptions, control?: ReadControl): Promise<ImportedDocument>;
  importText(text: string, control?: ReadControl): Promise<Recognized>;
  /** What a DOCX still has pending from a review. */
  pendingReview(name: string, bytes: Uint8Array, control?: ReadControl): Promise<PendingReview>;
  /** The format findings of a received DOCX. */
  checkDocx(name: string, bytes: Uint8Array, input: DocxCheckInput, control?: ReadControl): Promise<DocxCheckResult>;
}

async function checkReceivedDocx(name: string, bytes: Uint8Array, { agencies, today }: DocxCheckInput): Promise<DocxCheckResult> {
  if (uploadExtension(name) !== '.docx') throw new UserError(`"${name}" không phải tệp DOCX.`);
  try {
    return await checkDocx(bytes, { agencies: createAgencyDirectory(agencies), today });
  } catch (error) {
    if (error instanceof DocxReadError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}

/** The readers run in this process: nothing bounds what they spend but their own caps. */
export const inProcessReader: ReceivedFiles = {
  importFile: (name, bytes, options = {}, control = {}) => importUpload(name, bytes, { ...options, ...control }),
  importText: (text) => Promise.resolve(importPastedText(text)),
  pendingReview: (name, bytes) => uploadPendingReview(name, bytes),
  checkDocx: checkReceivedDocx,
};
