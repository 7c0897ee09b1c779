/**
 * Every parse of a file from outside (a DOCX, PDF, scan or text someone sent, text pasted in) goes
 * through this one interface. The app, the harness and the command line are given the isolated
 * reader (electron/isolation: a separate process with memory and time limits); the in-process
 * reader below is what that process itself runs, and what tests of other parts may use.
 */
import { extname } from 'node:path';
import { annotateDocx, checkDocxFormat, withPlanFindings, type DocxCheckResult, type Finding } from '../../shared/check';
import type { Recognized } from '../../shared/import';
import { DocxReadError, type PendingReview } from '../../shared/import/docx';
import type { ImportedDocument, ImportProgress } from '../../shared/import/ocr';
import { PlanFormatError, type AgencyDirectory, type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import type { ReviewOfFile } from '../../shared/review';
import type { ReceivedSource } from '../../shared/track';
import { importBytes, importPastedText, importUpload, uploadPendingReview, type ImportOptions } from './import-file';
import { uploadExtension } from './import-kinds';
import { reviewReceived } from './review-file';
import type { CachedReading } from './tracking-cache';
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
  readonly today: Date;
}

export interface ReceivedFiles {
  /** A received file by its name's kind (DOCX, PDF, scan, text), with its size cap. */
  importFile(name: string, bytes: Uint8Array, options?: ReceivedImportOptions, control?: ReadControl): Promise<ImportedDocument>;
  importText(text: string, control?: ReadControl): Promise<Recognized>;
  /** What a DOCX still has pending from a review. */
  pendingReview(name: string, bytes: Uint8Array, control?: ReadControl): Promise<PendingReview>;
  /** The format findings of a received DOCX, and the plan it embeds, not checked yet (see checkReceivedDocx). */
  checkDocx(name: string, bytes: Uint8Array, input: DocxCheckInput, control?: ReadControl): Promise<DocxCheckResult>;
  /** A copy of a received DOCX with each finding as a Word comment at its place. */
  annotateDocx(name: string, bytes: Uint8Array, findings: readonly Finding[], now: Date, control?: ReadControl): Promise<Uint8Array>;
  /** A DOCX returned after review, its changes and comments placed on the plan it was sent as. */
  review(name: string, bytes: Uint8Array, plan: PlanDocument, control?: ReadControl): Promise<ReviewOfFile>;
  /** A file of a tracking folder (.kehoach, DOCX, PDF, scan, text) as a plan, or why it cannot be read. */
  readTracked(name: string, bytes: Uint8Array, control?: ReadControl): Promise<CachedReading>;
}

/** A DOCX's failure to open, said with the file's name. */
async function namingDocx<T>(name: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DocxReadError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}

async function readDocxFormat(name: string, bytes: Uint8Array, { today }: DocxCheckInput): Promise<DocxCheckResult> {
  if (uploadExtension(name) !== '.docx') throw new UserError(`"${name}" không phải tệp DOCX.`);
  return namingDocx(name, () => checkDocxFormat(bytes, { today }));
}

/**
 * The findings of a received DOCX: read by the reader (the isolation process), the plan it embeds
 * checked here against the directory this process has built. The directory never crosses to the
 * reader, which built it again from a copy of 27,000 organs for every file checked.
 */
export async function checkReceivedDocx(
  reader: ReceivedFiles,
  name: string,
  bytes: Uint8Array,
  check: DocxCheckInput & { readonly agencies: AgencyDirectory },
  control?: ReadControl,
): Promise<DocxCheckResult> {
  return withPlanFindings(await reader.checkDocx(name, bytes, { today: check.today }, control), check);
}

/** A tracking folder's file: a .kehoach as it is, any other through the importer; a refusal becomes the reason. */
async function readTracked(name: string, bytes: Uint8Array): Promise<CachedReading> {
  try {
    if (extname(name).toLowerCase() === '.kehoach') {
      return { kind: 'plan', source: 'kehoach', plan: parsePlanText(new TextDecoder('utf-8').decode(bytes)) };
    }
    const { plan, report } = await importBytes(bytes, uploadExtension(name), name);
    return { kind: 'plan', source: report.source satisfies ReceivedSource, plan };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'unreadable', reason: error.message };
    if (error instanceof PlanFormatError) return { kind: 'unreadable', reason: `${name}: ${error.message}` };
    throw error;
  }
}

/** The readers run in this process: nothing bounds what they spend but their own caps. */
export const inProcessReader: ReceivedFiles = {
  importFile: (name, bytes, options = {}, control = {}) => importUpload(name, bytes, { ...options, ...control }),
  importText: (text) => Promise.resolve(importPastedText(text)),
  pendingReview: (name, bytes) => uploadPendingReview(name, bytes),
  checkDocx: readDocxFormat,
  annotateDocx: (name, bytes, findings, now) => namingDocx(name, () => annotateDocx(bytes, findings, { now })),
  review: (name, bytes, plan) => reviewReceived(plan, name, bytes),
  readTracked,
};
