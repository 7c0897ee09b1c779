/**
 * The host channels behind import, clone, checking, preview and printing, served by the real
 * services through the dispatcher, as the app and the harness serve them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachingPrinter } from '../../../electron/services/caching-printer';
import { openChromiumPrinter, type PrinterSession } from '../../../electron/services/chromium-printer';
import { createDispatch } from '../../../electron/services/dispatch';
import type { HostAdapter } from '../../../electron/services/host-adapter';
import { createHandlers } from '../../../electron/services/host-handlers';
import { createHostServices } from '../../../electron/services/host-services';
import type { KeyValueStore } from '../../../electron/services/key-value-store';
import { inProcessReader, type ReceivedFiles } from '../../../electron/services/received-files';
import { parsePlanText } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import type { PdfPrinter } from '../../../shared/pdf';
import { hasBrowser } from '../../render-check/page-tools';
import { readReview } from '../../../shared/review/read-review';
import { buildWordSeed } from '../../shared/import/word-fixture';
import { recording } from '../isolation/recording-reader';

const FIXTURE = readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8');
const PLAN = parsePlanText(FIXTURE);
const SEED = readFileSync(new URL('../../fixtures/seeds/ke-hoach-dang-ninh-binh-58-KH-TU.txt', import.meta.url), 'utf8');

function memory(): { store: KeyValueStore; warnings: string[] } {
  const data: Record<string, unknown> = {};
  return {
    store: {
      path: '/memory.json',
      get: (k) => data[k],
      set: (k, v) => {
        data[k] = v;
      },
    },
    warnings: [],
  };
}

/** The system Chromium, counting its prints. */
function countingPrinter(session: Promise<PrinterSession>): PdfPrinter & { calls: number } {
  const printer = {
    calls: 0,
    async print(html: string) {
      printer.calls++;
      return (await session).print(html);
    },
  };
  return printer;
}

let chromium: Promise<PrinterSession> | null = null;
afterAll(async () => {
  if (chromium !== null) await (await chromium).close();
});

