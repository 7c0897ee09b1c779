/**
 * Received files are parsed in an isolation process (a Node child process here, as in the command
 * line and the harness; Electron's utility process in the app): the result is the in-process
 * reader's, progress arrives page by page, and every way a reading can go wrong (a bomb that fills
 * memory, a loop, a crash, a bug, a cancel) costs a Vietnamese message and that process, never this
 * one, within bounded time.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isolatedReader } from '../../../electron/isolation/isolated-reader';
import type { JobExit, StartJobProcess } from '../../../electron/isolation/job-protocol';
import { createJobRunner, JobCancelledError, type JobLimits, type JobRunnerOptions } from '../../../electron/isolation/job-runner';
import { nodeJobProcess } from '../../../electron/isolation/node-job-process';
import { PendingReviewError } from '../../../electron/services/import-kinds';
import { inProcessReader } from '../../../electron/services/received-files';
import { UserError } from '../../../electron/services/user-error';
import type { ImportProgress } from '../../../shared/import/ocr';
import { parsePlanText } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { runCli } from '../run-cli';
import { bundleEntry } from './bundle-entry';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url));
const REVIEWED = fileURLToPath(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url));
/** The test entry, bundled as the app's entry is (a child loading the sources through tsx takes seconds to start). */
let HOSTILE_ENTRY = '';

/** Processes started from the test entry, and how each one ended. */
function watched(): { start: StartJobProcess; ended: Promise<JobExit>[] } {
  const start = nodeJobProcess(HOSTILE_ENTRY);
  const ended: Promise<JobExit>[] = [];
  return {
    ended,
    start: (memoryMb) => {
      const process = start(memoryMb);
      ended.push(
        new Promise((resolve) => {
          process.onExit(resolve);
        }),
      );
      return process;
    },
  };
}

function runner(limits: Partial<JobLimits> = {}, options: Partial<JobRunnerOptions> = {}): ReturnType<typeof createJobRunner> {
  return createJobRunner({ start: nodeJobProcess(HOSTILE_ENTRY), limits, ...options });
}

/** How long a promise took to settle, and how it settled. */
async function timed(work: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  return { ms: performance.now() - started, error };
}

let pdf: Uint8Array;
let docx: Uint8Array;
beforeAll(async () => {
  HOSTILE_ENTRY = await bundleEntry(fileURLToPath(new URL('./hostile-job-main.ts', import.meta.url)));
  const out = join(mkdtempSync(join(tmpdir(), 'kehoach-isolation-')), '58.pdf');
  expect((await runCli(['export', FIXTURE, '--pdf', out])).code).toBe(0);
  pdf = readFileSync(out);
  docx = await renderDocx(parsePlanText(readFileSync(FIXTURE, 'utf8')), { now: new Date('2026-05-04') });
}, 120_000);

