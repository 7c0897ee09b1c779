/**
 * The jobs an isolation process runs: every parse of a file from outside, as the in-process reader
 * does it. Each takes plain data (a file's bytes, never a path: the app reads the file, the process
 * only parses it) and a progress listener, and returns plain data.
 */
import type { Finding } from '../../shared/check';
import type { ImportProgress } from '../../shared/import/ocr';
import type { PlanDocument } from '../../shared/model';
import { inProcessReader, type DocxCheckInput, type ReceivedImportOptions } from '../services/received-files';

export type ProgressListener = (progress: ImportProgress) => void;

export interface FileInput {
  /** The file's name: its kind, and how messages name it. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A job: plain data in, plain data out, progress on the way. */
export type Job = (input: never, onProgress: ProgressListener) => Promise<unknown>;

export const JOBS = {
  'import-file': ({ name, bytes, options }: FileInput & { readonly options: ReceivedImportOptions }, onProgress: ProgressListener) =>
    inProcessReader.importFile(name, bytes, options, { onProgress }),
  'import-text': ({ text }: { readonly text: string }) => inProcessReader.importText(text),
  'pending-review': ({ name, bytes }: FileInput) => inProcessReader.pendingReview(name, bytes),
  'check-docx': ({ name, bytes, check }: FileInput & { readonly check: DocxCheckInput }) => inProcessReader.checkDocx(name, bytes, check),
  'annotate-docx': ({ name, bytes, findings, now }: FileInput & { readonly findings: readonly Finding[]; readonly now: Date }) =>
    inProcessReader.annotateDocx(name, bytes, findings, now),
  review: ({ name, bytes, plan }: FileInput & { readonly plan: PlanDocument }) => inProcessReader.review(name, bytes, plan),
  'read-tracked': ({ name, bytes }: FileInput) => inProcessReader.readTracked(name, bytes),
} as const satisfies Record<string, Job>;

export type JobTable = Readonly<Record<string, Job>>;
export type JobName = keyof typeof JOBS;
export type JobInput<J extends JobName> = Parameters<(typeof JOBS)[J]>[0];
export type JobOutput<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]>>;
