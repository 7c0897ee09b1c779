/**
 * The body: preamble, section headings ("I. MỤC ĐÍCH, YÊU CẦU"), numbered items, bullets and
 * paragraphs, with numbers computed from position and the end mark ("./." or ".") after the last
 * paragraph.
 */
import { numberItems, sectionLabel, type Block, type CrossRefResolver, type PlanDocument } from '../../model';
import type { FormatProfile } from '../../format';
import { inlineRuns, para, upper } from './blocks';
import type { LayoutParagraph, LayoutRun } from './layout-types';
import { STYLE } from './styles';

const ITEM_STYLES = [STYLE.item1, STYLE.item2, STYLE.item3] as const;
const BULLETS = ['-', '+'] as const;

function blockParagraphs(blocks: readonly Block[], resolve: CrossRefResolver): LayoutParagraph[] {
  const numbers = numberItems(blocks);
  // Template guidance is shown in the editor only: it never prints.
  return blocks
    .filter((block) => block.hint !== true)
    .map((block) => ({ ...blockParagraph(block, numbers, resolve), key: blockKey(block.id) }));
}

/** The layout key of a body block's paragraph, and of a section's heading. */
export function blockKey(blockId: string): string {
  return `b:${blockId}`;
}

export function sectionKey(sectionId: string): string {
  return `s:${sectionId}`;
}

function blockParagraph(block: Block, numbers: ReadonlyMap<string, { label: string }>, resolve: CrossRefResolver): LayoutParagraph {
  const runs = inlineRuns(block.children, resolve);
  switch (block.type) {
    case 'paragraph':
      return para(STYLE.body, runs);
    case 'bullet':
      return para(STYLE.body, [{ text: `${BULLETS[block.level - 1] ?? '-'} ` }, ...runs]);
    case 'item': {
      const label = numbers.get(block.id)?.label ?? '';
      if (!block.heading) return para(STYLE.body, [{ text: `${label} ` }, ...runs]);
      const style = ITEM_STYLES[Math.min(block.level, ITEM_STYLES.length) - 1] ?? STYLE.item3;
      return para(style, [{ text: `${label} ` }, ...runs]);
    }
  }
}

/** Adds the end mark unless the text already ends with it; a final "." becomes "./." where needed. */
export function withEndMark(runs: readonly LayoutRun[], endMark: string): LayoutRun[] {
  const list = [...runs];
  const last = list[list.length - 1];
  if (last === undefined) return [{ text: endMark }];
  const text = last.text.trimEnd();
  if (text.endsWith(endMark)) return list;
  const stem = text.endsWith('.') ? text.slice(0, -1) : text.replace(/[;,:]$/, '');
  list[list.length - 1] = { ...last, text: stem };
  list.push({ text: endMark });
  return list;
}

export function bodyBlocks(plan: PlanDocument, profile: FormatProfile, resolve: CrossRefResolver): LayoutParagraph[] {
  const out: LayoutParagraph[] = [...blockParagraphs(plan.preamble, resolve)];
  plan.sections.forEach((section, index) => {
    out.push({
      ...para(STYLE.section, `${sectionLabel(index, plan.sectionNumbering)} ${upper(section.title)}`),
      key: sectionKey(section.id),
    });
    out.push(...blockParagraphs(section.blocks, resolve));
  });
  const last = out[out.length - 1];
  if (last !== undefined && last.style !== STYLE.section) {
    out[out.length - 1] = { ...last, runs: withEndMark(last.runs, profile.body.endMark) };
  }
  return out;
}
