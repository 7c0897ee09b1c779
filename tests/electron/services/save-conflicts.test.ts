/**
 * Issue 22, point 4: a plan on a shared folder is never overwritten behind the user's back. Two
 * sessions saving the same file, another program editing it, a file rewritten with the same size
 * and time but other bytes, a newer version of the app upgrading it, and the autosave: each is
 * found by comparing the file with what the document read or last saved, told with who or what
 * changed it, and settled only by the user's choice.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/services/dispatch';
import { createDocumentService, OVERWRITTEN_VERSION_NAME, type DocumentService } from '../../../electron/services/documents';
import { createHandlers } from '../../../electron/services/host-handlers';
import { createHostServices } from '../../../electron/services/host-services';
import type { HostAdapter } from '../../../electron/services/host-adapter';
import type { OpenedStore } from '../../../electron/services/key-value-store';
import { createPathGrants } from '../../../electron/services/path-grants';
import { inProcessReader } from '../../../electron/services/received-files';
import { listVersions, readVersion } from '../../../electron/services/plan-history';
import { createTemplateStore } from '../../../electron/services/template-store';
import type { FileVersion } from '../../../shared/ipc';
import type { PlanDocument } from '../../../shared/model';
import { parsePlanText, serializePlan } from '../../../shared/plan-file';

const FIXTURE = readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8');
const PLAN = parsePlanText(FIXTURE);

/** One running app (a window, or a colleague's app on the shared folder): its own grants. */
function app(version = '0.1.0'): DocumentService {
  return createDocumentService({
    templates: createTemplateStore(),
    grants: createPathGrants(),
    now: () => new Date(),
    appVersion: version,
  });
}

function withSummary(plan: PlanDocument, summary: string): PlanDocument {
  return { ...plan, meta: { ...plan.meta, summary } };
}

function summaryOn(path: string): string {
  return parsePlanText(readFileSync(path, 'utf8')).meta.summary;
}

/** What a colleague's app on another machine writes: the plan with its stamp. */
function savedElsewhere(path: string, plan: PlanDocument, at: Date): void {
  writeFileSync(path, serializePlan(plan, { savedBy: { user: 'lan.nt', machine: 'VP-SO-02', app: '0.1.0', at: at.toISOString() } }));
  utimesSync(path, at, at);
}

