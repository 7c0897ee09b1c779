/**
 * Opening and saving in the app: a newer or damaged file opens read-only and is never written
 * over; saving needs a chosen path and keeps the previous version as a backup.
 */
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentService, type DocumentService } from '../../../electron/services/documents';
import { MAX_PLAN_BYTES } from '../../../electron/services/plan-file';
import { createPathGrants, type PathGrants } from '../../../electron/services/path-grants';
import { historyFolder, listVersions } from '../../../electron/services/plan-history';
import { createTemplateStore } from '../../../electron/services/template-store';
import { UserError } from '../../../electron/services/user-error';
import { parsePlanText, serializePlan } from '../../../shared/plan-file';

/** A save to a path just chosen in the save dialog. */
const CHOSEN = { expected: null, onConflict: 'ask' } as const;

const FIXTURE = readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8');

describe('document service', () => {
  let dir: string;
  let grants: PathGrants;
  let documents: DocumentService;
  let touched: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docs-'));
    grants = createPathGrants();
    touched = [];
    let n = 0;
    documents = createDocumentService({
      templates: createTemplateStore(),
      grants,
      now: () => new Date('2026-11-23T09:00:00Z'),
      newId: () => `id-${++n}`,
      onTouched: (path) => touched.push(path),
    });
  });

  it('creates a plan from a template with fresh ids and no file', async () => {
    const opened = await documents.create('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    expect(opened.path).toBeNull();
    expect(opened.readOnly).toBeNull();
    expect(opened.plan.templateId).toBe('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    expect(opened.plan.meta.date).toEqual({ year: 2026, month: 11, day: null });
    expect(opened.plan.id).toMatch(/^id-/u);
  });

  it('opens a plan, then saves it back with a backup of the previous version', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    writeFileSync(path, FIXTURE);
    const opened = await documents.open(path);
    expect(opened.readOnly).toBeNull();
    expect(touched).toEqual([path]);
    const changed = { ...opened.plan, meta: { ...opened.plan.meta, summary: 'Trích yếu mới' } };
    const saved = await documents.save(path, changed, { expected: opened.version, onConflict: 'ask' });
    expect(saved).toMatchObject({ kind: 'saved', path, savedAt: '2026-11-23T09:00:00.000Z' });
    expect(parsePlanText(readFileSync(path, 'utf8')).meta.summary).toBe('Trích yếu mới');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(FIXTURE);
  });

  it('opens a newer version read-only and refuses to save over it', async () => {
    const path = join(dir, 'moi.kehoach');
    const newer = { ...(JSON.parse(FIXTURE) as object), schemaVersion: 7, futureField: { x: 1 } };
    writeFileSync(path, JSON.stringify(newer));
    const opened = await documents.open(path);
    expect(opened.readOnly?.kind).toBe('newer-version');
    expect(opened.readOnly?.message).toMatch(/phiên bản mới hơn.*chỉ xem/u);
    await expect(documents.save(path, opened.plan, CHOSEN)).rejects.toThrow(/chỉ được mở để xem/u);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(newer);
  });

  it('refuses a newer file whose content no longer fits, with the version message', async () => {
    const path = join(dir, 'khac.kehoach');
    writeFileSync(path, JSON.stringify({ schemaVersion: 9, sections: 'other shape' }));
    await expect(documents.open(path)).rejects.toThrow(/cấu trúc tệp số 9/u);
  });

  it('opens the backup read-only when the file is damaged, and leaves the damaged file alone', async () => {
    const path = join(dir, 'hong.kehoach');
    writeFileSync(path, '{ "schemaVersion": 1, "id": ');
    writeFileSync(`${path}.bak`, FIXTURE);
    const opened = await documents.open(path);
    expect(opened.readOnly?.kind).toBe('backup');
    expect(opened.readOnly?.message).toMatch(/bị hỏng.*bản sao lưu/u);
    expect(serializePlan(opened.plan)).toBe(serializePlan(parsePlanText(FIXTURE)));
    await expect(documents.save(path, opened.plan, CHOSEN)).rejects.toThrow(UserError);
    expect(readFileSync(path, 'utf8')).toBe('{ "schemaVersion": 1, "id": ');
  });

  it('offers the backup of a file cut inside a multi-byte character', async () => {
    const path = join(dir, 'cat.kehoach');
    const bytes = Buffer.from(FIXTURE);
    // The first cut point inside a Vietnamese letter (a continuation byte follows it).
    const cut = bytes.findIndex((byte, i) => i > 100 && byte >= 0xc0 && (bytes[i + 1] ?? 0) >= 0x80) + 1;
    writeFileSync(path, bytes.subarray(0, cut));
    writeFileSync(`${path}.bak`, FIXTURE);
    const opened = await documents.open(path);
    expect(opened.readOnly?.kind).toBe('backup');
    expect(opened.readOnly?.message).toMatch(/UTF-8.*cat\.kehoach\.bak/u);
    expect(serializePlan(opened.plan)).toBe(serializePlan(parsePlanText(FIXTURE)));
  });

  it('opens a plan saved as UTF-16 by Notepad', async () => {
    const path = join(dir, 'notepad.kehoach');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXTURE, 'utf16le')]));
    expect((await documents.open(path)).readOnly).toBeNull();
  });

  it('refuses a file far larger than any plan by its size, before reading it', async () => {
    const path = join(dir, 'lon.kehoach');
    writeFileSync(path, '');
    truncateSync(path, MAX_PLAN_BYTES + 1);
    await expect(documents.open(path)).rejects.toThrow(/quá lớn \(64 MB\) để là một kế hoạch/u);
  });

  it('explains a damaged file without a backup in Vietnamese', async () => {
    const path = join(dir, 'hong.kehoach');
    writeFileSync(path, 'xin chào');
    await expect(documents.open(path)).rejects.toThrow(/Không mở được.*bị hỏng/u);
  });

  it('sends DOCX, PDF and text to the import, by extension', async () => {
    await expect(documents.open(join(dir, 'a.docx'))).rejects.toThrow(/Nhập văn bản/u);
  });

  it('saves only where the user chose', async () => {
    const opened = await documents.create('dang-ke-hoach-thuc-hien-nghi-quyet');
    const path = join(dir, 'chua-chon.kehoach');
    await expect(documents.save(path, opened.plan, CHOSEN)).rejects.toThrow(/Chưa chọn nơi lưu/u);
    expect(existsSync(path)).toBe(false);
    grants.grant(path, 'plan');
    await documents.save(path, opened.plan, CHOSEN);
    expect(existsSync(path)).toBe(true);
  });

  it('opens content from a browser without a path', () => {
    const opened = documents.openContent('58.kehoach', FIXTURE);
    expect(opened.path).toBeNull();
    expect(opened.warnings[0]).toMatch(/chọn nơi lưu mới/u);
    expect(() => documents.openContent('x.kehoach', '[]')).toThrow(/Không mở được "x.kehoach"/u);
  });

  it('records each save in the history beside the file, and says when it cannot', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    grants.grant(path, 'plan');
    const plan = parsePlanText(FIXTURE);
    expect(await documents.save(path, plan, CHOSEN)).not.toHaveProperty('historyWarning');
    await documents.save(path, { ...plan, archive: 'VT' }, CHOSEN);
    expect((await listVersions(path)).map((v) => v.time)).toEqual(['2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z']);
    writeFileSync(join(historyFolder(path), 'index.json'), '{"format": 9}');
    const saved = await documents.save(path, { ...plan, archive: 'VP' }, CHOSEN);
    expect(saved).toMatchObject({ historyWarning: expect.stringMatching(/phiên bản mới hơn/u) as unknown });
    expect(parsePlanText(readFileSync(path, 'utf8')).archive).toBe('VP');
  });

  it('lists, opens read-only, names and restores the versions of an opened plan only', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    const plan = parsePlanText(FIXTURE);
    await expect(documents.versions(path)).rejects.toThrow(/Chưa mở tệp/u);
    grants.grant(path, 'plan');
    await documents.save(path, plan, CHOSEN);
    await documents.save(path, { ...plan, archive: 'VT, lần 2' }, CHOSEN);
    const [second, first] = await documents.versions(path);
    expect([second?.id, first?.id]).toEqual(['v2', 'v1']);

    const viewed = await documents.openVersion(path, 'v1');
    expect(viewed.readOnly?.kind).toBe('version');
    expect(viewed.plan.archive).toBe(plan.archive);
    expect(parsePlanText(readFileSync(path, 'utf8')).archive).toBe('VT, lần 2');
    await expect(documents.openVersion(path, 'v9')).rejects.toThrow(/Không có phiên bản này/u);

    expect((await documents.nameVersion(path, 'v1', ' Bản gửi xin ý kiến '))[1]?.name).toBe('Bản gửi xin ý kiến');
    await expect(documents.nameVersion(path, 'v7', 'x')).rejects.toThrow(/Không có phiên bản này/u);

    const restored = await documents.restoreVersion(path, 'v1', { expected: viewed.version, onConflict: 'ask' });
    expect(restored.kind === 'restored' && restored.readOnly).toBeNull();
    expect(serializePlan(parsePlanText(readFileSync(path, 'utf8')))).toBe(serializePlan(plan));
    expect((await documents.versions(path)).map((v) => [v.id, v.name, v.restoredFrom])).toEqual([
      ['v3', '', 'v1'],
      ['v2', '', undefined],
      ['v1', 'Bản gửi xin ý kiến', undefined],
    ]);
  });

  it('never restores over a file opened read-only', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    grants.grant(path, 'plan');
    await documents.save(path, parsePlanText(FIXTURE), CHOSEN);
    grants.protect(path);
    await expect(documents.restoreVersion(path, 'v1', CHOSEN)).rejects.toThrow(/chỉ được mở để xem/u);
  });

  it('never restores blind: a window that does not say which file it saw is refused, and nothing is written', async () => {
    const path = join(dir, 'ke-hoach.kehoach');
    grants.grant(path, 'plan');
    await documents.save(path, parsePlanText(FIXTURE), CHOSEN);
    await documents.save(path, { ...parsePlanText(FIXTURE), archive: 'VT, lần 2' }, CHOSEN);
    const before = readFileSync(path, 'utf8');
    await expect(documents.restoreVersion(path, 'v1', CHOSEN)).rejects.toThrow(
      new UserError(
        'Chưa khôi phục: cửa sổ này chưa đọc tệp kế hoạch nên không biết người khác có vừa lưu gì vào tệp hay không. Hãy mở lại kế hoạch rồi khôi phục, hoặc bấm "Xem" ở phiên bản đó rồi "Lưu thành…" để giữ nó thành một tệp riêng.',
      ),
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect((await listVersions(path)).map((v) => v.id)).toEqual(['v2', 'v1']);
  });
});
