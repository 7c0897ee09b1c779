/**
 * Finding where parts of a plan are printed from the printed text alone. The "PDF" here is the
 * plan's own layout (what the HTML renderer prints, in print order) cut into pages, with the
 * page number of each page at its end as the stamped PDF has it; the end-to-end tests use the
 * real PDF.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellText, inlineText, type Block, type PlanDocument } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { renameSection, setSectionBlocks } from '../../../shared/edit';
import { buildLayout, type LayoutBlock } from '../../../shared/render/layout';
import { placePlan } from '../../../renderer/preview/print-places';
import { normalizeForMatch, PdfTextIndex, type PageTextItem } from '../../../renderer/preview/text-index';
import { PREAMBLE_ID } from '../../../renderer/state/focus';

const PLAN = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));

function blockLines(block: LayoutBlock): string[] {
  if (block.kind === 'rule') return [];
  if (block.kind === 'paragraph') return [block.runs.map((r) => r.text).join('')];
  return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks.flatMap(blockLines)));
}

/** The plan's printed lines, `perPage` to a page, each layout section from a new page. */
function printed(plan: PlanDocument, perPage = 12): PageTextItem[][] {
  const pages: PageTextItem[][] = [];
  for (const section of buildLayout(plan).sections) {
    const lines = section.blocks.flatMap(blockLines).filter((l) => l.trim() !== '');
    for (let i = 0; i < lines.length; i += perPage) {
      const items = lines.slice(i, i + perPage).map((text, n) => ({ text, top: n / perPage }));
      pages.push([...items, { text: String(pages.length + 1), top: 0.02 }]);
    }
  }
  return pages;
}

/** The first page from `from` on with a line that holds `text` (a line is a whole paragraph here). */
function pageOf(pages: PageTextItem[][], text: string, from = 0): number {
  const needle = normalizeForMatch(text);
  const at = pages.slice(from).findIndex((items) => items.some((item) => normalizeForMatch(item.text).includes(needle)));
  return at < 0 ? -1 : at + from;
}

const pages = printed(PLAN);
const index = new PdfTextIndex(pages);
const placed = placePlan(PLAN, index);
const appendix = PLAN.appendices[0];
if (appendix === undefined) throw new Error('the fixture has appendices');
const section = (i: number) => {
  const found = PLAN.sections[i];
  if (found === undefined) throw new Error(`no section ${i}`);
  return found;
};
const text = (block: Block): string => inlineText(block.children);

describe('placePlan', () => {
  it('finds every block of every section on the page it is printed on', () => {
    // Read in order, as a person would: each block is on or after the page of the one before.
    let page = 0;
    PLAN.sections.forEach((s, n) => {
      page = pageOf(pages, `${['I', 'II', 'III', 'IV'][n] ?? ''}. ${s.title}`, page);
      s.blocks.forEach((block, i) => {
        if (normalizeForMatch(text(block)).length < 30) return;
        page = pageOf(pages, text(block), page);
        expect(placed.hitOf({ kind: 'block', containerId: s.id, index: i })?.page, text(block)).toBe(page);
      });
    });
  });

  it('finds every row of an appendix on its page, after the body', () => {
    const first = pageOf(pages, appendix.title.split('\n')[0] ?? '');
    expect(first).toBeGreaterThan(0);
    // Two rows hold the same task (but for the case of a letter): each is found in its place.
    const tasks = appendix.rows.map((row) => normalizeForMatch(cellText(row.cells.task)));
    expect(new Set(tasks).size).toBeLessThan(tasks.length);
    let page = first;
    for (const row of appendix.rows) {
      const task = cellText(row.cells.task);
      page = pageOf(pages, task, page);
      expect(placed.hitOf({ kind: 'row', appendixId: appendix.id, rowId: row.id })?.page, task).toBe(page);
    }
    expect(placed.hitOf({ kind: 'appendix', appendixId: appendix.id })?.page).toBe(first);
  });

  it('finds the preamble after the trích yếu that repeats its opening words', () => {
    const opening = PLAN.preamble[0];
    if (opening === undefined) throw new Error('the fixture has a preamble');
    expect(normalizeForMatch(PLAN.meta.summary).slice(0, 30)).toBe(normalizeForMatch(text(opening)).slice(0, 30));
    const hit = placed.hitOf({ kind: 'block', containerId: PREAMBLE_ID, index: 0 });
    const line = pages[hit?.page ?? -1]?.find((item) => item.top === hit?.top);
    expect(line?.text).toBe(text(opening));
  });

  it('puts a block typed since the print where the block before it is', () => {
    const s = section(2);
    const fresh: Block = { id: 'fresh', type: 'paragraph', children: [{ text: 'Một đoạn văn vừa gõ, chưa có trong bản in' }] };
    const at = 5;
    const plan = setSectionBlocks(PLAN, s.id, [...s.blocks.slice(0, at), fresh, ...s.blocks.slice(at)]);
    const later = placePlan(plan, index);
    expect(later.hitOf({ kind: 'block', containerId: s.id, index: at })).toEqual(
      placed.hitOf({ kind: 'block', containerId: s.id, index: at - 1 }),
    );
    // The blocks after it are still found where they are printed.
    expect(later.hitOf({ kind: 'block', containerId: s.id, index: at + 1 })).toEqual(
      placed.hitOf({ kind: 'block', containerId: s.id, index: at }),
    );
  });

  it('still finds the blocks of a section renamed since the print', () => {
    const s = section(3);
    const renamed = placePlan(renameSection(PLAN, s.id, 'TÊN MỚI CHƯA IN'), index);
    expect(renamed.hitOf({ kind: 'block', containerId: s.id, index: 2 })).toEqual(
      placed.hitOf({ kind: 'block', containerId: s.id, index: 2 }),
    );
  });

  it('finds a section heading by its number and title', () => {
    const s = section(3);
    expect(placed.hitOf({ kind: 'heading', containerId: s.id })?.page).toBe(pageOf(pages, `IV. ${s.title}`));
  });

  it('tells which part a spot of a page shows (a click on the preview)', () => {
    const s = section(2);
    for (const i of [0, 7, 15]) {
      const hit = placed.hitOf({ kind: 'block', containerId: s.id, index: i });
      if (hit === null) throw new Error('found above');
      expect(placed.placeAt(index.lineAt(hit.page, hit.top))).toEqual({ kind: 'block', containerId: s.id, index: i });
    }
    const row = appendix.rows[20];
    const hit = placed.hitOf({ kind: 'row', appendixId: appendix.id, rowId: row?.id ?? '' });
    if (hit === null) throw new Error('found above');
    expect(placed.placeAt(index.lineAt(hit.page, hit.top + 0.01))).toEqual({ kind: 'row', appendixId: appendix.id, rowId: row?.id });
  });

  it('finds nothing in a PDF without text', () => {
    const empty = placePlan(PLAN, new PdfTextIndex([[], []]));
    expect(empty.hitOf({ kind: 'heading', containerId: section(0).id })).toBeNull();
    expect(empty.placeAt(0)).toBeNull();
  });
});
