/**
 * A second version of a bench plan, as a drafting round makes one: some paragraphs reworded, a few
 * added, removed and moved; in each appendix some cells reworded and rows added, removed and moved.
 * Seeded, so both versions are the same on every run.
 */
import type { Block, PlanDocument, Row } from '../../shared/model';
import { createRandom, type Random } from './random';

const ADDED_TEXT = 'Nội dung bổ sung theo ý kiến góp ý của các sở, ban, ngành.';

function reword(text: string, random: Random): string {
  const words = text.split(' ');
  if (words.length < 4) return `${text} (sửa)`;
  const at = random.int(1, words.length - 2);
  return [...words.slice(0, at), random.pick(['kịp thời', 'hiệu quả', 'đồng bộ', 'thực chất']), ...words.slice(at + 1)].join(' ');
}

function reviseBlocks(blocks: readonly Block[], random: Random, tag: string): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    if (random.chance(0.03)) return;
    const leaf = block.children[0];
    const changed =
      leaf !== undefined && !('type' in leaf) && random.chance(0.1)
        ? { ...block, children: [{ ...leaf, text: reword(leaf.text, random) }, ...block.children.slice(1)] }
        : block;
    out.push(changed);
    if (random.chance(0.03)) out.push({ type: 'paragraph', id: `${tag}-added-${String(i)}`, children: [{ text: ADDED_TEXT }] });
  });
  // A paragraph moved down a few places.
  if (out.length > 6 && out[1]?.type === 'paragraph') {
    const [moved] = out.splice(1, 1);
    if (moved !== undefined) out.splice(5, 0, moved);
  }
  return out;
}

function reviseRows(rows: readonly Row[], mainColumn: string, random: Random, tag: string): Row[] {
  const out: Row[] = [];
  rows.forEach((row, i) => {
    if (row.kind === 'data' && random.chance(0.02)) return;
    const text = row.cells[mainColumn];
    out.push(
      typeof text === 'string' && row.kind === 'data' && random.chance(0.05)
        ? { ...row, cells: { ...row.cells, [mainColumn]: reword(text, random) } }
        : row,
    );
    if (row.kind === 'data' && random.chance(0.02))
      out.push({ id: `${tag}-row-${String(i)}`, kind: 'data', level: row.level, cells: { [mainColumn]: ADDED_TEXT } });
  });
  return out;
}

export function revisePlan(plan: PlanDocument, seed: number): PlanDocument {
  const random = createRandom(seed);
  return {
    ...plan,
    meta: { ...plan.meta, markings: { ...plan.meta.markings, draft: 'Dự thảo lần 2' } },
    sections: plan.sections.map((s, i) => ({ ...s, blocks: reviseBlocks(s.blocks, random, `s${String(i)}`) })),
    appendices: plan.appendices.map((a, i) => ({ ...a, rows: reviseRows(a.rows, a.mainColumn, random, `a${String(i)}`) })),
  };
}
