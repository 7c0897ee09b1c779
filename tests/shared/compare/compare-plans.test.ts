/**
 * Compare by structure on 58-KH/TU and edited copies of it: a reworded paragraph with its words,
 * a moved paragraph and row, added and removed blocks, rows and cells, property changes; plans
 * whose ids differ (a DOCX read back from its content) still match by wording.
 */
import { describe, expect, it } from 'vitest';
import { align, comparePlans, diffWords } from '../../../shared/compare';
import { cellText, type Block, type PlanDocument, type Row } from '../../../shared/model';
import { partyPlan } from '../model/ops/plans';

function withBlocks(plan: PlanDocument, sectionIndex: number, edit: (blocks: Block[]) => Block[]): PlanDocument {
  return { ...plan, sections: plan.sections.map((s, i) => (i === sectionIndex ? { ...s, blocks: edit([...s.blocks]) } : s)) };
}

function withRows(plan: PlanDocument, edit: (rows: Row[]) => Row[]): PlanDocument {
  return { ...plan, appendices: plan.appendices.map((a, i) => (i === 0 ? { ...a, rows: edit([...a.rows]) } : a)) };
}

describe('diffWords', () => {
  it('gives the changed words and keeps the rest', () => {
    expect(diffWords('Sở Nội vụ chủ trì thực hiện', 'Sở Tư pháp chủ trì thực hiện')).toEqual([
      { op: 'equal', text: 'Sở ' },
      { op: 'delete', text: 'Nội vụ' },
      { op: 'insert', text: 'Tư pháp' },
      { op: 'equal', text: ' chủ trì thực hiện' },
    ]);
  });
});

describe('align', () => {
  it('matches by id, then wording, and finds the moved item', () => {
    const units = (texts: string[], prefix: string) => texts.map((text, i) => ({ kind: 'b', id: `${prefix}${i}`, text }));
    const before = units(['một hai ba', 'bốn năm sáu', 'bảy tám chín', 'mười'], 'x');
    const after = units(['bốn năm sáu', 'một hai ba', 'bảy tám chín mười một', 'mới thêm vào'], 'y');
    const result = align(before, after);
    expect(result.oldOf).toEqual([1, 0, 2, -1]);
    expect(result.newOf[3]).toBe(-1);
    expect(result.moved.size).toBe(1);
    expect(result.merged.map((e) => e.kind)).toEqual(['moved-to', 'kept', 'moved-from', 'kept', 'removed', 'added']);
  });
});

describe('comparePlans', () => {
  it('finds nothing between a plan and itself', () => {
    const plan = partyPlan();
    expect(comparePlans(plan, plan).changes).toEqual([]);
  });

  it('reports a rewording with its words, a move, an addition and a removal in the body', () => {
    const plan = partyPlan();
    const [first, second, third] = plan.sections[1]?.blocks ?? [];
    if (first === undefined || second === undefined || third === undefined) throw new Error('section II has blocks');
    const reworded: Block = { ...second, children: [{ text: 'Đoạn viết lại hoàn toàn khác' }] };
    const added: Block = { type: 'paragraph', id: 'new-block', children: [{ text: 'Một đoạn mới về chuyển đổi số.' }] };
    let next = withBlocks(plan, 1, (blocks) => [
      third,
      { ...first, children: [...first.children, { text: ' Bổ sung.' }] },
      ...blocks.slice(3),
      added,
    ]);
    next = withBlocks(next, 0, (blocks) => blocks);
    const changes = comparePlans(plan, next).changes;
    const of = (kind: string) => changes.filter((c) => c.kind === kind);
    expect(of('added').map((c) => c.after)).toEqual(['Một đoạn mới về chuyển đổi số.']);
    expect(of('removed').map((c) => c.target)).toEqual([{ part: 'block', sectionId: plan.sections[1]?.id, blockId: second.id }]);
    const moved = of('moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]?.place).toMatch(/^Mục II/u);
    const changedFirst = changes.find((c) => c.target.part === 'block' && c.target.blockId === first.id);
    expect(
      changedFirst?.words
        ?.filter((w) => w.op === 'insert')
        .map((w) => w.text)
        .join(''),
    ).toContain('Bổ sung.');
    expect(reworded.id).toBe(second.id);
  });

  it('reports rows added, removed, moved and cells changed, with their places', () => {
    const plan = partyPlan();
    const rows = plan.appendices[0]?.rows ?? [];
    const data = rows.filter((r) => r.kind === 'data' && r.level > 0);
    const [a, b] = data;
    if (a === undefined || b === undefined) throw new Error('appendix I has data rows');
    const main = plan.appendices[0]?.mainColumn ?? '';
    const next = withRows(plan, (list) => {
      const out = list
        .filter((r) => r.id !== b.id)
        .map((r) => (r.id === a.id ? { ...r, cells: { ...r.cells, [main]: `${cellText(r.cells[main])} và báo cáo kết quả` } } : r));
      out.push({ id: 'row-new', kind: 'data', level: 1, cells: { [main]: 'Nhiệm vụ mới' } });
      return out;
    });
    const changes = comparePlans(plan, next).changes;
    expect(changes.find((c) => c.kind === 'removed' && c.target.part === 'row')?.place).toMatch(/^Phụ lục I, dòng/u);
    expect(changes.find((c) => c.kind === 'added' && c.target.part === 'row')?.after).toBe('Nhiệm vụ mới');
    const cell = changes.find((c) => c.target.part === 'cell');
    expect(cell?.place).toMatch(/^Phụ lục I, dòng .*, cột /u);
    expect(cell?.words?.find((w) => w.op === 'insert')?.text).toBe(' và báo cáo kết quả');
  });

  it('matches by wording when the ids differ (a plan read back from a DOCX)', () => {
    const plan = partyPlan();
    const renamed: PlanDocument = {
      ...plan,
      id: 'doc-from-content',
      sections: plan.sections.map((s, i) => ({ ...s, id: `s${i}`, blocks: s.blocks.map((b, j) => ({ ...b, id: `s${i}b${j}` })) })),
      appendices: plan.appendices.map((a) => ({ ...a, rows: a.rows.map((r, k) => ({ ...r, id: `r${k}` })) })),
    };
    expect(comparePlans(plan, renamed).changes).toEqual([]);
  });

  it('reports property changes by their names', () => {
    const plan = partyPlan();
    const changes = comparePlans(plan, { ...plan, meta: { ...plan.meta, summary: `${plan.meta.summary} (sửa đổi)` } }).changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'changed', place: 'Trích yếu' });
  });
});