describe('saving a file someone else changed', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'conflict-'));
    path = join(dir, 'ke-hoach.kehoach');
    writeFileSync(path, FIXTURE);
  });

  it('two windows saving the same file: the second is stopped and told another window saved it', async () => {
    const [first, second] = [app(), app()];
    const a = await first.open(path);
    const b = await second.open(path);
    const saved = await first.save(path, withSummary(a.plan, 'Bản cửa sổ 1'), { expected: a.version, onConflict: 'ask' });
    expect(saved.kind).toBe('saved');
    const stopped = await second.save(path, withSummary(b.plan, 'Bản cửa sổ 2'), { expected: b.version, onConflict: 'ask' });
    expect(stopped).toMatchObject({ kind: 'conflict', conflict: { kind: 'changed' } });
    if (stopped.kind !== 'conflict') return;
    expect(stopped.conflict.message).toMatch(
      /^Một cửa sổ khác của Kế hoạch Studio trên máy này \(0\.1\.0\) đã lưu tệp lúc \d\d:\d\d ngày/u,
    );
    expect(summaryOn(path)).toBe('Bản cửa sổ 1');
    // After its own save, the first window saves again without a question.
    if (saved.kind !== 'saved') return;
    expect((await first.save(path, withSummary(a.plan, 'Lần 2'), { expected: saved.version, onConflict: 'ask' })).kind).toBe('saved');
  });

  it('every save stamps the file with the user, the machine, the version and the time', async () => {
    const session = app('2.3.4');
    const opened = await session.open(path);
    await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' });
    const stamp = (JSON.parse(readFileSync(path, 'utf8')) as { savedBy: unknown }).savedBy;
    expect(stamp).toMatchObject({ user: userInfo().username, machine: hostname(), app: '2.3.4' });
    // The stamp is not part of the plan: reading drops it.
    expect(parsePlanText(readFileSync(path, 'utf8'))).toEqual(opened.plan);
  });

  it('names the colleague and the machine that saved it on a shared folder', async () => {
    const session = app();
    const opened = await session.open(path);
    savedElsewhere(path, withSummary(PLAN, 'Bản của chị Lan'), new Date(2026, 11, 7, 14, 5));
    const outcome = await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' });
    expect(outcome).toEqual({
      kind: 'conflict',
      conflict: {
        kind: 'changed',
        message:
          'Người dùng "lan.nt" trên máy "VP-SO-02" (Kế hoạch Studio 0.1.0) đã lưu tệp lúc 14:05 ngày 07/12/2026, sau khi anh/chị mở hoặc lưu lần trước.',
      },
    });
    expect(summaryOn(path)).toBe('Bản của chị Lan');
  });

  it('another program editing the file is told as such, even when it kept an older stamp', async () => {
    const session = app();
    const opened = await session.open(path);
    const saved = await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' });
    if (saved.kind !== 'saved') throw new Error('expected a save');
    // A text editor changes one word and keeps the rest, our stamp included.
    const edited = readFileSync(path, 'utf8').replace('"archive": "', '"archive": "Sửa tay, ');
    writeFileSync(path, edited);
    const later = new Date(Date.now() + 10 * 60 * 1000);
    utimesSync(path, later, later);
    const outcome = await session.save(path, opened.plan, { expected: saved.version, onConflict: 'ask' });
    expect(outcome.kind === 'conflict' ? outcome.conflict.message : '').toMatch(
      /^Tệp đã bị một chương trình khác hoặc người khác sửa lúc .*\(trước đó: một cửa sổ khác/u,
    );
    expect(readFileSync(path, 'utf8')).toBe(edited);

    // Without any stamp (the original file, rewritten by another tool).
    writeFileSync(path, FIXTURE.replace('"archive": "', '"archive": "Khác, '));
    const bare = await session.save(path, opened.plan, { expected: saved.version, onConflict: 'ask' });
    expect(bare.kind === 'conflict' ? bare.conflict.message : '').toMatch(
      /^Tệp đã bị một chương trình khác hoặc người khác sửa lúc \d\d:\d\d ngày/u,
    );
  });

  it('finds a file rewritten with the same size and time but other bytes', async () => {
    const session = app();
    const time = new Date(2026, 11, 7, 8, 0, 0);
    utimesSync(path, time, time);
    const opened = await session.open(path);
    const before = statSync(path);
    const twin = FIXTURE.replace('"id": "', '"id": "X').replace(/ {2}"archive"/u, ' "archive"');
    expect(Buffer.byteLength(twin)).toBe(before.size);
    writeFileSync(path, twin);
    utimesSync(path, time, time);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    const outcome = await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' });
    expect(outcome.kind).toBe('conflict');
    expect(readFileSync(path, 'utf8')).toBe(twin);
  });

  it('the same bytes written again (only the time changed) lose nothing and are no conflict', async () => {
    const session = app();
    const opened = await session.open(path);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path, later, later);
    expect((await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' })).kind).toBe('saved');
  });

  it('a file deleted since it was opened is written again: there is nothing to lose', async () => {
    const session = app();
    const opened = await session.open(path);
    rmSync(path);
    expect((await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' })).kind).toBe('saved');
    expect(summaryOn(path)).toBe(PLAN.meta.summary);
  });

  it('a newer version of the app that upgraded the file is never overwritten silently, even by save-as', async () => {
    const session = app();
    const opened = await session.open(path);
    const newer = JSON.stringify({ ...(JSON.parse(FIXTURE) as object), schemaVersion: 5, extra: { x: 1 } });
    writeFileSync(path, newer);
    const outcome = await session.save(path, opened.plan, { expected: opened.version, onConflict: 'ask' });
    expect(outcome).toMatchObject({ kind: 'conflict', conflict: { kind: 'newer-version' } });
    expect(outcome.kind === 'conflict' ? outcome.conflict.message : '').toMatch(/phiên bản mới hơn.*cấu trúc tệp số 5.*Ghi đè sẽ làm mất/u);
    // "Lưu thành" onto that file: the system's dialog asked "replace?", but not about the version.
    const chosen = await session.save(path, opened.plan, { expected: null, onConflict: 'ask' });
    expect(chosen).toMatchObject({ kind: 'conflict', conflict: { kind: 'newer-version' } });
    expect(readFileSync(path, 'utf8')).toBe(newer);
    // Overwriting is the user's explicit choice; the newer file stays as the backup.
    expect((await session.save(path, opened.plan, { expected: opened.version, onConflict: 'overwrite' })).kind).toBe('saved');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(newer);
  });

  it('"keep both" writes the user\'s work beside the file, whose name says whose copy it is', async () => {
    const session = app();
    const opened = await session.open(path);
    savedElsewhere(path, withSummary(PLAN, 'Bản của chị Lan'), new Date());
    const mine = withSummary(opened.plan, 'Bản của tôi');
    const first = await session.save(path, mine, { expected: opened.version, onConflict: 'keep-both' });
    if (first.kind !== 'saved') throw new Error('expected a save');
    expect(first.path).not.toBe(path);
    expect(first.path).toMatch(/ke-hoach \(bản (của .+|lưu riêng), \d\dh\d\d ngày \d\d-\d\d-\d{4}\)\.kehoach$/u);
    expect(summaryOn(first.path)).toBe('Bản của tôi');
    expect(summaryOn(path)).toBe('Bản của chị Lan');
    // The copy is the document's file now: it saves there again without a question.
    expect((await session.save(first.path, mine, { expected: first.version, onConflict: 'ask' })).kind).toBe('saved');
    // A second copy in the same minute takes a numbered name, never the first copy's.
    const second = await session.save(path, mine, { expected: opened.version, onConflict: 'keep-both' });
    expect(second.kind === 'saved' ? second.path : '').toMatch(/ - 2\)\.kehoach$/u);
    expect(readdirSync(dir).filter((name) => name.endsWith('.kehoach'))).toHaveLength(3);
  });

  it('"overwrite" writes over theirs and keeps theirs as a named version, beyond the single .bak', async () => {
    const session = app();
    const opened = await session.open(path);
    savedElsewhere(path, withSummary(PLAN, 'Bản của chị Lan'), new Date());
    const theirs = readFileSync(path, 'utf8');
    const outcome = await session.save(path, withSummary(opened.plan, 'Bản của tôi'), {
      expected: opened.version,
      onConflict: 'overwrite',
    });
    expect(outcome.kind).toBe('saved');
    expect(summaryOn(path)).toBe('Bản của tôi');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(theirs);
    const kept = (await listVersions(path)).find((v) => v.name === OVERWRITTEN_VERSION_NAME);
    expect(kept).toBeDefined();
    expect((await readVersion(path, kept?.id ?? '')).meta.summary).toBe('Bản của chị Lan');
  });
});

function memoryStore(): OpenedStore {
  const values = new Map<string, unknown>();
  return { store: { path: '/memory', get: (k) => values.get(k), set: (k, v) => values.set(k, v) }, warnings: [] };
}

describe('restoring a version over a file someone else changed', () => {
  it('asks as a save does, and writes only what the user chose', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conflict-restore-'));
    const path = join(dir, 'ke-hoach.kehoach');
    writeFileSync(path, FIXTURE);
    const session = app();
    const opened = await session.open(path);
    const first = await session.save(path, withSummary(opened.plan, 'Bản 1'), { expected: opened.version, onConflict: 'ask' });
    const second = await session.save(path, withSummary(opened.plan, 'Bản 2'), {
      expected: first.kind === 'saved' ? first.version : null,
      onConflict: 'ask',
    });
    if (second.kind !== 'saved') throw new Error('expected a save');
    savedElsewhere(path, withSummary(PLAN, 'Bản của chị Lan'), new Date(2026, 11, 7, 14, 5));

    const asked = await session.restoreVersion(path, 'v1', { expected: second.version, onConflict: 'ask' });
    expect(asked).toMatchObject({ kind: 'conflict', conflict: { kind: 'changed', message: expect.stringContaining('lan.nt') as unknown } });
    expect(summaryOn(path)).toBe('Bản của chị Lan');

    const both = await session.restoreVersion(path, 'v1', { expected: second.version, onConflict: 'keep-both' });
    expect(both.kind === 'restored' && both.path !== path).toBe(true);
    expect(summaryOn(path)).toBe('Bản của chị Lan');
    if (both.kind === 'restored' && both.path !== null) expect(summaryOn(both.path)).toBe('Bản 1');

    const over = await session.restoreVersion(path, 'v1', { expected: second.version, onConflict: 'overwrite' });
    expect(over).toMatchObject({ kind: 'restored', path });
    expect(summaryOn(path)).toBe('Bản 1');
    // The colleague's file is kept in the history, as an overwriting save keeps it.
    const kept = (await listVersions(path)).find((v) => v.name === OVERWRITTEN_VERSION_NAME);
    expect(kept === undefined ? '' : (await readVersion(path, kept.id)).meta.summary).toBe('Bản của chị Lan');
  });
});

