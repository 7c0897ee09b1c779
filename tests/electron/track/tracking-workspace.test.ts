/**
 * A tracking workspace on disk: the parent, our own DOCX (read through its embedded model), a
 * foreign DOCX made by pandoc (read by the importer and matched by wording), a note that is not a
 * plan; the cache answers a reopened folder without importing again and never answers for a file
 * whose bytes changed; a file changing while it is read is reported, not read half.
 */
import { execFileSync } from 'node:child_process';
import { appendFile, copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { readReceivedFile } from '../../../electron/services/received-file-reader';
import { inProcessReader, type ReceivedFiles } from '../../../electron/services/received-files';
import { createReadingCache, WORKSPACE_DIR } from '../../../electron/services/tracking-cache';
import { openTrackingWorkspace, saveWorkspaceSettings } from '../../../electron/services/tracking-workspace';
import { NOW, PARTY_PARENT, cloneFor, directory, fixture } from '../../shared/clone/helpers';

const parent = fixture(PARTY_PARENT);
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kehoach-theo-doi-'));
  await writeFile(join(folder, 'ke-hoach-58.kehoach'), serializePlan(parent));
  await writeFile(join(folder, 'dang-uy-ubnd.docx'), await renderDocx(cloneFor(parent, 'Đảng ủy UBND tỉnh').child, { now: NOW }));
  // A unit that retyped our plan in another tool: pandoc keeps the text and tables, not our model.
  const police = join(folder, '.cong-an-goc.docx');
  await writeFile(police, await renderDocx(cloneFor(parent, 'Đảng ủy Công an tỉnh').child, { now: NOW }));
  execFileSync('pandoc', [police, '-t', 'docx', '-o', join(folder, 'cong-an.docx')]);
  await rm(police);
  await writeFile(join(folder, 'ghi-chu.txt'), 'Danh sách cần gọi điện hỏi lại.\n');
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('opening a workspace', () => {
  it('finds the parent, reads our DOCX exactly and a foreign DOCX by wording, and shows the note', async () => {
    const workspace = await openTrackingWorkspace(folder, { directory, received: inProcessReader });
    const { matrix } = workspace;
    expect(matrix.parent.file).toBe('ke-hoach-58.kehoach');
    const status = Object.fromEntries(matrix.files.map((f) => [f.file, [f.status, f.source]]));
    expect(status).toEqual({
      'cong-an.docx': ['counted', 'docx'],
      'dang-uy-ubnd.docx': ['counted', 'docx-model'],
      'ghi-chu.txt': ['unreadable', null],
      'ke-hoach-58.kehoach': ['parent', 'kehoach'],
    });
    expect(matrix.files.find((f) => f.file === 'ghi-chu.txt')?.reason).toContain('Không nhận ra văn bản là kế hoạch');
    expect(matrix.units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh')).toMatchObject({ assigned: 64, covered: 64 });
    expect(matrix.units.find((u) => u.name === 'Đảng ủy Công an tỉnh')).toMatchObject({ assigned: 1, covered: 1 });
  });

  it('keeps each reading in the cache by content, and reads a changed file again', async () => {
    const entries = await readdir(join(folder, WORKSPACE_DIR, 'bo-nho-dem'));
    // One reading per file's bytes, and one result per file for the matrix.
    expect(entries.filter((name) => !name.startsWith('ket-qua.'))).toHaveLength(4);
    expect(entries.filter((name) => name.startsWith('ket-qua.'))).toHaveLength(4);
    const reads: string[] = [];
    const cache = createReadingCache(folder);
    const counting = async (name: string) => {
      const file = await readReceivedFile(
        folder,
        name,
        {
          get: async (hash) => cache.get(hash),
          put: async (hash, reading) => {
            reads.push(name);
            await cache.put(hash, reading);
          },
        },
        inProcessReader,
      );
      return file;
    };
    await counting('cong-an.docx');
    expect(reads).toEqual([]);
    await appendFile(join(folder, 'ghi-chu.txt'), 'Thêm một dòng.\n');
    expect(await counting('ghi-chu.txt')).toMatchObject({ kind: 'unreadable' });
    expect(reads).toEqual(['ghi-chu.txt']);
  });

  it('reports a file that changes while it is read, and counts nothing from it', async () => {
    const name = 'dang-ghi.docx';
    await copyFile(join(folder, 'dang-uy-ubnd.docx'), join(folder, name));
    const growing = async (path: string): Promise<Uint8Array> => {
      const bytes = new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(path)));
      await appendFile(path, 'xx');
      return bytes;
    };
    const file = await readReceivedFile(folder, name, createReadingCache(folder), inProcessReader, growing);
    expect(file.kind === 'unreadable' && file.changing).toBe(true);
    expect(file.kind === 'unreadable' ? file.reason : '').toContain('đang được ghi hoặc thay đổi');
    await rm(join(folder, name));
  });

  it('refuses a file of a kind no importer reads, naming every kind it takes, scans included', async () => {
    const other = await mkdtemp(join(tmpdir(), 'kehoach-theo-doi-loai-'));
    await writeFile(join(other, 'bang-tong-hop.xlsx'), 'PK');
    const file = await readReceivedFile(other, 'bang-tong-hop.xlsx', createReadingCache(other), inProcessReader);
    expect(file).toMatchObject({ kind: 'unreadable', changing: false });
    expect(file.kind === 'unreadable' ? file.reason : '').toContain('.kehoach, .docx, .txt, .pdf hoặc ảnh quét .png, .jpg, .tif');
    await rm(other, { recursive: true });
  });

  it('reads each file once on a first open, even in a folder that cannot keep its cache', async () => {
    const share = await mkdtemp(join(tmpdir(), 'kehoach-theo-doi-chi-doc-'));
    for (const name of ['ke-hoach-58.kehoach', 'dang-uy-ubnd.docx', 'ghi-chu.txt']) await copyFile(join(folder, name), join(share, name));
    // A file where the workspace's own folder would go: nothing can be kept, as on a read-only share.
    await writeFile(join(share, WORKSPACE_DIR), '');
    const reads: string[] = [];
    const counting: ReceivedFiles = {
      ...inProcessReader,
      readTracked: (name, bytes, control) => {
        reads.push(name);
        return inProcessReader.readTracked(name, bytes, control);
      },
    };
    const { matrix } = await openTrackingWorkspace(share, { directory, received: counting });
    expect(matrix.parent.file).toBe('ke-hoach-58.kehoach');
    expect(matrix.units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh')).toMatchObject({ covered: 64 });
    // Finding the parent read every file; the matrix took those readings, not the files again.
    expect(reads.sort()).toEqual(['dang-uy-ubnd.docx', 'ghi-chu.txt', 'ke-hoach-58.kehoach']);
    await rm(share, { recursive: true });
  });

  it('reopens from the results kept, reading no plan, and reads again what a correction changes', async () => {
    const cache = join(folder, WORKSPACE_DIR, 'bo-nho-dem');
    await openTrackingWorkspace(folder, { directory, received: inProcessReader });
    // With the readings gone, a reopen can only have used the kept results.
    for (const name of await readdir(cache)) if (!name.startsWith('ket-qua.')) await rm(join(cache, name));
    const { matrix } = await openTrackingWorkspace(folder, { directory, received: inProcessReader });
    expect(matrix.units.find((u) => u.name === 'Đảng ủy Công an tỉnh')).toMatchObject({ covered: 1 });
    // Only the parent was read again (its tasks and units are the matrix's rows and columns).
    expect((await readdir(cache)).filter((name) => !name.startsWith('ket-qua.'))).toHaveLength(1);
    await saveWorkspaceSettings(folder, {
      version: 1,
      parentFile: 'ke-hoach-58.kehoach',
      corrections: { 'cong-an.docx': 'dang-uy-quan-su-tinh' },
    });
    await openTrackingWorkspace(folder, { directory, received: inProcessReader });
    // The file whose unit changed was read again, beside the parent.
    expect((await readdir(cache)).filter((name) => !name.startsWith('ket-qua.'))).toHaveLength(2);
  });

  it('takes the parent the user chose and the unit the user set, kept in the workspace', async () => {
    await saveWorkspaceSettings(folder, {
      version: 1,
      parentFile: 'ke-hoach-58.kehoach',
      corrections: { 'cong-an.docx': 'dang-uy-quan-su-tinh' },
    });
    const { matrix } = await openTrackingWorkspace(folder, { directory, received: inProcessReader });
    expect(matrix.files.find((f) => f.file === 'cong-an.docx')).toMatchObject({ unitCorrected: true, unitName: 'Đảng ủy Quân sự tỉnh' });
    await saveWorkspaceSettings(folder, { version: 1, parentFile: null, corrections: {} });
  });

  it('says so when no plan in the folder is implemented by another', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kehoach-theo-doi-rong-'));
    await expect(openTrackingWorkspace(empty, { directory, received: inProcessReader })).rejects.toThrow(
      'Không xác định được kế hoạch cấp trên',
    );
    await rm(empty, { recursive: true });
  });
});
