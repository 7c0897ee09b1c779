/**
 * Cloning only the tasks the user kept, and putting a left-out task back the way the clone would
 * have put it: for every single task of 58-KH/TU (and of the cut-down 30/KH-UBND), a whole group
 * left out and added back in any order, a table without a clone's column ids, and a child with no
 * table at all.
 */
import { describe, expect, it } from 'vitest';
import { CloneError, addTaskToChild, findAssignments, type Assignment } from '../../../shared/clone';
import { cellText, type Appendix, type PlanDocument } from '../../../shared/model';
import { PARTY_PARENT, cloneFor, directory, fixture, stateParent, unit } from './helpers';

const parent = fixture(PARTY_PARENT);
const PARTY_UNIT = 'Đảng ủy UBND tỉnh';
const full = cloneFor(parent, PARTY_UNIT);
const assignments = findAssignments(parent, unit(PARTY_UNIT), directory);

/** Everything about a row but its id: what the clone decides. */
function shapes(plan: PlanDocument): unknown[] {
  return plan.appendices.flatMap((a) => a.rows.map((row) => ({ ...row, id: '' })));
}

function without(ids: readonly string[], from = assignments): Set<string> {
  return new Set(from.map((a) => a.task.itemId).filter((id) => !ids.includes(id)));
}

let serial = 0;
const newId = (): string => `them-${++serial}`;

function addBack(
  child: PlanDocument,
  itemIds: readonly string[],
  from: readonly Assignment[] = assignments,
  source = parent,
): PlanDocument {
  let plan = child;
  for (const itemId of itemIds) {
    plan = addTaskToChild(
      plan,
      source,
      from,
      from.findIndex((a) => a.task.itemId === itemId),
      newId,
    ).plan;
  }
  return plan;
}

describe('clonePlan with the tasks the user kept', () => {
  it('leaves out the unticked tasks and counts only the kept ones', () => {
    const left = ['pl1/pl1-r3', 'pl1/pl1-r14'];
    const result = cloneFor(parent, PARTY_UNIT, { keep: without(left) });
    expect(result.assignments.map((a) => a.task.itemId)).toEqual(assignments.map((a) => a.task.itemId).filter((id) => !left.includes(id)));
    expect(result.summary).toMatchObject({ tasks: 62, bySource: { appendix: 60, body: 2 } });
    const linked = result.child.appendices.flatMap((a) => a.rows.flatMap((r) => r.trace?.map((t) => t.itemId) ?? []));
    expect(linked).toHaveLength(62);
    expect(linked).not.toContain('pl1/pl1-r3');
  });

  it('drops a group whose every task was left out', () => {
    const group = ['pl1/pl1-r49', 'pl1/pl1-r50'];
    const rows = cloneFor(parent, PARTY_UNIT, { keep: without(group) }).child.appendices[0]?.rows ?? [];
    expect(rows.filter((r) => r.kind === 'group').map((r) => cellText(r.cells.task))).not.toContain(
      cellText(parent.appendices[0]?.rows[47]?.cells.task),
    );
    expect(rows.filter((r) => r.kind === 'group')).toHaveLength(12);
  });

  it('says so when nothing was kept, and makes the skeleton when asked', () => {
    expect(() => cloneFor(parent, PARTY_UNIT, { keep: new Set() })).toThrow(
      new CloneError('Chưa chọn nhiệm vụ nào trong 64 nhiệm vụ giao cho Đảng ủy Ủy ban nhân dân tỉnh.', 'no-tasks'),
    );
    expect(cloneFor(parent, PARTY_UNIT, { keep: new Set(), allowEmpty: true }).child.appendices).toEqual([]);
  });
});

