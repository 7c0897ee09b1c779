/** writeFileAtomic: the backup, and which temps a later save removes (the crash test kills real saves). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseTempName, tempPathFor, writeFileAtomic } from '../../../electron/services/files';
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
