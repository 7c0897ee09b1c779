/**
 * The versions of a plan, kept beside its file in a folder `<tên>.kehoach.phien-ban/`: one
 * gzip-compressed copy per save that changed something, with its time and an optional name
 * ("Dự thảo lần 2", "Bản trình ký"), listed in `index.json`. A save writes one small file and the
 * index, whatever the history's length, so saving a large plan is not slowed by its history; the
 * oldest unnamed versions go once there are more than MAX_UNNAMED (named ones are kept, up to
 * MAX_NAMED). A history written by a newer version of the app is read, never written. Versions
 * are copies: they are written without flushing to the disk (the plan itself is), so they cost a
 * save little; one lost in a power cut loses no work.
 */
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { z } from 'zod';
import { parsePlanText, PlanFormatError, serializePlan, type PlanDocument } from '../../shared/model';
import { fingerprint } from '../../shared/markup';
import { readBytes, readText, writeFileAtomic } from './files';
import { UserError } from './user-error';

const pack = promisify(gzip);
const unpack = promisify(gunzip);

export const HISTORY_FORMAT = 1;
export const MAX_UNNAMED = 50;
export const MAX_NAMED = 200;
/** A version file larger than this is not read back (a plan is a few megabytes at most). */
const MAX_VERSION_BYTES = 64 * 1024 * 1024;

const VersionSchema = z.object({
  id: z.string().regex(/^v\d{1,9}$/u),
  time: z.string(),
  name: z.string().max(200),
  bytes: z.number().int().nonnegative(),
  hash: z.string(),
  /** The version this one brought back ("Khôi phục"), absent for an ordinary save. */
  restoredFrom: z.string().optional(),
});
export type PlanVersion = z.infer<typeof VersionSchema>;

const IndexSchema = z.object({ format: z.number().int(), next: z.number().int().positive(), versions: z.array(VersionSchema) });
type HistoryIndex = z.infer<typeof IndexSchema>;

export function historyFolder(planPath: string): string {
  return join(dirname(planPath), `${basename(planPath)}.phien-ban`);
}

async function readIndex(planPath: string): Promise<HistoryIndex> {
  let text: string;
  try {
    text = await readText(join(historyFolder(planPath), 'index.json'));
  } catch {
    return { format: HISTORY_FORMAT, next: 1, versions: [] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError('Tệp danh sách phiên bản (index.json) bị hỏng; lịch sử không được ghi thêm.');
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > HISTORY_FORMAT) {
    throw new UserError(
      'Lịch sử phiên bản được tạo bởi phiên bản mới hơn của Kế hoạch Studio: chỉ xem được, không ghi thêm. Hãy cập nhật ứng dụng.',
    );
  }
  const parsed = IndexSchema.safeParse(value);
  if (!parsed.success) throw new UserError('Tệp danh sách phiên bản (index.json) không hợp lệ; lịch sử không được ghi thêm.');
  return parsed.data;
}

async function writeIndex(planPath: string, index: HistoryIndex): Promise<void> {
  await writeFileAtomic(join(historyFolder(planPath), 'index.json'), `${JSON.stringify(index, null, 2)}\n`, { flush: false });
}

function versionFile(planPath: string, id: string): string {
  return join(historyFolder(planPath), `${id}.kehoach.gz`);
}

/** Keeps the newest MAX_UNNAMED unnamed and MAX_NAMED named versions; returns the ones dropped. */
function prune(versions: readonly PlanVersion[]): { kept: PlanVersion[]; dropped: PlanVersion[] } {
  const unnamed = versions.filter((v) => v.name === '');
  const named = versions.filter((v) => v.name !== '');
  const drop = new Set([
    ...unnamed.slice(0, Math.max(0, unnamed.length - MAX_UNNAMED)),
    ...named.slice(0, Math.max(0, named.length - MAX_NAMED)),
  ]);
  return { kept: versions.filter((v) => !drop.has(v)), dropped: [...drop] };
}

/** Records the plan just saved as a version, unless it is the same as the last one. */
export async function recordVersion(
  planPath: string,
  plan: PlanDocument,
  time: Date,
  name = '',
  restoredFrom?: string,
): Promise<PlanVersion | null> {
  const index = await readIndex(planPath);
  const text = serializePlan(plan);
  const hash = fingerprint(text);
  const last = index.versions[index.versions.length - 1];
  if (last !== undefined && last.hash === hash && name === '') return null;
  const version: PlanVersion = {
    id: `v${String(index.next)}`,
    time: time.toISOString(),
    name: name.normalize('NFC').trim(),
    bytes: text.length,
    hash,
    ...(restoredFrom === undefined ? {} : { restoredFrom }),
  };
  await mkdir(historyFolder(planPath), { recursive: true });
  await writeFileAtomic(versionFile(planPath, version.id), new Uint8Array(await pack(text, { level: 1 })), { flush: false });
  const { kept, dropped } = prune([...index.versions, version]);
  await writeIndex(planPath, { format: HISTORY_FORMAT, next: index.next + 1, versions: kept });
  await Promise.all(dropped.map((v) => rm(versionFile(planPath, v.id), { force: true })));
  return version;
}

/** The versions, newest first. */
export async function listVersions(planPath: string): Promise<PlanVersion[]> {
  return [...(await readIndex(planPath)).versions].reverse();
}

export async function readVersion(planPath: string, id: string): Promise<PlanDocument> {
  const index = await readIndex(planPath).catch(() => null);
  if (index !== null && !index.versions.some((v) => v.id === id)) throw new UserError('Không có phiên bản này trong lịch sử.');
  const bytes = await readBytes(versionFile(planPath, VersionSchema.shape.id.parse(id)));
  if (bytes.length > MAX_VERSION_BYTES) throw new UserError('Tệp phiên bản quá lớn.');
  const text = (await unpack(bytes, { maxOutputLength: MAX_VERSION_BYTES })).toString('utf8');
  try {
    return parsePlanText(text);
  } catch (error) {
    if (error instanceof PlanFormatError) throw new UserError(`Phiên bản ${id} không đọc được: ${error.message}`);
    throw error;
  }
}

export async function nameVersion(planPath: string, id: string, name: string): Promise<PlanVersion[]> {
  const index = await readIndex(planPath);
  if (!index.versions.some((v) => v.id === id)) throw new UserError('Không có phiên bản này trong lịch sử.');
  const versions = index.versions.map((v) => (v.id === id ? { ...v, name: name.normalize('NFC').trim().slice(0, 200) } : v));
  await writeIndex(planPath, { ...index, versions });
  return [...versions].reverse();
}