describe('addTaskToChild', () => {
  it.each(assignments.map((a) => [a.task.ref, a.task.itemId]))('puts %s back where the clone puts it', (_ref, itemId) => {
    const child = cloneFor(parent, PARTY_UNIT, { keep: without([itemId]) }).child;
    const index = assignments.findIndex((a) => a.task.itemId === itemId);
    const added = addTaskToChild(child, parent, assignments, index, newId);
    expect(shapes(added.plan)).toEqual(shapes(full.child));
    const row = added.plan.appendices.find((a) => a.id === added.appendixId)?.rows.find((r) => r.id === added.rowId);
    expect(row?.trace?.[0]).toEqual({ planId: parent.id, itemId, ref: assignments[index]?.task.ref });
  });

  it('rebuilds a whole group added back in any order, and the body tasks’ group', () => {
    const left = ['pl1/pl1-r50', 'pl1/pl1-r49', 'pl1/pl1-r53', 'pl1/pl1-r52', 'pl1/pl1-r54'];
    const body = assignments
      .filter((a) => a.task.source === 'body')
      .map((a) => a.task.itemId)
      .reverse();
    const child = cloneFor(parent, PARTY_UNIT, { keep: without([...left, ...body]) }).child;
    expect(shapes(child)).not.toEqual(shapes(full.child));
    expect(shapes(addBack(child, [...body, ...left]))).toEqual(shapes(full.child));
  });

  it('does the same for a State plan with cooperating roles, collective phrases and body tasks', () => {
    const state = stateParent();
    const bql = unit('Ban Quản lý Khu kinh tế và các khu công nghiệp');
    const all = findAssignments(state, bql, directory);
    const whole = cloneFor(state, bql.name).child;
    expect(all.length).toBeGreaterThan(3);
    for (const [i, assignment] of all.entries()) {
      const rest = all.filter((_a, j) => j !== i).map((a) => a.task.itemId);
      const child = cloneFor(state, bql.name, { keep: new Set(rest), allowEmpty: true }).child;
      expect(shapes(addBack(child, [assignment.task.itemId], all, state))).toEqual(shapes(whole));
    }
  });

  it('keeps rows the user added after a task with that task, and uses the group that holds the neighbours', () => {
    // Phụ lục I alone, so the table starts with its own groups rather than one per appendix.
    const firstOnly = assignments.filter((a) => !a.task.itemId.startsWith('pl2/'));
    const child = cloneFor(parent, PARTY_UNIT, { keep: without(['pl1/pl1-r3'], firstOnly) }).child;
    const table = child.appendices[0] as Appendix;
    const [group, first, ...rest] = table.rows;
    if (group === undefined || first === undefined) throw new Error('no rows');
    const own = { id: 'rieng', kind: 'data' as const, level: 1, cells: { task: 'Nhiệm vụ riêng của đơn vị' } };
    // A copy of the first group, empty, put first by the user: the task goes back to the real one.
    const copy = { ...group, id: 'ban-sao' };
    const edited: PlanDocument = { ...child, appendices: [{ ...table, rows: [copy, group, first, own, ...rest] }] };
    const added = addTaskToChild(edited, parent, firstOnly, 1, newId);
    const rows = added.plan.appendices[0]?.rows ?? [];
    expect(rows.slice(0, 6).map((r) => r.id)).toEqual(['ban-sao', group.id, first.id, 'rieng', added.rowId, rest[0]?.id]);
    expect(rows[4]?.level).toBe(1);
  });

  it('writes into the columns of a table that names them otherwise', () => {
    const child = cloneFor(parent, PARTY_UNIT, { keep: without(['pl1/pl1-r3']) }).child;
    const rename = (id: string): string => ({ task: 'noi-dung', deadline: 'thoi-han' })[id] ?? id;
    const table = child.appendices[0] as Appendix;
    const renamed: PlanDocument = {
      ...child,
      appendices: [
        {
          ...table,
          mainColumn: 'noi-dung',
          columns: table.columns.filter((c) => c.id !== 'role').map((c) => ({ ...c, id: rename(c.id) })),
          rows: table.rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [rename(k), v])) })),
        },
      ],
    };
    const added = addTaskToChild(renamed, parent, assignments, 1, newId);
    const rows = added.plan.appendices[0]?.rows ?? [];
    const index = rows.findIndex((r) => r.id === added.rowId);
    expect(rows[index]?.cells).toEqual({
      'noi-dung': 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030',
      lead: '',
      cooperate: [],
      'thoi-han': 'Năm 2026',
    });
    expect(cellText(rows[index - 1]?.cells['noi-dung'])).toBe('Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050');
  });

  it('makes the table a clone without tasks did not have', () => {
    const empty = cloneFor(parent, PARTY_UNIT, { keep: new Set(), allowEmpty: true }).child;
    const added = addTaskToChild(empty, parent, assignments, 0, newId);
    expect(added.appendixId).toBe('pl1');
    expect(added.plan.appendices[0]?.rows.map((r) => [r.kind, r.level, cellText(r.cells.task)])).toEqual([
      ['group', 0, cellText(parent.appendices[0]?.rows[0]?.cells.task)],
      ['data', 1, 'Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050'],
    ]);
    expect(added.rowId).toBe(added.plan.appendices[0]?.rows[1]?.id);
  });
});
