/**
 * The tracking matrix over plans made the ways units make them: cloned and edited (a task deleted,
 * a deadline pushed back, a task of their own added), sent twice, for another parent, by a unit
 * the directory lacks, or not a plan at all. Only a plan that implements the parent and whose
 * unit is known counts, so nothing is ever "covered" by a file that cannot be placed.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanValue, type PlanDocument, type Row } from '../../../shared/model';
import { buildTrackingMatrix, cellGrid, filterMatrix, guessParent, trackingJson, type ReceivedFile } from '../../../shared/track';
import { PARTY_PARENT, cloneFor, directory, fixture, stateParent } from '../clone/helpers';

const parent = fixture(PARTY_PARENT);
const party = cloneFor(parent, 'Đảng ủy UBND tỉnh').child;
const propaganda = cloneFor(parent, 'Ban Tuyên giáo và Dân vận Tỉnh ủy').child;

function received(file: string, plan: PlanDocument, modified = '2026-05-01T00:00:00.000Z'): ReceivedFile {
  return { kind: 'plan', file, modified, source: 'kehoach', plan };
}

function editRows(plan: PlanDocument, change: (rows: Row[]) => Row[]): PlanDocument {
  return parsePlanValue({ ...plan, appendices: plan.appendices.map((a) => ({ ...a, rows: change(a.rows) })) });
}

function withMeta(plan: PlanDocument, meta: Partial<PlanDocument['meta']>): PlanDocument {
  return parsePlanValue({ ...plan, meta: { ...plan.meta, ...meta } });
}

const firstTask = 'Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050';
const secondTask = 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030';
const edited = editRows(party, (rows) => [
  ...rows
    .filter((r) => r.cells.task !== secondTask)
    .map((r) => (r.cells.task === firstTask ? { ...r, cells: { ...r.cells, deadline: 'Năm 2031' } } : r)),
  { id: 'rieng', kind: 'data', level: 1, cells: { task: 'Số hóa hồ sơ quy hoạch của Đảng ủy', deadline: 'Năm 2026' } },
]);

function matrixOf(files: readonly ReceivedFile[], corrections: Record<string, string> = {}) {
  return buildTrackingMatrix({ parent, parentFile: 'cha.kehoach', received: files, corrections, directory });
}

describe('the matrix of units and tasks', () => {
  const matrix = matrixOf([
    received('cha.kehoach', parent),
    received('dang-uy.kehoach', edited),
    received('tuyen-giao.kehoach', propaganda),
  ]);
  const unit = (name: string) => matrix.units.find((u) => u.name === name);

  it('lists every unit the parent gives work to, named or through a collective phrase, with or without a plan', () => {
    // 64: the 49 of Phụ lục I and the body, and the 15 rows of Phụ lục II it leads (issue 16, point 3).
    expect(unit('Đảng ủy Ủy ban nhân dân tỉnh')).toMatchObject({ via: 'direct', assigned: 64 });
    expect(unit('Đảng ủy Công an tỉnh')).toMatchObject({ via: 'collective', plan: null, assigned: 1, covered: 0, missing: 1 });
    expect(matrix.units.some((u) => u.name === 'Ban Thường vụ Tỉnh ủy')).toBe(false);
    expect(matrix.files.find((f) => f.file === 'cha.kehoach')?.status).toBe('parent');
  });

  it('marks a deleted task missing, a pushed-back deadline late, and a task the unit added as its own', () => {
    const party = unit('Đảng ủy Ủy ban nhân dân tỉnh');
    const state = (text: string) => party?.cells.find((c) => matrix.tasks[c.task]?.text === text)?.state;
    expect(state(secondTask)).toBe('missing');
    expect(state(firstTask)).toBe('late');
    expect(party).toMatchObject({ assigned: 64, covered: 63, late: 1, missing: 1 });
    expect(party?.ownTasks.map((t) => t.text)).toEqual(['Số hóa hồ sơ quy hoạch của Đảng ủy']);
    const covering = party?.cells.find((c) => c.state === 'covered');
    expect(covering?.place?.kind).toBe('row');
  });

  it('counts per task the units given it, covering it and late', () => {
    const task = matrix.tasks.find((t) => t.text === firstTask);
    expect(task).toMatchObject({ assigned: 1, covered: 1, late: 1 });
    expect(matrix.tasks.find((t) => t.text === secondTask)).toMatchObject({ assigned: 1, covered: 0 });
  });

  it('gives the DESIGN.md §4 fields per unit in the JSON', () => {
    const json = trackingJson(matrix).units.find((u) => u.unit === 'Đảng ủy Ủy ban nhân dân tỉnh');
    expect(json).toMatchObject({ planFile: 'dang-uy.kehoach', number: '', date: '2026-05', assigned: 64, covered: 63, late: 1 });
    expect(json?.missing).toHaveLength(1);
    expect(json?.missing[0]).toContain('Phụ lục I Kế hoạch số 58-KH/TU');
  });
});

describe('files that do not count', () => {
  it('takes the newer of two plans from one unit and shows the older one', () => {
    const older = withMeta(edited, { number: '3', date: { year: 2026, month: 5, day: 2 } });
    const newer = withMeta(party, { number: '9', date: { year: 2026, month: 5, day: 20 } });
    const matrix = matrixOf([received('a-cu.kehoach', older, '2026-06-01T00:00:00.000Z'), received('b-moi.kehoach', newer)]);
    const unit = matrix.units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh');
    expect(unit).toMatchObject({ covered: 64, olderPlans: ['a-cu.kehoach'] });
    expect(unit?.plan).toMatchObject({ file: 'b-moi.kehoach', number: '09-KH/ĐU' });
    const shown = matrix.files.find((f) => f.file === 'a-cu.kehoach');
    expect(shown?.status).toBe('superseded');
    expect(shown?.reason).toContain('b-moi.kehoach');
  });

  it('refuses a plan implementing another parent, saying which', () => {
    const other = cloneFor(stateParent(), 'Sở Xây dựng').child;
    const matrix = matrixOf([received('khac.kehoach', other)]);
    expect(matrix.files[0]?.status).toBe('other-parent');
    expect(matrix.files[0]?.reason).toContain('30/KH-UBND');
    expect(matrix.units.every((u) => u.covered === 0)).toBe(true);
  });

  it('refuses a document that is not a plan', () => {
    const notice = withMeta(propaganda, { docType: 'TB', typeName: 'THÔNG BÁO' });
    expect(matrixOf([received('thong-bao.kehoach', notice)]).files[0]).toMatchObject({ status: 'not-a-plan' });
  });

  it('holds a plan from a unit not in the directory until the user says which unit it is', () => {
    const stranger = withMeta(propaganda, { issuingOrgan: { header: 'BAN KHÔNG CÓ', citation: 'Ban Không Có Trong Danh Bạ' } });
    const before = matrixOf([received('la.kehoach', stranger)]);
    expect(before.files[0]?.status).toBe('unknown-unit');
    expect(before.files[0]?.reason).toContain('Ban Không Có Trong Danh Bạ');
    expect(before.units.every((u) => u.covered === 0)).toBe(true);
    const after = matrixOf([received('la.kehoach', stranger)], { 'la.kehoach': 'ban-tuyen-giao-dan-van-tinh-uy' });
    expect(after.files[0]).toMatchObject({ status: 'counted', unitCorrected: true, unitName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' });
    expect(after.units.find((u) => u.id === 'ban-tuyen-giao-dan-van-tinh-uy')).toMatchObject({ covered: 1 });
  });

  it('shows a file that changed while being read, and counts nothing from it', () => {
    const matrix = matrixOf([{ kind: 'unreadable', file: 'dang-ghi.docx', modified: '', reason: 'đang ghi', changing: true }]);
    expect(matrix.files[0]).toMatchObject({ status: 'changing', reason: 'đang ghi' });
    expect(matrix.units.every((u) => u.plan === null)).toBe(true);
  });

  it('refuses a plan from a unit the parent gave nothing to', () => {
    const other = cloneFor(parent, 'Đảng ủy UBND tỉnh').child;
    const matrix = matrixOf([received('x.kehoach', other)], { 'x.kehoach': 'so-xay-dung' });
    expect(matrix.files[0]?.status).toBe('not-assigned');
    expect(matrix.files[0]?.reason).toContain('Sở Xây dựng');
  });
});

describe('the parent of a folder', () => {
  it('is the plan the others implement', () => {
    expect(guessParent([party, parent, propaganda])?.id).toBe(parent.id);
    expect(guessParent([party])).toBeNull();
  });
});

describe('the filters of the matrix', () => {
  const matrix = matrixOf([received('dang-uy.kehoach', edited), received('tuyen-giao.kehoach', propaganda)]);
  const names = (view: { units: readonly number[] }) => view.units.map((i) => matrix.units[i]?.name);

  it('keeps the units without a plan', () => {
    const view = filterMatrix(matrix, 'no-plan', '');
    expect(names(view)).not.toContain('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(view.units).toHaveLength(matrix.units.length - 2);
    expect(view.tasks).toHaveLength(matrix.tasks.length);
  });

  it('keeps the tasks no one covers, with the units given them', () => {
    const view = filterMatrix(matrix, 'uncovered', '');
    expect(view.tasks.every((i) => matrix.tasks[i]?.covered === 0)).toBe(true);
    expect(view.tasks.map((i) => matrix.tasks[i]?.text)).toContain(secondTask);
    expect(names(view)).toContain('Đảng ủy Ủy ban nhân dân tỉnh');
  });

  it('keeps late deadlines, and finds a unit by a word without accents', () => {
    const late = filterMatrix(matrix, 'late', '');
    expect(names(late)).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh']);
    expect(late.tasks.map((i) => matrix.tasks[i]?.text)).toEqual([firstTask]);
    expect(names(filterMatrix(matrix, 'all', 'tuyen giao'))).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy']);
  });

  it('finds each unit’s cell by task index', () => {
    const grid = cellGrid(matrix);
    const row = matrix.units.findIndex((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh');
    const task = matrix.tasks.findIndex((t) => t.text === firstTask);
    expect(grid[row]?.[task]?.state).toBe('late');
    expect(grid[row]?.filter((c) => c !== null)).toHaveLength(64);
  });
});

describe('a plan read by its wording', () => {
  it('never takes a left-out task as covered by the row of a task worded almost the same', () => {
    // The parent gives one more task, worded like the first but for 2060; the unit's plan, read
    // from a foreign file (no trace links), has only the first.
    const neighbour = firstTask.replace('tầm nhìn 2050', 'tầm nhìn 2060');
    const wider = parsePlanValue({
      ...parent,
      appendices: parent.appendices.map((a) => ({
        ...a,
        rows: a.rows.flatMap((r) =>
          r.cells.task === firstTask ? [r, { ...r, id: 'lang-gieng', cells: { ...r.cells, task: neighbour } }] : [r],
        ),
      })),
    });
    const retyped = editRows(party, (rows) => rows.map((row) => ({ ...row, trace: undefined })));
    const matrix = buildTrackingMatrix({
      parent: wider,
      parentFile: '',
      received: [received('nhap.docx', retyped)],
      corrections: {},
      directory,
    });
    const unit = matrix.units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh');
    const state = (text: string) => unit?.cells.find((c) => matrix.tasks[c.task]?.text === text)?.state;
    expect(state(firstTask)).toBe('covered');
    expect(state(neighbour)).toBe('missing');
  });
});
