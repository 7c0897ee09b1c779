/**
 * `kehoach export --pdf`, alone and with --docx in one call, and what goes wrong: no browser, a
 * browser that fails mid-print, an output folder that does not exist. Each failure is a Vietnamese
 * message, exit 1, and no file at all, not even the DOCX of the same call.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PrinterSession } from '../../electron/services/chromium-printer';
import { NO_BROWSER_MESSAGE } from '../../electron/services/find-browser';
import { UserError } from '../../electron/services/user-error';
import { hasBrowser } from '../render-check/page-tools';
import { runCli } from './run-cli';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach');

/** A printer that prints one blank A4 page per call, and says whether it was closed. */
function blankPrinter(state: { closed: boolean }, fail?: Error): PrinterSession {
  return {
    async print() {
      if (fail !== undefined) throw fail;
      const doc = await PDFDocument.create();
      doc.addPage([595.28, 841.89]);
      return doc.save();
    },
    close() {
      state.closed = true;
      return Promise.resolve();
    },
  };
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-export-pdf-'));
});

describe('export --pdf', () => {
  it.runIf(hasBrowser() || process.env.CI === 'true')(
    'writes the PDF and the DOCX in one call with the system Chromium',
    { timeout: 300_000 },
    async () => {
      const pdf = join(dir, 'bql.pdf');
      const docx = join(dir, 'bql.docx');
      const run = await runCli(['export', FIXTURE, '--docx', docx, '--pdf', pdf]);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Đã xuất ${pdf}.`);
      expect(run.out).toContain(`Đã xuất ${docx}.`);
      const document = await PDFDocument.load(readFileSync(pdf));
      expect(document.getPageCount()).toBeGreaterThanOrEqual(2);
      expect(document.getTitle()).toContain('Kế hoạch số 30/KH-UBND');
      expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    },
  );

  it('closes the printer after a successful print', async () => {
    const state = { closed: false };
    const run = await runCli(['export', FIXTURE, '--pdf', join(dir, 'a.pdf')], { openPrinter: () => Promise.resolve(blankPrinter(state)) });
    expect(run.code).toBe(0);
    expect(state.closed).toBe(true);
  });

  it('says in Vietnamese that no browser was found and writes neither file', async () => {
    const run = await runCli(['export', FIXTURE, '--docx', join(dir, 'a.docx'), '--pdf', join(dir, 'a.pdf')], {
      openPrinter: () => Promise.reject(new UserError(NO_BROWSER_MESSAGE)),
    });
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không tìm thấy trình duyệt để in PDF');
    expect(run.err).toContain('KEHOACH_CHROMIUM');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a browser that fails mid-print, closes it and leaves nothing behind', async () => {
    const state = { closed: false };
    const run = await runCli(['export', FIXTURE, '--docx', join(dir, 'a.docx'), '--pdf', join(dir, 'a.pdf')], {
      openPrinter: () => Promise.resolve(blankPrinter(state, new UserError('Trình duyệt không in được PDF: Target crashed'))),
    });
    expect(run.code).toBe(1);
    expect(run.err).toContain('Trình duyệt không in được PDF');
    expect(state.closed).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an output folder that does not exist', async () => {
    const target = join(dir, 'khong-co', 'a.pdf');
    const run = await runCli(['export', FIXTURE, '--pdf', target], { openPrinter: () => Promise.resolve(blankPrinter({ closed: false })) });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Lỗi: .*khong-co/);
    expect(existsSync(target)).toBe(false);
  });

  it('asks for at least one output', async () => {
    const run = await runCli(['export', FIXTURE]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--docx <tệp.docx>, --pdf <tệp.pdf>');
  });
});