describe('restoring from a version opened read-only', () => {
  it('compares with the file as it was when the version was opened, and asks if someone saved since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conflict-view-'));
    const path = join(dir, 'ke-hoach.kehoach');
    writeFileSync(path, FIXTURE);
    const session = app();
    const opened = await session.open(path);
    const first = await session.save(path, withSummary(opened.plan, 'Bản 1'), { expected: opened.version, onConflict: 'ask' });
    await session.save(path, withSummary(opened.plan, 'Bản 2'), {
      expected: first.kind === 'saved' ? first.version : null,
      onConflict: 'ask',
    });
    const viewed = await session.openVersion(path, 'v1');
    expect(viewed.readOnly?.kind).toBe('version');
    savedElsewhere(path, withSummary(PLAN, 'Bản của chị Lan'), new Date(2026, 11, 7, 14, 5));

    const asked = await session.restoreVersion(path, 'v1', { expected: viewed.version, onConflict: 'ask' });
    expect(asked).toMatchObject({ kind: 'conflict', conflict: { kind: 'changed', message: expect.stringContaining('lan.nt') as unknown } });
    expect(summaryOn(path)).toBe('Bản của chị Lan');
  });
});

describe('autosave of a file someone else changed', () => {
  it('keeps the copy in the recovery folder, never writes the file, and answers who changed it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conflict-auto-'));
    const path = join(dir, 'ke-hoach.kehoach');
    writeFileSync(path, FIXTURE);
    const recoveryDir = join(dir, 'recovery');
    const services = createHostServices({
      settings: memoryStore(),
      agencies: memoryStore(),
      recoveryDir,
      printer: () => Promise.reject(new Error('không in')),
      appVersion: '0.1.0',
      received: inProcessReader,
    });
    const host = { name: 'harness', initialPath: () => path } as unknown as HostAdapter<null>;
    const dispatch = createDispatch(createHandlers(services, host));
    await dispatch('app.init', {}, null);
    const opened = (await dispatch('documents.open', { path }, null)) as { ok: true; value: { plan: PlanDocument; version: FileVersion } };
    const mine = withSummary(opened.value.plan, 'Đang soạn');
    const quiet = await dispatch('recovery.save', { id: 'phien-1', path, version: opened.value.version, plan: mine }, null);
    expect(quiet).toEqual({ ok: true, value: { conflict: null } });

    savedElsewhere(path, withSummary(PLAN, 'Bản của chị Lan'), new Date(2026, 11, 7, 9, 30));
    const theirs = readFileSync(path, 'utf8');
    const told = await dispatch('recovery.save', { id: 'phien-1', path, version: opened.value.version, plan: mine }, null);
    expect(told).toMatchObject({ ok: true, value: { conflict: { kind: 'changed' } } });
    expect(JSON.stringify(told)).toContain('Người dùng \\"lan.nt\\" trên máy \\"VP-SO-02\\"');
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(existsSync(join(recoveryDir, 'phien-1.recovery.json'))).toBe(true);
    // After a crash, the restored work still carries the version it was read from.
    const restored = await services.recovery.restore('phien-1');
    expect(restored.version).toEqual(opened.value.version);
    expect(restored.plan.meta.summary).toBe('Đang soạn');
  });

  it('refuses a version that is not a version of a file', async () => {
    const services = createHostServices({
      settings: memoryStore(),
      agencies: memoryStore(),
      recoveryDir: mkdtempSync(join(tmpdir(), 'conflict-rec-')),
      printer: () => Promise.reject(new Error('không in')),
      appVersion: '0.1.0',
      received: inProcessReader,
    });
    const dispatch = createDispatch(createHandlers(services, {} as HostAdapter<null>));
    const result = await dispatch(
      'documents.save',
      { path: '/a.kehoach', plan: PLAN, expected: { size: -1, mtimeMs: 0, sha256: 'zz' }, onConflict: 'ask' },
      null,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const chosen = await dispatch('documents.save', { path: '/a.kehoach', plan: PLAN, expected: null, onConflict: 'always' }, null);
    expect(chosen).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
