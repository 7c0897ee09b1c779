/**
 * The last three ways a received file reached a parser in the host process — a tracking folder's
 * files, `kehoach check in.docx --annotate out.docx`, and a reviewed DOCX read onto its plan — go
 * through the received-file reader (an isolation process in the app, the harness and the command
 * line): each command asks the reader, with the file's bytes, and its output is the same. The
 * reader's jobs across a real process give the in-process reader's results (isolation.test.ts
 * for the process; tests/reliability/hostile-pdf.test.ts for a bomb in a tracking folder).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedReader } from '../../../electron/isolation/isolated-reader';
import { createJobRunner } from '../../../electron/isolation/job-runner';
import { nodeJobProcess } from '../../../electron/isolation/node-job-process';
import { createAgencyDirectoryStore } from '../../../electron/services/agency-directory';
import { checkReceivedDocx, inProcessReader } from '../../../electron/services/received-files';
import { parsePlanText, serializePlan } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { readReview } from '../../../shared/review/read-review';
import { cloneFor, fixture, PARTY_PARENT } from '../../shared/clone/helpers';
import { buildWordSeed } from '../../shared/import/word-fixture';
import { CLI_NOW, runCli } from '../run-cli';
import { bundleEntry } from './bundle-entry';
import { recording } from './recording-reader';

const REVIEWED = fileURLToPath(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url));

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-received-paths-'));
});

describe('the command line reads received files only through the reader', { timeout: 120_000 }, () => {
  it('check --annotate: the findings and the annotated copy both come from the reader', async () => {
    const received = join(dir, 'nhan-duoc.docx');
    writeFileSync(received, (await buildWordSeed()).bytes);
    const out = join(dir, 'nhan-xet.docx');
    const { reader, asked } = recording();
    const run = await runCli(['check', received, '--json', '--annotate', out], { received: reader });
    expect(asked).toEqual(['checkDocx', 'annotateDocx']);
    const report = JSON.parse(run.out) as { findings: unknown[] };
    expect((await readReview(new Uint8Array(readFileSync(out)))).comments).toHaveLength(report.findings.length);
  });

  it('review: the returned DOCX is placed on the plan by the reader', async () => {
    const plan = join(dir, '58.kehoach');
    writeFileSync(plan, serializePlan(fixture(PARTY_PARENT)));
    const { reader, asked } = recording();
    const run = await runCli(['review', plan, REVIEWED, '--json'], { received: reader });
    expect(run.code).toBe(0);
    expect(asked).toEqual(['review']);
  });

  it('track: every file of the folder but the cached ones is read by the reader', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-received-track-'));
    const parent = fixture(PARTY_PARENT);
    writeFileSync(join(folder, 'ke-hoach-58.kehoach'), serializePlan(parent));
    const child = cloneFor(parent, 'Ban Tuyên giáo và Dân vận Tỉnh ủy').child;
    writeFileSync(join(folder, 'tuyen-giao.docx'), await renderDocx(child, { now: CLI_NOW }));
    const { reader, asked } = recording();
    expect((await runCli(['track', folder, '--json'], { received: reader })).code).toBe(0);
    expect(asked).toEqual(['readTracked', 'readTracked']);
  });
});

describe('the readings of these paths in an isolation process', { timeout: 120_000 }, () => {
  it('give what the in-process reader gives: a review on its plan, an annotated copy, a tracked file or its reason', async () => {
    const entry = await bundleEntry(fileURLToPath(new URL('../../../electron/isolation/job-main.ts', import.meta.url)));
    const jobs = createJobRunner({ start: nodeJobProcess(entry) });
    const reader = isolatedReader(jobs);
    const plan = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));
    const reviewed = new Uint8Array(readFileSync(REVIEWED));
    expect(await reader.review('gop-y.docx', reviewed, plan)).toEqual(await inProcessReader.review('gop-y.docx', reviewed, plan));

    const word = (await buildWordSeed()).bytes;
    const agencies = await createAgencyDirectoryStore({ userPath: null }).load();
    const { findings } = await checkReceivedDocx(inProcessReader, 'nhan-duoc.docx', word, { agencies, today: CLI_NOW });
    const annotated = await reader.annotateDocx('nhan-duoc.docx', word, findings, CLI_NOW);
    expect((await readReview(annotated)).comments).toEqual(
      (await readReview(await inProcessReader.annotateDocx('nhan-duoc.docx', word, findings, CLI_NOW))).comments,
    );

    const exported = await renderDocx(plan, { now: CLI_NOW });
    expect(await reader.readTracked('58.docx', exported)).toEqual(await inProcessReader.readTracked('58.docx', exported));
    const damaged = await reader.readTracked('hong.docx', new Uint8Array([1, 2, 3]));
    expect(damaged.kind === 'unreadable' ? damaged.reason : '').toMatch(/^hong\.docx: /u);
    jobs.close();
  });
});
