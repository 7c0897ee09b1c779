/**
 * A clone says what it took and what it left out of every part of the parent, and coverage counts
 * the parent's tasks from every appendix: 58-KH/TU gives Đảng ủy UBND tỉnh 47 rows in Phụ lục I,
 * 15 in Phụ lục II (a criteria table whose main column is the criterion) and 2 in the body.
 */
import { describe, expect, it } from 'vitest';
import { coverage, describeReport, findAssignments, planReference, planShortName } from '../../../shared/clone';
import { type PlanDocument } from '../../../shared/model';
import { parsePlanValue } from '../../../shared/plan-file';
import { PARTY_PARENT, cloneFor, directory, fixture, unit } from './helpers';

const parent = fixture(PARTY_PARENT);
const UNIT = 'Đảng ủy UBND tỉnh';

describe('the clone report', () => {
  it('counts every appendix and the body, with what went to other units and what names nobody', () => {
    const { report } = cloneFor(parent, UNIT);
    expect(report.map((p) => [p.where, p.skipped, p.taken, p.others, p.unassigned, p.leftOut.length])).toEqual([
      ['Phụ lục I', null, 47, 0, 0, 0],
      ['Phụ lục II', null, 15, 0, 1, 0],
      ['Nội dung văn bản', null, 2, 1, 0, 0],
    ]);
    expect(describeReport(report)).toEqual([
      'Phụ lục I: lấy 47 nhiệm vụ.',
      'Phụ lục II: lấy 15 nhiệm vụ; 1 dòng không ghi cơ quan thực hiện.',
      'Nội dung văn bản: lấy 2 nhiệm vụ; 1 giao cho đơn vị khác.',
    ]);
  });

  it('lists each task the user unticked and each row whose organ the directory cannot read', () => {
    const table = parent.appendices[1];
    if (table === undefined) throw new Error('no Phụ lục II');
    const unreadable = parsePlanValue({
      ...parent,
      appendices: [
        parent.appendices[0],
        { ...table, rows: table.rows.map((r) => (r.id === 'pl2-r3' ? { ...r, cells: { ...r.cells, lead: 'Ban Chỉ đạo ABC' } } : r)) },
      ],
    });
    const all = findAssignments(unreadable, unit(UNIT), directory).map((a) => a.task.itemId);
    const { report } = cloneFor(unreadable, UNIT, { keep: new Set(all.filter((id) => id !== 'pl1/pl1-r3')) });
    expect(report[0]?.leftOut).toEqual([expect.objectContaining({ itemId: 'pl1/pl1-r3', reason: 'đã bỏ chọn' })]);
    expect(report[1]?.leftOut).toEqual([expect.objectContaining({ itemId: 'pl2/pl2-r3' })]);
    const lines = describeReport(report);
    expect(lines).toContain('Phụ lục I: lấy 46 nhiệm vụ; 1 không lấy, xem dưới đây.');
    expect(lines.at(-1)).toMatch(
      /^Không lấy mục I Phụ lục II Kế hoạch số 58-KH\/TU \("Tổ chức các sự kiện quốc tế cấp khu vực"\): không nhận ra cơ quan "Ban Chỉ đạo ABC"/,
    );
  });

  it('says why a whole table gave nothing', () => {
    const table = parent.appendices[1];
    if (table === undefined) throw new Error('no Phụ lục II');
    const figures = parsePlanValue({
      ...parent,
      appendices: [
        parent.appendices[0],
        { ...table, columns: table.columns.map((c) => (c.id === 'lead' ? { ...c, type: 'note', label: 'Ghi chú' } : c)) },
      ],
    });
    expect(cloneFor(figures, UNIT).report[1]).toMatchObject({ skipped: 'bảng không có cột cơ quan chủ trì hay phối hợp', taken: 0 });
  });
});

describe('coverage counts the tasks of every appendix', () => {
  it('says 49/64 for a child that took Phụ lục I and the body only, never 49/49', () => {
    const { child } = cloneFor(parent, UNIT);
    const firstOnly: PlanDocument = parsePlanValue({
      ...child,
      appendices: child.appendices.map((a) => ({ ...a, rows: a.rows.filter((r) => !r.trace?.some((t) => t.itemId.startsWith('pl2/'))) })),
    });
    const report = coverage(firstOnly, parent, unit(UNIT), directory);
    // 49 of Phụ lục I and the body, and one of Phụ lục II whose wording the child's objectives repeat.
    expect([report.covered, report.assigned]).toEqual([50, 64]);
    expect(report.items.filter((i) => !i.covered).every((i) => i.parentRef.includes('Phụ lục II'))).toBe(true);
  });
});

describe('a parent that does not print its tên loại', () => {
  it('is cited as "Văn bản số …" and its clone is a valid plan', () => {
    const untyped = parsePlanValue({ ...parent, meta: { ...parent.meta, typeName: '' } });
    expect(planShortName(untyped)).toBe('Văn bản số 58-KH/TU');
    expect(planReference(untyped, 'cha').typeName).toBe('Văn bản');
    const { child } = cloneFor(untyped, UNIT);
    expect(parsePlanValue(child).basis.some((ref) => ref.typeName === 'Văn bản')).toBe(true);
  });
});
