/**
 * Plans on shared folders: what a file was when the app read or wrote it (size, modification time
 * and a SHA-256 of its bytes: a copy over the network may keep the time, an editor the size, so
 * only the bytes decide), who saved it (each save stamps the file with the user, the machine, the
 * app's version and the time, beside the plan), and, when the file is no longer what the app saw,
 * what happened to it, in words.
 */
import { createHash } from 'node:crypto';
import { access, readFile, stat } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { FileConflict, FileVersion } from '../../shared/ipc';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model';

/**
 * Who saved a plan file. Written as a top-level field the plan's schema does not know, so every
 * version of the app, older ones included, reads the plan and drops it.
 */
const SaveStampSchema = z.object({ user: z.string(), machine: z.string(), app: z.string(), at: z.string() });
export type SaveStamp = z.infer<typeof SaveStampSchema>;

/** The stamp's key in a `.kehoach` file. */
export const STAMP_KEY = 'savedBy';

/**
 * A stamp older than the file by more than this was not written by the save that wrote the file:
 * another program changed it after (keeping the field), so the stamp does not name who did.
 */
const STAMP_SLACK_MS = 2 * 60 * 1000;

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    // Some systems have no name for the user running the app.
    return '';
  }
}

export function saveStamp(appVersion: string, at: Date): SaveStamp {
  return { user: currentUser(), machine: hostname(), app: appVersion, at: at.toISOString() };
}

export function versionOfBytes(bytes: Uint8Array, mtimeMs: number): FileVersion {
  return { size: bytes.length, mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The bytes decide: the same bytes with a new time lose nothing when written over. */
export function sameContent(a: FileVersion, b: FileVersion): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}

/** A time's parts as written, two digits each but the year, in the machine's time zone. */
function timeParts(date: Date): { hour: string; minute: string; day: string; month: string; year: string } {
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    hour: two(date.getHours()),
    minute: two(date.getMinutes()),
    day: two(date.getDate()),
    month: two(date.getMonth() + 1),
    year: String(date.getFullYear()),
  };
}

/** "14:05 ngày 07/12/2026". */
function clockAndDate(date: Date): string {
  const { hour, minute, day, month, year } = timeParts(date);
  return `${hour}:${minute} ngày ${day}/${month}/${year}`;
}

/** What the file's bytes say of their writer: our stamp and the schema version, when it is a plan of ours. */
function writerOf(bytes: Uint8Array): { stamp: SaveStamp | null; schemaVersion: number | null } {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ''));
    if (value === null || typeof value !== 'object') return { stamp: null, schemaVersion: null };
    const fields = new Map<string, unknown>(Object.entries(value));
    const stamp = SaveStampSchema.safeParse(fields.get(STAMP_KEY));
    const schemaVersion = fields.get('schemaVersion');
    return { stamp: stamp.success ? stamp.data : null, schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : null };
  } catch {
    return { stamp: null, schemaVersion: null };
  }
}

/** "Người dùng "lan" trên máy "VP-01" (Kế hoạch Studio 0.2.0) đã lưu tệp lúc 14:05 ngày 07/12/2026". */
function savedBy(stamp: SaveStamp): string {
  const at = clockAndDate(new Date(stamp.at));
  if (stamp.user === currentUser() && stamp.machine === hostname()) {
    return `Một cửa sổ khác của Kế hoạch Studio trên máy này (${stamp.app}) đã lưu tệp lúc ${at}`;
  }
  const who = stamp.user === '' ? 'Một người dùng' : `Người dùng "${stamp.user}"`;
  return `${who} trên máy "${stamp.machine}" (Kế hoạch Studio ${stamp.app}) đã lưu tệp lúc ${at}`;
}

/** Who or what wrote the file now on disk, as far as its bytes and time tell. */
function describeWriter(stamp: SaveStamp | null, mtimeMs: number): string {
  const stampTime = stamp === null ? Number.NaN : Date.parse(stamp.at);
  if (stamp !== null && Math.abs(mtimeMs - stampTime) <= STAMP_SLACK_MS) return savedBy(stamp);
  const changed = `Tệp đã bị một chương trình khác hoặc người khác sửa lúc ${clockAndDate(new Date(mtimeMs))}`;
  if (stamp === null) return changed;
  const before = savedBy(stamp);
  return `${changed} (trước đó: ${before.charAt(0).toLowerCase()}${before.slice(1)})`;
}

export interface DiskState {
  readonly version: FileVersion;
  /** Set when the file is not what was expected, or a newer version of the app wrote it. */
  readonly conflict: FileConflict | null;
}

/**
 * The file on disk compared with `expected` (the version the document was read from or last saved
 * as; null when the user has just chosen the path, and the system's dialog asked about replacing
 * it). A file from a newer version of the app is a conflict either way: overwriting it would lose
 * what this version cannot read. Null when there is no file (deleted or moved away: nothing there
 * to lose).
 */
export async function diskStateOf(path: string, expected: FileVersion | null): Promise<DiskState | null> {
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    [bytes, mtimeMs] = await Promise.all([readFile(path), stat(path).then((info) => info.mtimeMs)]);
  } catch {
    return null;
  }
  const version = versionOfBytes(bytes, mtimeMs);
  const changed = expected !== null && !sameContent(version, expected);
  // The bytes the document was read from were a plan of this version: nothing more to read.
  if (expected !== null && !changed) return { version, conflict: null };
  const { stamp, schemaVersion } = writerOf(bytes);
  if (schemaVersion !== null && schemaVersion > CURRENT_SCHEMA_VERSION) {
    const who = changed || stamp !== null ? `${describeWriter(stamp, mtimeMs)} bằng` : 'Tệp được ghi bởi';
    return {
      version,
      conflict: {
        kind: 'newer-version',
        message: `${who} một phiên bản mới hơn của Kế hoạch Studio (cấu trúc tệp số ${String(schemaVersion)}, phiên bản này đọc đến số ${String(CURRENT_SCHEMA_VERSION)}). Ghi đè sẽ làm mất những gì phiên bản này không đọc được.`,
      },
    };
  }
  if (!changed) return { version, conflict: null };
  return { version, conflict: { kind: 'changed', message: `${describeWriter(stamp, mtimeMs)}, sau khi anh/chị mở hoặc lưu lần trước.` } };
}

/**
 * Where "Giữ cả hai" writes the user's work: a new file beside the plan whose name says whose copy
 * it is and when it was made ("ke-hoach (bản của lan, 14h05 ngày 07-12-2026).kehoach"), numbered
 * when that name is taken. Characters no file system takes are left out of the user's name.
 */
export async function keepBothPath(path: string, at: Date): Promise<string> {
  const extension = extname(path);
  const base = basename(path, extension);
  const user = currentUser()
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .trim();
  const { hour, minute, day, month, year } = timeParts(at);
  const when = `${hour}h${minute} ngày ${day}-${month}-${year}`;
  const label = user === '' ? `bản lưu riêng, ${when}` : `bản của ${user}, ${when}`;
  for (let n = 1; ; n++) {
    const candidate = join(dirname(path), `${base} (${label}${n === 1 ? '' : ` - ${String(n)}`})${extension}`);
    const taken = await access(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}
