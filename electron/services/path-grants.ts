/**
 * Where the app may write. A path becomes writable only when the user chose it (a save dialog, a
 * file they opened, a recent file); files opened read-only are never written, whatever asks. The
 * renderer cannot name any other path, so a bug or a hostile document in the page cannot make the
 * app write elsewhere on the machine.
 */
import { resolve } from 'node:path';
import type { SaveKind } from '../../shared/ipc';
import { UserError } from './user-error';

const EXTENSIONS: Readonly<Record<SaveKind, string>> = { plan: '.kehoach', docx: '.docx', pdf: '.pdf' };

export interface PathGrants {
  grant(path: string, kind: SaveKind): void;
  /** The file must not be overwritten (a newer version's file, a backup opened in its place). */
  protect(path: string): void;
  /** Throws a UserError unless `path` may be written as `kind`; returns it resolved. */
  check(path: string, kind: SaveKind): string;
  allows(path: string, kind: SaveKind): boolean;
}

function key(path: string): string {
  const full = resolve(path);
  return /^[A-Za-z]:[\\/]/u.test(full) ? full.toLowerCase() : full;
}

export function extensionFor(kind: SaveKind): string {
  return EXTENSIONS[kind];
}

export function createPathGrants(): PathGrants {
  const granted = new Map<string, Set<SaveKind>>();
  const protectedPaths = new Set<string>();
  return {
    grant(path, kind) {
      const k = key(path);
      granted.set(k, (granted.get(k) ?? new Set()).add(kind));
    },
    protect(path) {
      protectedPaths.add(key(path));
    },
    check(path, kind) {
      const k = key(path);
      if (!k.toLowerCase().endsWith(EXTENSIONS[kind])) {
        throw new UserError(`Tên tệp "${path}" phải có đuôi ${EXTENSIONS[kind]}.`);
      }
      if (protectedPaths.has(k)) {
        throw new UserError(`Tệp "${path}" chỉ được mở để xem và không bị ghi đè. Hãy lưu thành một tệp khác.`);
      }
      if (granted.get(k)?.has(kind) !== true) {
        throw new UserError(`Chưa chọn nơi lưu "${path}". Hãy chọn nơi lưu trong hộp thoại.`);
      }
      return resolve(path);
    },
    allows(path, kind) {
      return granted.get(key(path))?.has(kind) === true;
    },
  };
}