describe('a reading in an isolation process', { timeout: 120_000 }, () => {
  it('gives the in-process reader’s result, with each page’s progress on the way, and ends its process', async () => {
    const progress: ImportProgress[] = [];
    const { start, ended } = watched();
    const reader = isolatedReader(createJobRunner({ start }));
    const result = await reader.importFile('58.pdf', pdf, {}, { onProgress: (p) => progress.push(p) });
    expect(result).toEqual(await inProcessReader.importFile('58.pdf', pdf));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((p) => p.page)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.every((p) => p.pages === progress.length && p.message === `Đã đọc ${String(p.page)}/${String(p.pages)} trang.`)).toBe(
      true,
    );
    expect(await reader.importFile('58.docx', docx)).toEqual(await inProcessReader.importFile('58.docx', docx));
    // One process per reading: both are gone once their answers are in.
    expect(await Promise.all(ended)).toEqual([{ overMemory: false }, { overMemory: false }]);
  });

  it('stops a reader that fills memory outside the heap, with a Vietnamese message, and this process goes on', async () => {
    const { error, ms } = await timed(runner({ memoryMb: 160 }).run('exhaust-buffers', null, { subject: 'bom.pdf' }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Không đọc được "bom\.pdf": tệp cần quá nhiều bộ nhớ \(hơn 160 MB\) nên đã dừng đọc/u);
    expect(ms).toBeLessThan(30_000);
  });

  it('stops a reader that fills the JavaScript heap', async () => {
    const { error } = await timed(runner({ memoryMb: 160 }).run('exhaust-heap', null, { subject: 'bom.docx' }));
    expect((error as Error).message).toMatch(/^Không đọc được "bom\.docx": tệp cần quá nhiều bộ nhớ \(hơn 160 MB\)/u);
  });

  it('stops a reader stuck in a loop when it has said nothing for too long', async () => {
    const { error, ms } = await timed(runner({ stallMs: 1500 }).run('loop', null, { subject: 'vong-lap.docx' }));
    expect((error as Error).message).toMatch(/^Không đọc được "vong-lap\.docx": đã 2 giây mà bộ đọc tệp không tiến thêm được/u);
    expect(ms).toBeLessThan(30_000);
  });

  it('takes progress as a sign of life, but stops a reading that takes longer than its total', async () => {
    const progress: ImportProgress[] = [];
    const { error } = await timed(
      runner({ stallMs: 60_000, totalMs: 1500 }).run('pages-then-stuck', null, {
        subject: 'cham.pdf',
        onProgress: (p) => progress.push(p),
      }),
    );
    expect((error as Error).message).toBe('Không đọc được "cham.pdf": đọc quá 2 giây chưa xong nên đã dừng.');
    expect(progress.map((p) => p.page)).toEqual([1, 2, 3]);
  });

  it('stops at a cancel: the call says so at once, and the process with everything it was doing is gone', async () => {
    const { start, ended } = watched();
    const controller = new AbortController();
    const job = createJobRunner({ start }).run('loop', null, { subject: 'dai.pdf', signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 200);
    await expect(job).rejects.toBeInstanceOf(JobCancelledError);
    await expect(job).rejects.toThrow('Đã dừng đọc "dai.pdf".');
    expect(await ended[0]).toEqual({ overMemory: false });
  });

  it('tells a crash of the process apart', async () => {
    const start = nodeJobProcess(HOSTILE_ENTRY);
    // The process ends without the runner asking, as when the system kills it.
    const crashing: StartJobProcess = (memoryMb) => {
      const process = start(memoryMb);
      setTimeout(() => {
        process.kill();
      }, 500);
      return process;
    };
    await expect(createJobRunner({ start: crashing }).run('loop', null, { subject: 'hong.docx' })).rejects.toThrow(
      'Không đọc được "hong.docx": bộ đọc tệp dừng bất thường.',
    );
  });

  it('writes a reader’s bug to the log and shows only a short message', async () => {
    const logError = vi.fn();
    const job = runner({}, { logError }).run('import-file', { name: '58.docx', bytes: null, options: {} }, { subject: '58.docx' });
    await expect(job).rejects.toThrow('Không đọc được "58.docx": lỗi không mong đợi trong bộ đọc tệp.');
    expect(String(logError.mock.calls[0]?.[0])).toMatch(/TypeError/u);
  });

  it('passes the readers’ own refusals through as they are, a reviewed DOCX as such', async () => {
    const reader = isolatedReader(runner());
    await expect(reader.importFile('hong.docx', new Uint8Array([1, 2, 3]))).rejects.toThrow(/^hong\.docx: /u);
    const reviewed = new Uint8Array(readFileSync(REVIEWED));
    const refusal = await reader.importFile('gop-y.docx', reviewed).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PendingReviewError);
    expect(refusal).toEqual(await inProcessReader.importFile('gop-y.docx', reviewed).catch((error: unknown) => error));
  });

  it('keeps a process started for the next reading, and ends it on close', async () => {
    const { start, ended } = watched();
    const jobs = createJobRunner({ start, keepSpare: true });
    await isolatedReader(jobs).importFile('58.docx', docx);
    expect(ended).toHaveLength(2);
    jobs.close();
    await Promise.all(ended);
  });
});
