/** writeFileAtomic: the backup, and which temps a later save removes (the crash test kills real saves). */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeUnicode, parseTempName, readBytes, tempPathFor, writeFileAtomic } from '../../../electron/services/files';
import { UserError } from '../../../electron/services/user-error';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-files-'));
});

const list = (): string[] => readdirSync(dir).sort();

/** A pid that no process has any more: a node that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

/** A temp of `target` written on another machine (same name form, another host tag). */
function foreignTemp(target: string): string {
  const name = basename(tempPathFor(join(dir, target)));
  const tag = /\.([0-9a-f]{6})-\d+-/.exec(name)?.[1] ?? '';
  const other = tag.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  return name.replace(`.${tag}-`, `.${other}-`);
}

describe('writeFileAtomic', () => {
  it('keeps the previous version as .bak and leaves no temp behind', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    await writeFileAtomic(path, 'một', { backup: true });
    expect(list()).toEqual(['ke-hoach.kehoach']);
    await writeFileAtomic(path, 'hai', { backup: true });
    await writeFileAtomic(path, 'ba', { backup: true });
    expect(list()).toEqual(['ke-hoach.kehoach', 'ke-hoach.kehoach.bak']);
    expect(readFileSync(path, 'utf8')).toBe('ba');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('hai');
  });

  it('writes through a symbolic link: the link stays, its file changes', async () => {
    mkdirSync(join(dir, 'chung'));
    const real = join(dir, 'chung', 'that.kehoach');
    writeFileSync(real, 'một');
    const link = join(dir, 'loi-tat.kehoach');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'hai', { backup: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('hai');
    expect(readFileSync(`${real}.bak`, 'utf8')).toBe('một');
  });

  it("says in Vietnamese, never with the system's English, why a file could not be read", async () => {
    const error: unknown = await readBytes(join(dir, 'thu-muc-khong-co', 'a.kehoach')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Không tìm thấy tệp/u);
    const notFolder = join(dir, 'tep');
    writeFileSync(notFolder, '');
    const message = await readBytes(join(notFolder, 'a.kehoach')).catch((e: unknown) => (e as Error).message);
    expect(message).toMatch(/không phải thư mục/u);
    expect(message).not.toMatch(/ENOTDIR|no such|not a directory/iu);
  });

  it('names temps so that they are hidden, never .kehoach, and say whose they are', () => {
    const temp = basename(tempPathFor(join(dir, 'ke-hoach.kehoach')));
    expect(temp).toMatch(/^\.ke-hoach\.kehoach\..*\.tmp$/);
    expect(parseTempName(temp)).toEqual({ target: 'ke-hoach.kehoach', thisMachine: true, pid: process.pid });
    expect(parseTempName(foreignTemp('ke-hoach.kehoach'))?.thisMachine).toBe(false);
    expect(parseTempName('ke-hoach.kehoach')).toBeNull();
    expect(parseTempName('.ke-hoach.kehoach.tmp')).toBeNull();
  });

  it('removes the temps of the same file whose writer is gone, and only those', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    const dead = deadPid();
    const orphan = basename(tempPathFor(path, dead));
    const orphanBackup = basename(tempPathFor(`${path}.bak`, dead));
    const live = basename(tempPathFor(path));
    const otherDocument = basename(tempPathFor(join(dir, 'khac.kehoach'), dead));
    const foreignFresh = foreignTemp('ke-hoach.kehoach');
    const foreignOld = foreignTemp('ke-hoach.kehoach');
    const unrelated = '.ke-hoach.kehoach.ghi-chu.tmp';
    for (const name of [orphan, orphanBackup, live, otherDocument, foreignFresh, foreignOld, unrelated])
      writeFileSync(join(dir, name), 'dở dang');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, foreignOld), twoDaysAgo, twoDaysAgo);
    await writeFileAtomic(path, 'mới', { backup: true });
    expect(list()).toEqual([live, otherDocument, foreignFresh, unrelated, 'ke-hoach.kehoach'].sort());
  });

  it('fails in Vietnamese without a temp when the target cannot be replaced, and the old file stays', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    mkdirSync(path);
    writeFileSync(join(path, 'ben-trong'), 'cũ');
    const error: unknown = await writeFileAtomic(path, 'mới').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/ke-hoach\.kehoach/);
    expect(list()).toEqual(['ke-hoach.kehoach']);
    expect(readFileSync(join(path, 'ben-trong'), 'utf8')).toBe('cũ');
  });
});

describe('decodeUnicode', () => {
  const text = 'Kế hoạch số 12';
  it('reads UTF-8 with or without a byte order mark, and UTF-16 as Notepad saves it', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le.subarray(0).swap16());
    expect(decodeUnicode(Buffer.from(text))).toBe(text);
    expect(decodeUnicode(Buffer.from(`\uFEFF${text}`))?.replace(/^\uFEFF/u, '')).toBe(text);
    expect(decodeUnicode(utf16le)).toBe(text);
    expect(decodeUnicode(utf16be)).toBe(text);
  });

  it('gives null for bytes cut inside a character', () => {
    const bytes = Buffer.from(text);
    expect(decodeUnicode(bytes.subarray(0, 4))).toBe('Kế');
    expect(decodeUnicode(bytes.subarray(0, 2))).toBeNull();
    expect(decodeUnicode(bytes.subarray(0, 3))).toBeNull();
  });
});
