/**
 * The roles of an imported table's columns, as the user corrects them: a criteria table read with
 * the criterion as its task and its lead column unread gives the unit none of its 15 tasks; once
 * the user sets the roles right, the clone takes them with the proposal's wording.
 */
import { describe, expect, it } from 'vitest';
import { columnRole, describeReport, findAssignments, setColumnRole, tableRoles } from '../../../shared/clone';
import { cellOf, type Appendix, type PlanDocument } from '../../../shared/model';
import { parsePlanValue } from '../../../shared/plan-file';
import { PARTY_PARENT, cloneFor, directory, fixture, template, unit } from './helpers';

const UNIT = 'Đảng ủy UBND tỉnh';
const parent = fixture(PARTY_PARENT);

function withTable(plan: PlanDocument, index: number, edit: (a: Appendix) => Appendix): PlanDocument {
  return parsePlanValue({ ...plan, appendices: plan.appendices.map((a, i) => (i === index ? edit(a) : a)) });
}

/** Phụ lục II as a careless import reads it: the criterion typed as text, the lead header unread. */
const misread = withTable(parent, 1, (a) => ({
  ...a,
  columns: a.columns.map((c) =>
    c.id === 'rule' ? { ...c, type: 'text' as const } : c.id === 'lead' ? { ...c, type: 'text' as const, label: 'Đơn vị đầu mối' } : c,
  ),
}));

describe('column roles', () => {
  it('reads each column’s role from its type and the main column', () => {
    const table = parent.appendices[1];
    if (table === undefined) throw new Error('no Phụ lục II');
    expect(table.columns.map((c) => columnRole(table, c.id))).toEqual([null, 'other', 'other', 'task', 'lead', 'deadline']);
    const wrong = misread.appendices[1];
    if (wrong === undefined) throw new Error('no Phụ lục II');
    expect(wrong.columns.map((c) => columnRole(wrong, c.id))).toEqual([null, 'other', 'task', 'other', 'other', 'deadline']);
  });

  it('a correction of the roles updates what the clone takes', () => {
    expect(describeReport(cloneFor(misread, UNIT).report)[1]).toBe(
      'Phụ lục II: không lấy nhiệm vụ nào (bảng không có cột cơ quan chủ trì hay phối hợp).',
    );
    const led = withTable(misread, 1, (a) => setColumnRole(a, 'lead', 'lead'));
    const corrected = withTable(led, 1, (a) => setColumnRole(a, 'action', 'task'));
    expect(describeReport(cloneFor(corrected, UNIT).report)[1]).toBe('Phụ lục II: lấy 15 nhiệm vụ; 1 dòng không ghi cơ quan thực hiện.');
    expect(findAssignments(corrected, unit(UNIT), directory).map((a) => a.task.plainText)).toContain(
      'Tổ chức các sự kiện quốc tế cấp khu vực',
    );
    const table = corrected.appendices[1];
    if (table === undefined) throw new Error('no Phụ lục II');
    // The group titles stay in their own column of the merged table.
    expect([table.mainColumn, table.groupColumn, tableRoles(table).leads]).toEqual(['action', 'group', ['lead']]);
  });

  it('converts the cells to the new type and keeps group titles in a banded table’s main column', () => {
    const state = template('nha-nuoc-ke-hoach-hanh-dong-ubnd').document.appendices[1];
    if (state === undefined) throw new Error('no Phụ lục II');
    const cooperateAsText = setColumnRole(state, 'cooperate', 'other');
    expect(cellOf(cooperateAsText.rows[1] ?? { cells: {} }, 'cooperate')).toBe('Văn phòng Ủy ban nhân dân tỉnh; Các sở, ban, ngành tỉnh');
    expect(cellOf(setColumnRole(cooperateAsText, 'cooperate', 'cooperate').rows[1] ?? { cells: {} }, 'cooperate')).toEqual([
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Các sở, ban, ngành tỉnh',
    ]);
    const noteAsTask = setColumnRole(state, 'note', 'task');
    expect(noteAsTask.mainColumn).toBe('note');
    expect(noteAsTask.rows[0]?.cells).toEqual({ note: 'Hoàn thiện thể chế, cơ chế, chính sách; đẩy mạnh cải cách hành chính' });
    // The main column keeps its role until another column takes it.
    expect(setColumnRole(state, 'task', 'other')).toBe(state);
  });
});
