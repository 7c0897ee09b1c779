/**
 * Coverage after the drafter edits the cloned plan: a deleted task is reported as not covered, a
 * split task as covered by both halves, a task retyped without its link is found by its wording,
 * an added task changes nothing, and a later deadline than the parent's is flagged.
 */
import { describe, expect, it } from 'vitest';
import { coverage, coverageOf, deadlineEnd, findAssignments, implementedPlan, isLate, superiorPlanId } from '../../../shared/clone';
import { parsePlanValue, type PlanDocument, type Row } from '../../../shared/model';
import { PARTY_PARENT, cloneFor, directory, fixture, unit } from './helpers';

const parent = fixture(PARTY_PARENT);
const cloned = cloneFor(parent, 'Đảng ủy UBND tỉnh').child;
const party = unit('Đảng ủy UBND tỉnh');

function edit(plan: PlanDocument, rows: (rows: Row[]) => Row[]): PlanDocument {
  return parsePlanValue({ ...plan, appendices: plan.appendices.map((a) => ({ ...a, rows: rows(a.rows) })) });
}

const byText = (text: string) => (row: Row) => row.cells.task === text;

describe('coverage of the untouched clone', () => {
  it('covers every assigned task, one child row each, with no late deadline', () => {
    const report = coverage(cloned, parent, party, directory);
    expect(report).toMatchObject({
      unit: 'Đảng ủy Ủy ban nhân dân tỉnh',
      parent: 'Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình',
      assigned: 64,
      covered: 64,
    });
    expect(report.items.every((i) => i.childRefs.length === 1 && !i.lateDeadline)).toBe(true);
    expect(report.items[0]).toEqual({
      parentRef: 'điểm 1 mục I Phụ lục I Kế hoạch số 58-KH/TU',
      text: 'Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050',
      role: 'lead',
      source: 'appendix',
      covered: true,
      childRefs: ['điểm a điểm 1 mục I Phụ lục'],
      lateDeadline: false,
    });
  });
});

describe('coverage after the child deletes, splits and adds tasks', () => {
  const deleted = 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030';
  const split = 'Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050';
  const retyped = 'Lập Quy hoạch chung đô thị Ninh Bình đến năm 2050, tầm nhìn đến năm 2075';
  const edited = edit(cloned, (rows) =>
    rows
      .filter((r) => !byText(deleted)(r))
      .flatMap((r): Row[] => {
        if (byText(split)(r)) {
          return [
            { ...r, cells: { ...r.cells, task: 'Rà soát, đề xuất nội dung điều chỉnh Quy hoạch tỉnh' } },
            { ...r, id: 'tach-2', cells: { ...r.cells, task: 'Trình phê duyệt điều chỉnh Quy hoạch tỉnh', deadline: 'Quý II/2027' } },
          ];
        }
        if (byText(retyped)(r)) {
          // Typed in again by hand: same wording, no link to the parent.
          return [
            {
              id: r.id,
              kind: r.kind,
              level: r.level,
              cells: { ...r.cells, task: 'Lập quy hoạch chung đô thị Ninh Bình đến năm 2050, tầm nhìn đến năm 2075.' },
            },
          ];
        }
        return [r];
      })
      .concat([{ id: 'moi', kind: 'data', level: 1, cells: { task: 'Tổ chức hội nghị quán triệt Kế hoạch', deadline: 'Quý II/2026' } }]),
  );
  const report = coverage(edited, parent, party, directory);
  const item = (text: string) => report.items.find((i) => i.text === text);

  it('reports the deleted task as not covered', () => {
    expect(report.covered).toBe(63);
    expect(item(deleted)).toMatchObject({ covered: false, childRefs: [], lateDeadline: false });
  });

  it('lists both halves of a split task and flags the half due after the parent’s deadline', () => {
    expect(item(split)).toMatchObject({
      covered: true,
      childRefs: ['điểm a điểm 1 mục I Phụ lục', 'điểm b điểm 1 mục I Phụ lục'],
      lateDeadline: true,
    });
  });

  it('finds a task retyped without its link by its wording', () => {
    expect(item(retyped)).toMatchObject({ covered: true, childRefs: ['điểm c điểm 1 mục I Phụ lục'] });
  });

  it('does not count an added task as an assignment', () => {
    expect(report.assigned).toBe(64);
    expect(report.items.some((i) => i.text.includes('hội nghị quán triệt'))).toBe(false);
  });
});

describe('coverage after the child merges two tasks into one row', () => {
  const first = 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030';
  const second = 'Lập Quy hoạch chung các đô thị trên địa bàn tỉnh';
  const rows = cloned.appendices.flatMap((a) => a.rows);
  const kept = rows.find(byText(first));
  const dropped = rows.find(byText(second));
  const merged = edit(cloned, (list) =>
    list
      .filter((r) => r !== dropped)
      .map((r) =>
        r === kept
          ? { ...r, cells: { ...r.cells, task: `${first}; ${second}` }, trace: [...(kept.trace ?? []), ...(dropped?.trace ?? [])] }
          : r,
      ),
  );
  const report = coverage(merged, parent, party, directory);

  it('counts the merged row for both parent tasks, each parent task once', () => {
    const refs = (text: string) => report.items.filter((i) => i.text === text).map((i) => i.childRefs);
    expect(refs(first)).toEqual([['điểm b điểm 1 mục I Phụ lục']]);
    expect(refs(second)).toEqual([['điểm b điểm 1 mục I Phụ lục']]);
    expect(report.covered).toBe(64);
  });
});

