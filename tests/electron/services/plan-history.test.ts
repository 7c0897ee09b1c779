/**
 * The versions kept beside a plan's file: one per save that changed something, named or not,
 * read back as they were; bounded (the oldest unnamed versions go, named ones stay); a history
 * from a newer version of the app refused in Vietnamese and left as it is.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../shared/model';
import { historyFolder, listVersions, MAX_UNNAMED, nameVersion, readVersion, recordVersion } from '../../../electron/services/plan-history';
import { savePlanFile } from '../../../electron/services/plan-file';
import { partyPlan } from '../../shared/model/ops/plans';

let file = '';
beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), 'kehoach-history-')), 'ke-hoach.kehoach');
});

const at = (minute: number): Date => new Date(Date.UTC(2026, 4, 4, 8, minute));

describe('plan history', () => {
  it('keeps a version per changed save, with its time and name, and reads each back as it was', async () => {
    const first = partyPlan();
    const second = { ...first, meta: { ...first.meta, summary: 'Dự thảo lần 2' } };
    await savePlanFile(file, first);
    expect(await recordVersion(file, first, at(1))).toMatchObject({ id: 'v1', name: '' });
    expect(await recordVersion(file, first, at(2))).toBeNull();
    await recordVersion(file, second, at(3), 'Dự thảo lần 2');
    const versions = await listVersions(file);
    expect(versions.map((v) => [v.id, v.name, v.time])).toEqual([
      ['v2', 'Dự thảo lần 2', '2026-05-04T08:03:00.000Z'],
      ['v1', '', '2026-05-04T08:01:00.000Z'],
    ]);
    expect(serializePlan(await readVersion(file, 'v1'))).toBe(serializePlan(first));
    expect((await readVersion(file, 'v2')).meta.summary).toBe('Dự thảo lần 2');
    expect((await nameVersion(file, 'v1', 'Bản trình ký'))[1]?.name).toBe('Bản trình ký');
  });

  it('never grows without bound: the oldest unnamed versions go, named ones stay', async () => {
    const plan = partyPlan();
    await recordVersion(file, { ...plan, archive: 'đặt tên' }, at(0), 'Bản gửi xin ý kiến');
    for (let i = 1; i <= MAX_UNNAMED + 5; i++) await recordVersion(file, { ...plan, archive: `VT ${String(i)}` }, at(i));
    const versions = await listVersions(file);
    expect(versions.filter((v) => v.name === '')).toHaveLength(MAX_UNNAMED);
    expect(versions.at(-1)?.name).toBe('Bản gửi xin ý kiến');
    expect(readdirSync(historyFolder(file)).filter((n) => n.endsWith('.gz'))).toHaveLength(MAX_UNNAMED + 1);
  });

  it('refuses to write a history made by a newer version, and leaves it untouched', async () => {
    const plan = partyPlan();
    await recordVersion(file, plan, at(1));
    const index = join(historyFolder(file), 'index.json');
    const newer = JSON.stringify({ format: 2, next: 9, versions: [], more: 'x' });
    writeFileSync(index, newer);
    await expect(recordVersion(file, { ...plan, archive: 'VT' }, at(2))).rejects.toThrow(/phiên bản mới hơn/u);
    expect(readFileSync(index, 'utf8')).toBe(newer);
  });
});
