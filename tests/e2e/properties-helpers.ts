/**
 * Driving the properties panel like a clerk: a plan from a template, the panel's groups and the
 * text of an exported DOCX.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportDespiteUnfinished, type AppUnderTest } from './app-under-test';

export const STATE_TEMPLATE = /Kế hoạch thực hiện kế hoạch của cấp trên/u;
export const PARTY_TEMPLATE = /Kế hoạch thực hiện nghị quyết \(cấp ủy Đảng\)/u;

export async function createPlan(page: Page, template: RegExp): Promise<Locator> {
  await page.getByRole('radio', { name: template }).check();
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  const panel = page.getByRole('complementary', { name: 'Thông tin văn bản' });
  await panel.getByRole('heading', { name: 'Thông tin văn bản' }).waitFor();
  return panel;
}

/** Opens a group of the panel (they start closed except the first three). */
export async function openGroup(panel: Locator, title: string): Promise<void> {
  const toggle = panel.getByRole('button', { name: title, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/gu, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

/**
 * Exports a plan made from a template through "Xuất DOCX", going on past the question about its
 * unfinished parts (the harness answers the save dialog with its documents folder), and returns
 * each paragraph's text.
 */
export async function exportDocxParagraphs(app: AppUnderTest): Promise<string[]> {
  const before = new Set(readdirSync(app.harness.documentsDir));
  await app.page.getByRole('button', { name: 'Xuất DOCX' }).click();
  await exportDespiteUnfinished(app.page);
  await expect
    .poll(() => readdirSync(app.harness.documentsDir).filter((f) => f.endsWith('.docx') && !before.has(f)).length, { timeout: 30_000 })
    .toBe(1);
  const name = readdirSync(app.harness.documentsDir).find((f) => f.endsWith('.docx') && !before.has(f)) ?? '';
  const zip = await JSZip.loadAsync(readFileSync(join(app.harness.documentsDir, name)));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map(([p]) =>
    decodeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1] ?? '').join('')),
  );
}

/**
 * Counts renders of the React components in and under an element, through the hook React
 * DevTools uses: after each commit, a function component that did work (React's PerformedWork
 * flag) on a fiber that was not in the previous commit's tree has rendered. Install before the
 * page loads React.
 */
export async function installRenderWatch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Fiber = { tag: number; flags: number; stateNode: unknown; child: Fiber | null; sibling: Fiber | null; return: Fiber | null };
    const COMPONENT_TAGS = new Set([0, 11, 14, 15]);
    const PERFORMED_WORK = 1;
    const state = { root: null as { current: Fiber } | null, selector: '', previous: new Set<Fiber>(), renders: 0 };
    const find = (fiber: Fiber | null, node: Element): Fiber | null => {
      for (let f = fiber; f !== null; f = f.sibling) {
        if (f.stateNode === node) return f;
        const inner = find(f.child, node);
        if (inner !== null) return inner;
      }
      return null;
    };
    const components = (host: Fiber): Fiber[] => {
      const out: Fiber[] = [];
      const walk = (fiber: Fiber | null): void => {
        for (let f = fiber; f !== null; f = f.sibling) {
          if (COMPONENT_TAGS.has(f.tag)) out.push(f);
          walk(f.child);
        }
      };
      walk(host.child);
      // The component that draws the element itself.
      for (let f = host.return; f !== null; f = f.return) {
        if (COMPONENT_TAGS.has(f.tag)) {
          out.push(f);
          break;
        }
      }
      return out;
    };
    const scan = (count: boolean): void => {
      const node = state.selector === '' ? null : document.querySelector(state.selector);
      const host = node === null || state.root === null ? null : find(state.root.current, node);
      if (host === null) return;
      const now = components(host);
      if (count) state.renders += now.filter((f) => (f.flags & PERFORMED_WORK) !== 0 && !state.previous.has(f)).length;
      state.previous = new Set(now);
    };
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        isDisabled: false,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => undefined,
        onScheduleFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
          state.root = root;
          scan(true);
        },
      },
      __renderWatch: {
        arm(selector: string) {
          state.selector = selector;
          state.renders = 0;
          scan(false);
        },
        renders: () => state.renders,
      },
    });
  });
  await page.reload();
}

export async function armRenderWatch(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => {
    (window as unknown as { __renderWatch: { arm: (s: string) => void } }).__renderWatch.arm(s);
  }, selector);
}

export async function renderCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __renderWatch: { renders: () => number } }).__renderWatch.renders());
}
