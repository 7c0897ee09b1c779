/**
 * What the cases share during one run: the generated plans, a work folder, the agency directory
 * and templates, each plan's DOCX rendered once, one Chromium printer session opened on first use
 * and reused by every PDF case, as the app keeps its printer, and the app's harness for the
 * renderer cases.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openChromiumPrinter, type PrinterSession } from '../../electron/services/chromium-printer';
import { createTemplateStore, type TemplateStore } from '../../electron/services/template-store';
import type { AgencyDirectory, PlanDocument } from '../../shared/model';
import type { PdfPrinter } from '../../shared/pdf';
import { renderDocx } from '../../shared/render/docx';
import { startHarnessSession, type HarnessSession } from '../harness/harness-session';
import { repeat, SLOW, type Measured, type Repeat } from './measure';
import type { Tools } from './tools';

export interface BenchPlan {
  /** "300 rows": the `size` of the results. */
  readonly size: string;
  readonly dataRows: number;
  readonly plan: PlanDocument;
}

export interface BenchContext {
  readonly plans: readonly BenchPlan[];
  readonly directory: AgencyDirectory;
  readonly templates: TemplateStore;
  readonly tools: Tools;
  /** Recorded as the creation time of every exported file, as the CLI does with its clock. */
  readonly now: Date;
  /** A folder of its own for files the cases write; removed at the end. */
  readonly workDir: string;
  /** Our DOCX of the plan, rendered once and shared by the cases that read it. */
  docx(plan: BenchPlan): Promise<Uint8Array>;
  /** The one Chromium session of the run (needs tools.chromium). */
  printer(): Promise<PdfPrinter>;
  /** The app in its test harness with a Chromium of its own, started on first use (needs tools.chromium). */
  harness(): Promise<HarnessSession>;
  /** A line of progress on stderr, so the table on stdout stays clean. */
  progress(message: string): void;
  /** Times `work` by the policy; slow work reports each run as it ends. */
  time<T>(what: string, work: () => T | Promise<T>, policy: Repeat): Promise<Measured<T>>;
  close(): Promise<void>;
}

export interface ContextInput {
  readonly plans: readonly BenchPlan[];
  readonly directory: AgencyDirectory;
  readonly tools: Tools;
  readonly now: Date;
  readonly progress: (message: string) => void;
}

export async function createContext(input: ContextInput): Promise<BenchContext> {
  const workDir = await mkdtemp(join(tmpdir(), 'kehoach-bench-'));
  const docxCache = new Map<BenchPlan, Promise<Uint8Array>>();
  let session: Promise<PrinterSession> | null = null;
  let harness: Promise<HarnessSession> | null = null;
  return {
    ...input,
    templates: createTemplateStore(),
    workDir,
    docx(plan) {
      let bytes = docxCache.get(plan);
      if (bytes === undefined) {
        bytes = renderDocx(plan.plan, { now: input.now });
        docxCache.set(plan, bytes);
      }
      return bytes;
    },
    printer() {
      const path = input.tools.chromium.path;
      if (path === null) throw new Error('No Chromium to print with');
      session ??= openChromiumPrinter({ executablePath: path, timeoutMs: 180_000 });
      return session;
    },
    harness() {
      const path = input.tools.chromium.path;
      if (path === null) throw new Error('No Chromium to run the renderer in');
      harness ??= startHarnessSession(path, workDir);
      return harness;
    },
    time(what, work, policy) {
      const report =
        policy === SLOW
          ? (run: number, of: number) => {
              input.progress(`    ${what}: run ${run}/${of}`);
            }
          : undefined;
      return repeat(work, policy, report);
    },
    async close() {
      if (session !== null) await (await session).close();
      if (harness !== null) await (await harness).close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