function setUp(received: ReceivedFiles = inProcessReader) {
  chromium ??= openChromiumPrinter();
  const printer = countingPrinter(chromium);
  const opened: string[] = [];
  /** What the next open dialogs answer. */
  const openAnswers: string[] = [];
  const host: HostAdapter<null> = {
    name: 'harness',
    initialPath: () => null,
    chooseSavePath: (_c, _k, name) => Promise.resolve(join(mkdtempSync(join(tmpdir(), 'save-')), name)),
    chooseOpenPath: () => Promise.resolve(openAnswers.shift() ?? null),
    chooseFolder: () => Promise.resolve(null),
    notify: () => undefined,
    showInFolder: () => Promise.resolve(),
    openExternally: (path) => {
      opened.push(path);
      return Promise.resolve();
    },
    setWindowState: () => undefined,
    closeWindow: () => undefined,
  };
  const services = createHostServices({
    received,
    settings: memory(),
    agencies: memory(),
    recoveryDir: mkdtempSync(join(tmpdir(), 'rec-')),
    appVersion: '0.0.0-test',
    printer: () => Promise.resolve(printer),
  });
  const dispatch = createDispatch(createHandlers(services, host));
  const call = async (channel: string, input: unknown): Promise<unknown> => {
    const result = await dispatch(channel, input, null);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { call, dispatch, printer, opened, openAnswers };
}

describe('import channels', () => {
  it('recognizes pasted text and a DOCX given as bytes, with the report', async () => {
    const { call } = setUp();
    const pasted = (await call('import.text', { text: SEED })) as {
      plan: { appendices: unknown[] };
      report: { source: string; counts: { dataRows: number } };
    };
    expect(pasted.report.source).toBe('text');
    expect(pasted.report.counts.dataRows).toBe(63);
    const docx = await renderDocx(PLAN, { now: new Date('2026-01-01') });
    const own = (await call('import.file', { name: '58-KH-TU.docx', data: Buffer.from(docx).toString('base64') })) as {
      plan: { id: string };
      report: { source: string };
    };
    expect(own.report.source).toBe('docx-model');
    expect(own.plan.id).toBe(PLAN.id);
  });

  it('refuses other kinds of file and damaged bytes in Vietnamese', async () => {
    const { dispatch } = setUp();
    expect(await dispatch('import.file', { name: 'a.xlsx', data: 'AAAA' }, null)).toMatchObject({
      ok: false,
      error: { code: 'user', message: /chỉ nhận tệp \.docx, \.txt hoặc \.pdf/u },
    });
    expect(await dispatch('import.file', { name: 'a.docx', data: Buffer.from('not a zip').toString('base64') }, null)).toMatchObject({
      ok: false,
      error: { code: 'user', message: /^a\.docx: / },
    });
    expect(await dispatch('import.file', { name: 'a.docx', data: 'không phải base64!' }, null)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('check.docx', () => {
  it('reports the findings of a received DOCX without opening it', async () => {
    const { call } = setUp();
    const docx = await renderDocx(PLAN, { now: new Date('2026-01-01') });
    const result = (await call('check.docx', { name: '58.docx', data: Buffer.from(docx).toString('base64') })) as {
      findings: { severity: string }[];
    };
    expect(result.findings.filter((f) => f.severity === 'lỗi')).toEqual([]);
  });
});

describe('check.annotateDocx', () => {
  it('writes the findings as Word comments in a copy, only where the user chose', async () => {
    const { reader, asked } = recording();
    const { call, dispatch } = setUp(reader);
    const data = Buffer.from((await buildWordSeed()).bytes).toString('base64');
    const { findings } = (await call('check.docx', { name: 'nhan-duoc.docx', data })) as { findings: unknown[] };
    expect(findings.length).toBeGreaterThan(0);

    const unchosen = join(mkdtempSync(join(tmpdir(), 'annot-')), 'nhan-xet.docx');
    expect(await dispatch('check.annotateDocx', { name: 'nhan-duoc.docx', data, path: unchosen }, null)).toMatchObject({
      ok: false,
      error: { code: 'user' },
    });
    expect(existsSync(unchosen)).toBe(false);

    const chosen = (await call('dialog.saveFile', { kind: 'docx', defaultName: 'nhan-duoc - nhận xét' })) as { path: string };
    const result = (await call('check.annotateDocx', { name: 'nhan-duoc.docx', data, path: chosen.path })) as {
      path: string;
      comments: number;
    };
    expect(result).toEqual({ path: chosen.path, comments: findings.length });
    expect((await readReview(new Uint8Array(readFileSync(chosen.path)))).comments).toHaveLength(findings.length);
    // Parsed where received files are, never in the host: the copy too.
    expect(asked).toEqual(['checkDocx', 'checkDocx', 'annotateDocx']);
  });
});

describe('review.docx', () => {
  it('places a reviewed DOCX on the plan through the received-file reader', async () => {
    const { reader, asked } = recording();
    const { call } = setUp(reader);
    const data = readFileSync(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url)).toString('base64');
    const review = (await call('review.docx', { plan: PLAN, name: 'gop-y.docx', data })) as { changes: unknown[]; comments: unknown[] };
    expect(review.changes.length + review.comments.length).toBeGreaterThan(0);
    expect(asked).toEqual(['review']);
  });
});

describe('documents.read and documents.locate', () => {
  it('finds a plan the app saved by its id, and forgets it when the file no longer holds it', async () => {
    const { call, openAnswers } = setUp();
    const dir = mkdtempSync(join(tmpdir(), 'loc-'));
    const path = join(dir, 'cap-tren.kehoach');
    writeFileSync(path, FIXTURE);
    expect(await call('documents.locate', { planId: PLAN.id })).toBeNull();
    openAnswers.push(path);
    await call('dialog.openPlan', {});
    await call('documents.open', { path });
    const located = (await call('documents.locate', { planId: PLAN.id })) as { path: string; plan: { id: string } };
    expect(located.path).toBe(path);
    expect(located.plan.id).toBe(PLAN.id);
    expect(((await call('documents.read', { path })) as { plan: { id: string } }).plan.id).toBe(PLAN.id);
    writeFileSync(path, JSON.stringify({ ...(JSON.parse(FIXTURE) as object), id: 'another-plan' }));
    expect(await call('documents.locate', { planId: PLAN.id })).toBeNull();
  });

  it('reads, opens and shows only files the user chose, never a path the page names', async () => {
    const { call, dispatch, openAnswers } = setUp();
    const dir = mkdtempSync(join(tmpdir(), 'choice-'));
    const path = join(dir, 'ai-do-gui.kehoach');
    writeFileSync(path, FIXTURE);
    const refused = { ok: false, error: { code: 'user', message: /Chưa chọn tệp/u } };
    expect(await dispatch('documents.read', { path: '/etc/passwd' }, null)).toMatchObject(refused);
    expect(await dispatch('documents.read', { path }, null)).toMatchObject(refused);
    expect(await dispatch('documents.open', { path }, null)).toMatchObject(refused);
    expect(await dispatch('shell.showInFolder', { path: '/etc/passwd' }, null)).toMatchObject(refused);
    // Without being opened, nothing may be written there either.
    expect(await dispatch('documents.save', { path, plan: PLAN, expected: null, onConflict: 'ask' }, null)).toMatchObject({
      ok: false,
      error: { code: 'user' },
    });
    openAnswers.push(path);
    await call('dialog.openPlan', {});
    expect(((await call('documents.read', { path })) as { plan: { id: string } }).plan.id).toBe(PLAN.id);
    await call('documents.open', { path });
    expect(await call('shell.showInFolder', { path })).toEqual({});
  });
});

describe.skipIf(!hasBrowser())('preview and print', () => {
  it('prints only what changed for the preview, and opens a printable PDF in the system viewer', async () => {
    const { call, printer, opened } = setUp();
    const first = (await call('preview.pdf', { plan: PLAN })) as { data: string; pages: number };
    expect(first.pages).toBeGreaterThan(0);
    expect(Buffer.from(first.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const printedFirst = printer.calls;
    await call('preview.pdf', { plan: PLAN });
    expect(printer.calls).toBe(printedFirst);
    const changed = { ...PLAN, sections: PLAN.sections.map((s, i) => (i === 0 ? { ...s, title: 'MỤC ĐÍCH' } : s)) };
    await call('preview.pdf', { plan: changed });
    // The body section and the page numbers are printed again; the appendices come from the cache.
    expect(printer.calls - printedFirst).toBeLessThan(printedFirst);

    const printed = (await call('print.pdf', { plan: PLAN })) as { path: string };
    expect(printed.path).toMatch(/\.pdf$/u);
    expect(opened).toEqual([printed.path]);
    expect(readFileSync(printed.path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('does not keep a failed print in the cache', async () => {
    const print = vi
      .fn()
      .mockRejectedValueOnce(new Error('hỏng'))
      .mockResolvedValue(new Uint8Array([1]));
    const cached = cachingPrinter(() => Promise.resolve({ print }));
    await expect(cached.print('<p>x</p>')).rejects.toThrow('hỏng');
    expect(await cached.print('<p>x</p>')).toEqual(new Uint8Array([1]));
    expect(await cached.print('<p>x</p>')).toEqual(new Uint8Array([1]));
    expect(print).toHaveBeenCalledTimes(2);
  });
});

describe('templates.get', () => {
  it('gives a whole template for the clone to start from', async () => {
    const { call } = setUp();
    const template = (await call('templates.get', { id: 'nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren' })) as {
      document: { profile: string };
    };
    expect(template.document.profile).toBe('nd30-2020');
  });
});

/**
 * The agency directory's channels (issue 17, speed): the window's organ pickers, agency cells and
 * province list ask main, which holds the directory's names, instead of preparing 27,000 organs'
 * names on the window's thread.
 */
interface Match {
  readonly organ: { readonly id: string };
  readonly via: string;
  readonly successor: string;
}

describe('the directory’s channels', () => {
  it('search organs, offer cell names and list provinces for the home province chosen', { timeout: 120_000 }, async () => {
    const { call } = setUp();
    const first = async (query: string): Promise<string | undefined> =>
      ((await call('agencies.search', { query, limit: 5 })) as Match[])[0]?.organ.id;
    expect(await first('Sở Y tế')).toBe('so-y-te');
    const province = (await call('agencies.province', {})) as { chosen: boolean; province: string; provinces: string[] };
    expect(province).toMatchObject({ chosen: false, province: 'Ninh Bình' });
    expect(province.provinces).toHaveLength(34);

    await call('agencies.setProvince', { province: 'Đà Nẵng' });
    expect(await first('Sở Y tế')).toBe('so-y-te-da-nang');
    expect(await call('agencies.province', {})).toMatchObject({ chosen: true, province: 'Đà Nẵng' });
    const suggested = (await call('agencies.suggest', { query: 'Các sở, ban' })) as { name: string; kind: string }[];
    expect(suggested[0]).toMatchObject({ name: 'Các sở, ban, ngành', kind: 'collective' });

    // An organ that no longer exists comes with the name of the one doing its work.
    const former = (await call('agencies.search', { query: 'Sở Kế hoạch và Đầu tư tỉnh Nam Định', limit: 3 })) as Match[];
    expect(former[0]).toMatchObject({ organ: { id: 'so-ke-hoach-dau-tu-nam-dinh' }, successor: 'Sở Tài chính tỉnh Nam Định' });
    await expect(call('agencies.search', { query: 'x'.repeat(501), limit: 5 })).rejects.toThrow();
    await expect(call('agencies.search', { query: 'Sở', limit: 500 })).rejects.toThrow();
  });
});
