/**
 * The app in its test harness for the benchmark: the renderer built once, a harness serving it on
 * a free port with the real services, one Chromium, and each generated plan saved as a `.kehoach`
 * the page opens as it starts, as the app opens a file it is launched with.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { startHarness, type RunningHarness } from '../../electron/harness/start-harness';
import { serializePlan } from '../../shared/plan-file';
import type { BenchPlan } from '../lib/context';
import { installProbe, type ProbeReadout } from './page-probe';

/** The first section's editor: its presence means the plan is on screen and can be typed in. */
export const EDITABLE_SELECTOR = '[data-slate-editor="true"][aria-label="Nội dung mục I"]';

export interface OpenedPlan {
  readonly page: Page;
  readonly cdp: CDPSession;
  probe(): Promise<ProbeReadout>;
  close(): Promise<void>;
}

export interface HarnessSession {
  /** The harness's data folder: its user agency directory is `agencies.json` there. */
  readonly dataDir: string;
  open(plan: BenchPlan): Promise<OpenedPlan>;
  /** The app's start screen in a page of its own, with no plan open. */
  start(): Promise<{ readonly page: Page; close(): Promise<void> }>;
  close(): Promise<void>;
}

const ARGS = [
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function startHarnessSession(chromiumPath: string, workDir: string): Promise<HarnessSession> {
  const root = new URL('../../', import.meta.url);
  await build({ configFile: new URL('vite.config.ts', root).pathname, root: new URL('renderer/', root).pathname, logLevel: 'warn' });
  const dataDir = join(workDir, 'harness');
  const plansDir = join(dataDir, 'plans');
  await mkdir(plansDir, { recursive: true });
  // Test mode: the tracking case answers the folder dialog through the harness's dialog route.
  const harness: RunningHarness = await startHarness({ port: 0, dataDir, testMode: true });
  const noSandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: [...ARGS, ...noSandbox] });
  const files = new Map<BenchPlan, string>();
  return {
    dataDir,
    async start() {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(harness.url);
      return { page, close: () => context.close() };
    },
    async open(plan) {
      let path = files.get(plan);
      if (path === undefined) {
        path = join(plansDir, `${plan.dataRows}.kehoach`);
        await writeFile(path, serializePlan(plan.plan));
        files.set(plan, path);
      }
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(installProbe, EDITABLE_SELECTOR);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      harness.host.launchWith(path);
      await page.goto(harness.url);
      await page.locator(EDITABLE_SELECTOR).waitFor({ timeout: 120_000 });
      if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
      const cdp = await context.newCDPSession(page);
      return {
        page,
        cdp,
        probe: () =>
          page.evaluate(() => {
            const probe = window.__benchProbe;
            return { samples: [...(probe?.samples ?? [])], editableAt: probe?.editableAt ?? null };
          }),
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await harness.close();
    },
  };
}
