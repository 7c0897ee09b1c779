/**
 * The body: preamble, section headings ("I. MỤC ĐÍCH, YÊU CẦU"), numbered items, bullets and
 * paragraphs, with numbers computed from position and the end mark ("./." or ".") after the last
 * paragraph.
 */
import { numberItems, sectionLabel, type Block, type CrossRefResolver, type PlanDocument } from '../../model';
import type { FormatProfile } from '../../format';
import { inlineRuns, para, upper } from './blocks';
import type { LayoutParagraph, LayoutRun, ListLevel } from './layout-types';
import { STYLE } from './styles';

const ITEM_STYLES = [STYLE.item1, STYLE.item2, STYLE.item3] as const;
const BULLETS = ['-', '+'] as const;

/**
 * The body's Word list: sections at level 0 ("%1." or "%1-"), items at levels 1–4 ("%2.",
 * "%2.%3.", …), each heading level tied to its style. Letters stay out of it: Word's lowerLetter
 * counts a, b, c, d, e, f where Vietnamese counts a, b, c, d, đ, e, g.
 */
export function bodyList(plan: Pick<PlanDocument, 'sectionNumbering'>, profile: FormatProfile): ListLevel[] {
  const firstLineIndentMm = profile.body.firstLineIndentMm.value;
  const itemLevels = [1, 2, 3, 4].map((level): ListLevel => ({
    format: 'decimal',
    firstLineIndentMm,
    text: `${Array.from({ length: level }, (_, i) => `%${i + 2}`).join('.')}.`,
    ...(ITEM_STYLES[level - 1] === undefined ? {} : { style: ITEM_STYLES[level - 1] }),
  }));
  const separator = sectionLabel(0, plan.sectionNumbering).slice(-1);
  return [{ format: 'upperRoman', text: `%1${separator}`, style: STYLE.section, firstLineIndentMm }, ...itemLevels];
}

/**
 * The items of one block list whose printed numbers Word's list would count to as well. Word
 * counts only the paragraphs in its list (decimal items: letters stay out), a level restarting
 * under each shallower one and a section heading restarting all; where a letter item shares a
 * level with numbers the two counts part, and the whole list keeps its numbers as text.
 */
function wordCountable(blocks: readonly Block[], numbers: ReadonlyMap<string, { label: string }>): ReadonlySet<string> {
  const counters: number[] = [];
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.type !== 'item' || block.hint === true || block.marker === 'letter') continue;
    counters[block.level] = (counters[block.level] ?? 0) + 1;
    counters.length = block.level + 1;
    // An unstarted level shows its start, 1, as the model's count of a missing parent does.
    const label = `${Array.from(counters.slice(1), (c) => c || 1).join('.')}.`;
    if (numbers.get(block.id)?.label !== label) return new Set();
    ids.add(block.id);
  }
  return ids;
}

function blockParagraphs(blocks: readonly Block[], resolve: CrossRefResolver): LayoutParagraph[] {
  const numbers = numberItems(blocks);
  const listed = wordCountable(blocks, numbers);
  // Template guidance is shown in the editor only: it never prints.
  return blocks
    .filter((block) => block.hint !== true)
    .map((block) => {
      const paragraph = { ...blockParagraph(block, numbers, resolve), key: blockKey(block.id) };
      const label = numbers.get(block.id)?.label;
      if (block.type !== 'item' || label === undefined || !listed.has(block.id)) return paragraph;
      return { ...paragraph, listNumber: { level: block.level, prefix: `${label} ` } };
    });
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
    const label = sectionLabel(index, plan.sectionNumbering);
    out.push({
      ...para(STYLE.section, `${label} ${upper(section.title)}`),
      key: sectionKey(section.id),
      listNumber: { level: 0, prefix: `${label} ` },
    });
    out.push(...blockParagraphs(section.blocks, resolve));
  });
  const last = out[out.length - 1];
  if (last !== undefined && last.style !== STYLE.section) {
    out[out.length - 1] = { ...last, runs: withEndMark(last.runs, profile.body.endMark) };
  }
  return out;
}
