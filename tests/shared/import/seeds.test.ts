import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { summarizePlan, type OutlineNode, type PlanSummary } from '../../../shared/inspect';
import { parsePlanText } from '../../../shared/plan-file';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');
const fixtureSummary = (name: string): PlanSummary => summarizePlan(parsePlanText(readFileSync(join(FIXTURES, name), 'utf8')));

/** The outline as numbers only: item texts were tidied by hand in the fixtures. */
const shape = (nodes: readonly OutlineNode[]): unknown[] => nodes.map((n) => [n.number, shape(n.children)]);

describe('Kế hoạch 58-KH/TU (Party, text extracted from PDF)', () => {
  const { plan, report } = importText(seed('ke-hoach-dang-ninh-binh-58-KH-TU.txt'));
  const summary = summarizePlan(plan);
  const expected = fixtureSummary('ke-hoach-58-KH-TU.kehoach');

  it('has the sections and items of the hand-built fixture', () => {
    expect(summary.sections.map((s) => s.title)).toEqual(expected.sections.map((s) => s.title));
    expect(summary.sections.map((s) => shape(s.children))).toEqual(expected.sections.map((s) => shape(s.children)));
  });

  it('reads both appendices with their columns, group rows and data rows', () => {
    expect(summary.appendices.map((a) => [a.number, a.columns, a.groups, a.rows])).toEqual(
      expected.appendices.map((a) => [a.number, a.columns, a.groups, a.rows]),
    );
    expect(summary.appendices[0]).toMatchObject({ groups: 7, rows: 47, orientation: 'landscape' });
    // The task's text is the proposal ("Đề xuất nhiệm vụ, giải pháp"), not the criterion it answers.
    expect(plan.appendices[1]).toMatchObject({ groupLayout: 'merged', groupColumn: 'task', mainColumn: 'task-2' });
  });

  it('chooses the Party system and takes number and date from the appendix reference line', () => {
    expect(summary).toMatchObject({ system: 'dang', docType: 'KH', number: '58', symbol: 'KH/TU', date: '2026-04-15' });
    expect(summary.summary).toBe(expected.summary);
  });

  it('finds the implemented resolution with its short name', () => {
    expect(summary.basis).toEqual(expected.basis);
    expect(plan.basis[0]).toMatchObject({
      shortName: 'Nghị quyết số 05-NQ/TU',
      role: 'implements',
      title: expect.stringMatching(/^về xây dựng Ninh Bình/) as unknown,
    });
  });

  it('reads the signer and the brace group of nơi nhận', () => {
    expect(summary.signer).toEqual(expected.signer);
    expect(summary.recipients).toBe(12);
    expect(plan.recipients).toEqual(parsePlanText(readFileSync(join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach'), 'utf8')).recipients);
    expect(plan.archive).toBe('Văn phòng Tỉnh ủy');
  });

  it('leaves nothing unplaced', () => {
    expect(report.unplaced).toEqual([]);
    expect(report.counts).toMatchObject({ sections: 4, appendices: 2, groupRows: 10, dataRows: 63, recipients: 12, signer: 1 });
  });
});

describe('Kế hoạch of the Ban Quản lý (State, blank number)', () => {
  const { plan, report } = importText(seed('ke-hoach-nha-nuoc-bql-kkt-thuc-hien-30-KH-UBND.txt'));
  const summary = summarizePlan(plan);
  const expected = fixtureSummary('ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach');

  it('has the outline of the fixture, lettered points included', () => {
    expect(summary.sections.map((s) => [s.title, shape(s.children)])).toEqual(expected.sections.map((s) => [s.title, shape(s.children)]));
  });

  it('reads the blank number, the partial date, the signer and nơi nhận', () => {
    expect(summary).toMatchObject({ system: 'nha-nuoc', number: '', symbol: 'KH-BQL', date: '2026-02', basis: expected.basis });
    expect(summary.signer).toEqual(expected.signer);
    expect(plan.recipients).toEqual([
      { name: 'UBND tỉnh', purpose: '(để báo cáo)' },
      { name: 'Lãnh đạo Ban' },
      { name: 'Các phòng, đơn vị trực thuộc' },
    ]);
    expect(plan.archive).toBe('VT, VP');
    expect(plan.meta.markings.drafterInitials).toBe('ĐTS');
    expect(plan.basis[0]?.shortName).toBe('Kế hoạch số 30/KH-UBND');
    expect(report.unplaced).toEqual([]);
  });
});

describe('Thông báo of the Tỉnh ủy (not a plan)', () => {
  const { plan, report } = importText(seed('thong-bao-dang-hoi-nghi-so-ket.txt'));

  it('imports the structure with a warning and reports the footnote at its line', () => {
    expect(plan.meta.docType).toBe('TB');
    expect(report.warnings.join(' ')).toMatch(/THÔNG BÁO, không phải kế hoạch/);
    expect(report.unplaced).toEqual([expect.objectContaining({ where: 'dòng 19', reason: expect.stringMatching(/chú thích/) as unknown })]);
  });

  it('keeps the Party signature lines apart although Word joined them with a soft break', () => {
    expect(plan.profile).toBe('hd05-2026');
    expect(plan.signer).toEqual({ authority: [{ kind: 'TM', body: 'TỈNH ỦY' }], position: 'BÍ THƯ', name: 'Đoàn Minh Huấn' });
    expect(plan.sections.map((s) => s.title.slice(0, 20))).toEqual([
      'KẾT QUẢ THỰC HIỆN NG',
      'BỔ SUNG, ĐIỀU CHỈNH ',
      'NHIỆM VỤ VÀ CÁC GIẢI',
    ]);
  });
});
