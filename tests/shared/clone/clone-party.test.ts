/**
 * Kế hoạch 58-KH/TU cloned for the units it names: Đảng ủy UBND tỉnh (every task of Phụ lục I,
 * as lead), a unit reached only through a collective phrase, a State department that it does not
 * name, and the options that narrow what counts.
 */
import { describe, expect, it } from 'vitest';
import { CloneError, findAssignments } from '../../../shared/clone';
import { cellText, inlineText, parsePlanValue, serializePlan, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { NOW, PARTY_PARENT, cloneFor, directory, fixture, unit } from './helpers';

const parent = fixture(PARTY_PARENT);
const result = cloneFor(parent, 'Đảng ủy Ủy ban nhân dân tỉnh');
const { child } = result;
const dataRows = (plan: PlanDocument) => plan.appendices.flatMap((a) => a.rows.filter((r) => r.kind === 'data'));

function textOf(blocks: PlanDocument['preamble']): string[] {
  return blocks.map((b) => inlineText(b.children));
}

describe('58-KH/TU for Đảng ủy Ủy ban nhân dân tỉnh', () => {
  it('takes all 47 tasks of Phụ lục I and the 15 of Phụ lục II as lead, in order, and the body paragraphs that name it', () => {
    const fromAppendix = result.assignments.filter((a) => a.task.source === 'appendix');
    expect(fromAppendix).toHaveLength(62);
    expect(fromAppendix.every((a) => a.role === 'lead' && a.via === 'direct')).toBe(true);
    const parentRows = parent.appendices[0]?.rows.filter((r) => r.kind === 'data') ?? [];
    expect(fromAppendix.slice(0, 47).map((a) => a.task.itemId)).toEqual(parentRows.map((r) => `pl1/${r.id}`));
    // Phụ lục II is a criteria table whose main column is the criterion ("Quy định"): the tasks are
    // the proposals beside it, and the one row that names nobody ("Đã đạt") is not a task.
    const second = fromAppendix.slice(47);
    expect(second.every((a) => a.task.itemId.startsWith('pl2/'))).toBe(true);
    expect(second[0]?.task.plainText).toBe('Tổ chức các sự kiện quốc tế cấp khu vực');
    // khoản 3 mục IV names it; khoản 1 gives work to "Các cấp ủy, tổ chức đảng", which takes it in.
    const fromBody = result.assignments.filter((a) => a.task.source === 'body');
    expect(fromBody.map((a) => [a.task.ref, a.via])).toEqual([
      ['khoản 1 mục IV Kế hoạch số 58-KH/TU', 'collective'],
      ['khoản 3 mục IV Kế hoạch số 58-KH/TU', 'direct'],
    ]);
    expect(result.summary).toEqual({ tasks: 64, byRole: { lead: 64, cooperate: 0 }, bySource: { appendix: 62, body: 2 }, collective: 1 });
  });

  it('keeps the parent groups and deadlines, and links each row to its parent item', () => {
    const appendix = child.appendices[0];
    const groups = appendix?.rows.filter((r) => r.kind === 'group').map((r) => cellText(r.cells.task)) ?? [];
    expect(groups).toHaveLength(13);
    expect(groups[0]).toBe('Nhiệm vụ tại Phụ lục I Kế hoạch số 58-KH/TU');
    expect(groups[1]).toMatch(/^Quy hoạch, xây dựng và quản lý phát triển đô thị/);
    expect(groups[8]).toBe('Nhiệm vụ tại Phụ lục II Kế hoạch số 58-KH/TU');
    expect(groups[12]).toBe('Nhiệm vụ tại phần Tổ chức thực hiện Kế hoạch số 58-KH/TU');
    const first = dataRows(child)[0];
    expect(first?.cells).toMatchObject({
      task: 'Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030, tầm nhìn 2050',
      role: 'Chủ trì',
      deadline: 'Năm 2026',
      lead: '',
      cooperate: [],
    });
    expect(first?.sourceRef).toBe('điểm 1 mục I Phụ lục I Kế hoạch số 58-KH/TU');
    expect(first?.trace).toEqual([{ planId: parent.id, itemId: 'pl1/pl1-r2', ref: 'điểm 1 mục I Phụ lục I Kế hoạch số 58-KH/TU' }]);
    const last = dataRows(child).at(-1);
    expect(cellText(last?.cells.task)).toContain('Phối hợp với các cơ quan liên quan thường xuyên kiểm tra');
  });

  it('has columns for the unit’s own departments to fill in', () => {
    const columns = child.appendices[0]?.columns.map((c) => [c.id, c.type, c.label]);
    expect(columns).toEqual([
      ['stt', 'stt', 'STT'],
      ['task', 'text', 'Nhiệm vụ'],
      ['role', 'text', 'Trách nhiệm được giao'],
      ['lead', 'agency', 'Đơn vị chủ trì'],
      ['cooperate', 'agencies', 'Đơn vị phối hợp'],
      ['deadline', 'deadline', 'Thời gian hoàn thành'],
    ]);
  });

  it('is a Party plan issued by the unit, number and day left blank, under the guide of its date', () => {
    // Made in May 2026 with the day left blank: signed at the earliest in late May, under HD 05.
    expect(child.profile).toBe('hd05-2026');
    expect(child.templateId).toBe('dang-ke-hoach-thuc-hien-nghi-quyet');
    expect(child.meta).toMatchObject({
      parentOrgan: 'ĐẢNG BỘ TỈNH NINH BÌNH',
      issuingOrgan: { header: 'ĐẢNG UỶ ỦY BAN NHÂN DÂN TỈNH', citation: 'Đảng ủy Ủy ban nhân dân tỉnh' },
      number: '',
      symbol: 'KH/ĐU',
      place: 'Ninh Bình',
      date: { year: 2026, month: 5, day: null },
    });
    expect(child.signer).toEqual({ authority: [{ kind: 'TM', body: 'BAN THƯỜNG VỤ' }], position: 'BÍ THƯ', name: '' });
  });

  it('cites the parent in the Party style in the trích yếu, căn cứ and preamble', () => {
    const citation =
      'Kế hoạch số 58-KH/TU, ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình về thực hiện Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh về xây dựng Ninh Bình trở thành thành phố trực thuộc Trung ương trước năm 2030';
    expect(child.meta.summary).toBe(`Thực hiện ${citation}`);
    expect(child.basis).toEqual([
      expect.objectContaining({
        typeName: 'Kế hoạch',
        number: '58',
        symbol: 'KH/TU',
        system: 'dang',
        date: '2026-04-15',
        shortName: 'Kế hoạch số 58-KH/TU',
        role: 'implements',
      }),
    ]);
    expect(textOf(child.preamble)).toEqual([
      `Thực hiện ${citation} (sau đây viết tắt là Kế hoạch số 58-KH/TU);`,
      'Căn cứ chức năng, nhiệm vụ được giao, Đảng ủy Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện với nội dung cụ thể như sau:',
    ]);
  });

  it('carries the purposes and the parent’s objectives over as text that refers to the parent', () => {
    expect(child.sections.map((s) => s.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'MỤC TIÊU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN']);
    const purposes = textOf(child.sections[0]?.blocks ?? []);
    expect(purposes.filter((t) => t.includes('Kế hoạch số 58-KH/TU')).length).toBeGreaterThanOrEqual(3);
    const goals = textOf(child.sections[1]?.blocks ?? []);
    expect(goals).toContain('Tỷ trọng công nghiệp - xây dựng và dịch vụ trong GRDP đạt từ 80% trở lên.');
    const tasks = textOf(child.sections[2]?.blocks ?? []);
    // Where the tasks come from, each with the parent's groups under it, then the closing line.
    expect(tasks).toHaveLength(14);
    expect(tasks[1]).toMatch(/^Quy hoạch, xây dựng và quản lý phát triển đô thị/);
  });

  it('passes validation, survives a save, and renders to DOCX', async () => {
    const reread = parsePlanValue(JSON.parse(serializePlan(child)));
    expect(reread).toEqual(child);
    const bytes = await renderDocx(child, { now: NOW });
    expect(bytes.byteLength).toBeGreaterThan(10_000);
  }, 120_000);
});

describe('units the parent reaches only through collective phrases', () => {
  it('gives Đảng ủy Công an tỉnh the task of "Các cấp ủy, tổ chức đảng"', () => {
    const police = cloneFor(parent, 'Đảng ủy Công an tỉnh');
    expect(police.assignments.map((a) => [a.task.ref, a.role, a.via, a.named])).toEqual([
      ['khoản 1 mục IV Kế hoạch số 58-KH/TU', 'lead', 'collective', 'Các cấp ủy, tổ chức đảng'],
    ]);
    expect(cellText(dataRows(police.child)[0]?.cells.role)).toBe('Chủ trì (Các cấp ủy, tổ chức đảng)');
  });

  it('gives Hội Nông dân tỉnh the supervision task of the Mặt trận and its organisations', () => {
    const farmers = cloneFor(parent, 'Hội Nông dân tỉnh');
    expect(farmers.assignments.map((a) => a.task.ref)).toEqual(['khoản 2 mục IV Kế hoạch số 58-KH/TU']);
    expect(farmers.child.profile).toBe('nd30-2020');
  });

  it('does not count them when collective assignments are left out', () => {
    expect(() => cloneFor(parent, 'Đảng ủy Công an tỉnh', { collective: false })).toThrow(CloneError);
  });

  it('counts open phrases ("Các cơ quan liên quan") only when asked', () => {
    const health = unit('Sở Y tế');
    expect(findAssignments(parent, health, directory)).toEqual([]);
    const related = findAssignments(parent, health, directory, { related: true });
    expect(related.map((a) => [a.task.ref, a.role])).toEqual([
      ['khoản 2 mục IV Kế hoạch số 58-KH/TU', 'cooperate'],
      ['khoản 3 mục IV Kế hoạch số 58-KH/TU', 'cooperate'],
    ]);
  });
});

describe('a unit with no tasks', () => {
  it('says so in Vietnamese', () => {
    expect(() => cloneFor(parent, 'Sở Tư pháp')).toThrow(/Kế hoạch số 58-KH\/TU không giao nhiệm vụ nào cho Sở Tư pháp/);
  });

  it('still makes a valid State skeleton when asked', async () => {
    const skeleton = cloneFor(parent, 'Sở Tư pháp', { allowEmpty: true }).child;
    expect(skeleton.appendices).toEqual([]);
    expect(skeleton.profile).toBe('nd30-2020');
    expect(skeleton.meta).toMatchObject({ parentOrgan: 'UBND TỈNH NINH BÌNH', issuingOrgan: { header: 'SỞ TƯ PHÁP' }, symbol: 'KH-STP' });
    expect(skeleton.signer).toEqual({ authority: [{ kind: 'KT', body: 'GIÁM ĐỐC' }], position: 'PHÓ GIÁM ĐỐC', name: '' });
    expect(parsePlanValue(skeleton)).toEqual(skeleton);
    expect((await renderDocx(skeleton, { now: NOW })).byteLength).toBeGreaterThan(5_000);
  }, 120_000);

  it('does not print "ĐẢNG CỘNG SẢN VIỆT NAM" twice for a Tỉnh ủy', () => {
    const skeleton = cloneFor(parent, 'Tỉnh ủy Ninh Bình', { allowEmpty: true }).child;
    expect(skeleton.profile).toBe('hd05-2026');
    expect(skeleton.meta).toMatchObject({ parentOrgan: '', issuingOrgan: { header: 'TỈNH UỶ NINH BÌNH' } });
  });
});
