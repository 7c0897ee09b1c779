/**
 * What reading a received file gave, kept by the SHA-256 of its bytes in the workspace's own
 * folder (.kehoach-theo-doi/bo-nho-dem), so a workspace of 150 plans reopens without importing
 * them again, on this machine or another that opens the same shared folder. An entry is found only
 * by the hash of the bytes just read, so a changed file is never answered from the cache; an entry
 * is validated like any .kehoach when used, and a damaged one is read again from the file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, PlanFormatError, parsePlanText, serializePlan, type PlanDocument } from '../../shared/model';
import { FileAssessmentSchema, type FileAssessment, type ReceivedSource } from '../../shared/track';
import { writeFileAtomic } from './files';

/** The workspace's own folder, beside the received files. */
export const WORKSPACE_DIR = '.kehoach-theo-doi';
const CACHE_DIR = 'bo-nho-dem';

/**
 * Bump when the importer reads the same bytes differently, so old entries stop answering: the
 * entries of a version are never read by another. 2: scans and image-only PDFs are read by OCR,
 * where version 1 kept them as unreadable.
 */
const READER_VERSION = 2;

export type CachedReading =
  | { readonly kind: 'plan'; readonly source: ReceivedSource; readonly plan: PlanDocument }
  | { readonly kind: 'unreadable'; readonly reason: string };

interface StoredReading {
  readonly kind: 'plan' | 'unreadable';
  readonly source?: ReceivedSource;
  readonly plan?: string;
  readonly reason?: string;
}

export interface ReadingCache {
  get(hash: string): Promise<CachedReading | null>;
  put(hash: string, reading: CachedReading): Promise<void>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const SOURCES: readonly ReceivedSource[] = ['kehoach', 'docx-model', 'docx', 'pdf', 'text', 'ocr'];

function parseStored(text: string): CachedReading | null {
  const stored = JSON.parse(text) as StoredReading;
  if (stored.kind === 'unreadable' && typeof stored.reason === 'string') return { kind: 'unreadable', reason: stored.reason };
  if (stored.kind !== 'plan' || typeof stored.plan !== 'string' || !SOURCES.includes(stored.source as ReceivedSource)) return null;
  return { kind: 'plan', source: stored.source as ReceivedSource, plan: parsePlanText(stored.plan) };
}

export function createReadingCache(workspace: string): ReadingCache {
  const dir = join(workspace, WORKSPACE_DIR, CACHE_DIR);
  const pathOf = (hash: string): string => join(dir, `${String(CURRENT_SCHEMA_VERSION)}.${String(READER_VERSION)}.${hash}.json`);
  return {
    async get(hash) {
      const text = await readFile(pathOf(hash), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        return parseStored(text);
      } catch (error) {
        // A damaged or hand-edited entry: the file itself is read again.
        if (error instanceof SyntaxError || error instanceof PlanFormatError) return null;
        throw error;
      }
    },
    async put(hash, reading) {
      const stored: StoredReading =
        reading.kind === 'plan' ? { kind: 'plan', source: reading.source, plan: serializePlan(reading.plan) } : reading;
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(pathOf(hash), JSON.stringify(stored));
    },
  };
}

/**
 * What a file gives the matrix (its listing and its unit's cells), kept under a key made of
 * everything it depends on: the file's bytes and name, the parent's bytes, the unit the user set
 * for it and the directory. Reopening an unchanged workspace then reads no plan at all.
 */
export interface AssessmentCache {
  get(key: string): Promise<FileAssessment | null>;
  put(key: string, assessment: FileAssessment): Promise<void>;
}

/** Bump when assessFile gives other results for the same inputs (coverage rules, reasons). */
const ASSESSMENT_VERSION = 1;

export function assessmentKey(parts: readonly string[]): string {
  return createHash('sha256')
    .update([String(ASSESSMENT_VERSION), ...parts].join('\u0000'))
    .digest('hex');
}

export function createAssessmentCache(workspace: string): AssessmentCache {
  const dir = join(workspace, WORKSPACE_DIR, CACHE_DIR);
  const pathOf = (key: string): string => join(dir, `ket-qua.${key}.json`);
  return {
    async get(key) {
      const text = await readFile(pathOf(key), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const parsed = FileAssessmentSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch (error) {
        if (error instanceof SyntaxError) return null;
        throw error;
      }
    },
    async put(key, assessment) {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(pathOf(key), JSON.stringify(assessment));
    },
  };
}