describe('deadlines', () => {
  it.each([
    ['Năm 2026', '2026-12-31'],
    ['2026-2030', '2030-12-31'],
    ['2026 - 2027', '2027-12-31'],
    ['Trước năm 2029', '2028-12-31'],
    ['Hoàn thành trước năm 2028', '2027-12-31'],
    ['Quý II/2026', '2026-06-30'],
    ['Quý IV năm 2026', '2026-12-31'],
    ['Tháng 02/2026', '2026-02-28'],
    ['30/6/2026', '2026-06-30'],
    ['6 tháng đầu năm 2026', '2026-06-30'],
    ['Thường xuyên', null],
    ['Đã hoàn thành', null],
    ['', null],
  ])('"%s" ends on %s', (text, end) => {
    expect(deadlineEnd(text)).toBe(end);
  });

  it('is late only when both deadlines have dates and the child’s ends later', () => {
    expect(isLate('Quý II/2027', 'Năm 2026')).toBe(true);
    expect(isLate('Quý II/2026', 'Năm 2026')).toBe(false);
    expect(isLate('Thường xuyên', 'Năm 2026')).toBe(false);
    expect(isLate('2027', 'Đã hoàn thành')).toBe(false);
  });
});

describe('coverageOf: where each task is taken up', () => {
  const assignments = findAssignments(parent, party, directory);

  it('gives the child row or body block of each covered task, so the app can go there', () => {
    const matches = coverageOf(cloned, parent, assignments);
    const table = cloned.appendices[0];
    expect(matches[0]?.places).toEqual([{ kind: 'row', appendixId: 'pl1', rowId: table?.rows[2]?.id, ref: 'điểm a điểm 1 mục I Phụ lục' }]);
    expect(matches.map((m) => m.item)).toEqual(coverage(cloned, parent, party, directory).items);
    // A task the child took up in its text, by the parent's wording, is found in that block.
    const wording = assignments[3]?.task.plainText ?? '';
    const section = cloned.sections[2];
    const written = parsePlanValue({
      ...edit(cloned, (rows) => rows.filter((r) => r.trace?.[0]?.itemId !== assignments[3]?.task.itemId)),
      sections: cloned.sections.map((s) =>
        s === section ? { ...s, blocks: [...s.blocks, { type: 'paragraph', id: 'viet-tay', children: [{ text: wording }] }] } : s,
      ),
    });
    expect(coverageOf(written, parent, assignments)[3]?.places).toEqual([
      { kind: 'block', sectionId: section?.id, blockId: 'viet-tay', ref: 'khoản 3 mục III' },
    ]);
  });

  it('matches by wording the rows linked to another copy of the parent (imported again, so another id)', () => {
    const copy = { ...parent, id: 'ban-nhap-lai' };
    const report = coverageOf(cloned, copy, findAssignments(copy, party, directory));
    expect(report.filter((m) => m.item.covered)).toHaveLength(64);
    // Each by its own row, though many tasks share most of their words, so no deadline is taken
    // from another task; only the task 58-KH/TU lists twice (điểm 7 and 13 mục III) has both rows.
    const rows = cloned.appendices[0]?.rows.filter((r) => r.kind === 'data').map((r) => r.id) ?? [];
    const placed = report.map((m) => m.places.map((p) => (p.kind === 'row' ? p.rowId : p.blockId)));
    const twice = new Set(report.flatMap((m, i) => (/^điểm (7|13) mục III /u.test(m.item.parentRef) ? [i] : [])));
    expect(twice.size).toBe(2);
    expect(placed).toEqual(rows.map((id, i) => (twice.has(i) ? [...twice].map((j) => rows[j]) : [id])));
    expect(report.some((m) => m.item.lateDeadline)).toBe(false);
    // Linked to this parent, a row counts only for what it links to, whatever its wording.
    const relinked = edit(cloned, (rows) =>
      rows.map((r) =>
        r.trace?.[0]?.itemId === assignments[0]?.task.itemId ? { ...r, trace: [{ planId: parent.id, itemId: 'pl1/khac', ref: '' }] } : r,
      ),
    );
    expect(coverageOf(relinked, parent, assignments)[0]?.item.covered).toBe(false);
  });
});

describe('which superior a child implements', () => {
  it('is the plan most rows link to first, and the căn cứ names it', () => {
    expect(superiorPlanId(cloned)).toBe(parent.id);
    expect(implementedPlan(cloned)).toMatchObject({ number: '58', symbol: 'KH/TU', role: 'implements' });
    // Two rows pasted in from a third plan do not change it; the chain behind each link does not count.
    const pasted = edit(cloned, (rows) =>
      rows.map((r, i) =>
        i < 3 && r.kind === 'data' ? { ...r, trace: [{ planId: 'khac', itemId: 'x', ref: '' }, ...(r.trace ?? [])] } : r,
      ),
    );
    expect(superiorPlanId(pasted)).toBe(parent.id);
    const relinked = edit(cloned, (rows) =>
      rows.map((r) => (r.kind === 'data' ? { ...r, trace: [{ planId: 'khac', itemId: 'x', ref: '' }, ...(r.trace ?? [])] } : r)),
    );
    expect(superiorPlanId(relinked)).toBe('khac');
  });

  it('is none for a plan with no links; the căn cứ names a superior plan, not a resolution', () => {
    expect(superiorPlanId(parent)).toBeNull();
    expect(parent.basis[0]).toMatchObject({ typeName: 'Nghị quyết', role: 'implements' });
    expect(implementedPlan(parent)).toBeUndefined();
    const imported = fixture('ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach');
    expect(superiorPlanId(imported)).toBeNull();
    expect(implementedPlan(imported)).toMatchObject({ typeName: 'Kế hoạch', number: '30' });
    expect(implementedPlan({ ...imported, basis: imported.basis.map((r) => ({ ...r, role: 'basis' as const })) })).toBeUndefined();
  });
});
