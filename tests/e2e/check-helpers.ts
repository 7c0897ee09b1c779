/**
 * Plans with known format problems and the findings panel in the harness: Kế hoạch 58-KH/TU with
 * a State-style symbol, a misspelled agency in a grid cell and a date without its leading zero,
 * opened through "Mở tệp"; the "Kiểm tra" tab and its region.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { serializePlan, type PlanDocument } from '../../shared/model';
import { loadFixture, PARTY_FIXTURE } from '../shared/render/docx-xml';

export const MISSPELLED = 'Sở Tài chánh';
export const DATE_TEXT = 'Hoàn thành sơ kết trước ngày 5/3/2026.';

/** Which row of Phụ lục 1 holds the misspelled agency, by its position among the grid's rows. */
export interface ProblemPlan {
  readonly plan: PlanDocument;
  readonly agencyRow: number;
}

/**
 * Kế hoạch 58-KH/TU (Party) with four problems: "KH-TU" (the State form: lỗi, fix "KH/TU"),
 * "Sở Tài chánh" leading a task (gợi ý, fix "Sở Tài chính"), "5/3/2026" in section I
 * (cảnh báo: "05/3/2026") and the resolution it implements cited as "NQ-TU" (cảnh báo).
 */
export function problemPlan(): ProblemPlan {
  const plan = loadFixture(PARTY_FIXTURE);
  const [appendix, ...appendices] = plan.appendices;
  const [section, ...sections] = plan.sections;
  if (appendix === undefined || section === undefined) throw new Error('fixture changed');
  const agencyRow = appendix.rows.findIndex((r, i) => i > 2 && r.kind === 'data');
  return {
    agencyRow,
    plan: {
      ...plan,
      meta: { ...plan.meta, symbol: 'KH-TU' },
      basis: plan.basis.map((ref, i) => (i === 0 ? { ...ref, symbol: 'NQ-TU' } : ref)),
      sections: [
        { ...section, blocks: [...section.blocks, { id: 'doan-ngay', type: 'paragraph', children: [{ text: DATE_TEXT }] }] },
        ...sections,
      ],
      appendices: [
        { ...appendix, rows: appendix.rows.map((r, i) => (i === agencyRow ? { ...r, cells: { ...r.cells, lead: MISSPELLED } } : r)) },
        ...appendices,
      ],
    },
  };
}

/** Opens a plan through "Mở tệp" (the page's file input), as a user with a file from elsewhere. */
export async function openPlan(page: Page, dir: string, plan: PlanDocument, name = 'ke-hoach-co-loi.kehoach'): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, serializePlan(plan));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Mở tệp' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('textbox', { name: 'Nội dung mục I', exact: true }).waitFor();
}

export function checkTab(page: Page): Locator {
  return page.getByRole('tab', { name: /^Kiểm tra/u });
}

/** How long a check of a 60-row plan may take on a machine shared by many test runs. */
export const CHECKED = { timeout: 20_000 };

/** Shows the "Kiểm tra" tab and returns the findings panel, once it has findings. */
export async function showFindings(page: Page): Promise<Locator> {
  await checkTab(page).click();
  const panel = page.getByRole('region', { name: 'Kiểm tra thể thức' });
  await expect.poll(() => panel.getByRole('status').textContent(), CHECKED).toMatch(/lỗi|Không phát hiện/u);
  return panel;
}

/** The open plan's findings of one severity ("Lỗi", "Cảnh báo", "Gợi ý"). */
export function findingList(panel: Locator, title: string): Locator {
  return panel.getByRole('list', { name: new RegExp(`^${title}: \\d+$`, 'u') });
}

/** One finding in a list (or the panel): its item, by the place it names and words of its message. */
export function finding(scope: Locator, place: string | RegExp, message: string): Locator {
  return scope.getByRole('listitem').filter({ hasText: place }).filter({ hasText: message });
}

/** The element with the keyboard focus: its tag, data-field, aria-label and value. */
export async function focused(page: Page): Promise<{ tag: string; field: string | null; label: string | null; value: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      field: el?.getAttribute('data-field') ?? null,
      label: el?.getAttribute('aria-label') ?? null,
      value: el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : null,
    };
  });
}
