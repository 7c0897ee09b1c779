/**
 * The app's tracking service: a folder is read only once the user chose it; a plan dropped in
 * while the workspace is open is picked up and told to the window; the unit the user sets is kept
 * in the workspace; a received DOCX opens in the editor unsaved, a .kehoach as its file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { createAgencyDirectoryStore } from '../../../electron/services/agency-directory';
import { createDocumentService } from '../../../electron/services/documents';
import { createPathGrants } from '../../../electron/services/path-grants';
import { createTemplateStore } from '../../../electron/services/template-store';
import { createTrackingService } from '../../../electron/services/tracking-service';
import { loadWorkspaceSettings } from '../../../electron/services/tracking-workspace';
import { NOW, PARTY_PARENT, cloneFor, fixture } from '../../shared/clone/helpers';
import { recording } from '../isolation/recording-reader';

const parent = fixture(PARTY_PARENT);
const { reader, asked } = recording();
const tracking = createTrackingService({
  agencies: createAgencyDirectoryStore({ userPath: null }),
  documents: createDocumentService({ templates: createTemplateStore(), grants: createPathGrants(), now: () => NOW }),
  now: () => NOW,
  received: reader,
});
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kehoach-theo-doi-app-'));
  await writeFile(join(folder, 'ke-hoach-58.kehoach'), serializePlan(parent));
  await writeFile(join(folder, 'tuyen-giao.kehoach'), serializePlan(cloneFor(parent, 'Ban Tuyên giáo và Dân vận Tỉnh ủy').child));
}, 60_000);

afterAll(async () => {
  tracking.closeAll();
  await rm(folder, { recursive: true, force: true });
});

describe('the tracking service', () => {
  it('refuses a folder the user did not choose', async () => {
    await expect(tracking.open(folder, () => undefined)).rejects.toThrow('Hãy chọn thư mục theo dõi');
  });

  it('picks up a plan dropped into the open folder and tells the window', async () => {
    tracking.grant(folder);
    let changed: () => void = () => undefined;
    const told = new Promise<void>((resolve) => {
      changed = resolve;
    });
    const first = await tracking.open(folder, () => {
      changed();
    });
    expect(first.matrix.units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh')?.plan).toBeNull();
    await writeFile(join(folder, 'dang-uy.docx'), await renderDocx(cloneFor(parent, 'Đảng ủy UBND tỉnh').child, { now: NOW }));
    await told;
    const second = await tracking.open(folder, () => undefined);
    expect(second.matrix.units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh')).toMatchObject({ covered: 64 });
    // Every file was parsed by the received-file reader (an isolation process in the app), each once.
    expect(asked).toEqual(['readTracked', 'readTracked', 'readTracked']);
  });

  it('keeps the unit the user set for a file, and forgets it when cleared', async () => {
    await tracking.setUnit(folder, 'tuyen-giao.kehoach', 'dang-uy-cong-an-tinh');
    expect((await loadWorkspaceSettings(folder)).settings.corrections).toEqual({ 'tuyen-giao.kehoach': 'dang-uy-cong-an-tinh' });
    const corrected = await tracking.open(folder, () => undefined);
    expect(corrected.matrix.units.find((u) => u.id === 'dang-uy-cong-an-tinh')?.plan?.file).toBe('tuyen-giao.kehoach');
    await tracking.setUnit(folder, 'tuyen-giao.kehoach', null);
    expect((await loadWorkspaceSettings(folder)).settings.corrections).toEqual({});
    await expect(tracking.setUnit(folder, 'tuyen-giao.kehoach', 'khong-co')).rejects.toThrow('không có trong danh bạ');
  });

  it('opens a received DOCX unsaved and a .kehoach as its file', async () => {
    const docx = await tracking.openPlan(folder, 'dang-uy.docx');
    expect(docx.path).toBeNull();
    expect(docx.plan.meta.issuingOrgan.citation).toContain('Đảng ủy');
    expect((await tracking.openPlan(folder, 'tuyen-giao.kehoach')).path).toBe(join(folder, 'tuyen-giao.kehoach'));
  });

  it('builds the report and a letter from the folder as last read', async () => {
    expect((await tracking.report(folder)).meta.typeName).toBe('BÁO CÁO');
    expect((await tracking.reminder(folder, 'dang-uy-cong-an-tinh')).preamble[0]?.children).toEqual([
      { text: 'Kính gửi: Đảng ủy Công an tỉnh.' },
    ]);
    await expect(tracking.reminder(folder, 'khong-co')).rejects.toThrow('không có trong bảng theo dõi');
  });
});
