/**
 * The report and the reminder letters are real documents in the parent's rule profile: its
 * issuer's header, a number slot with the right code and joiner, the công văn's trích yếu under
 * the number (NĐ 30: "V/v …"; HD 36: no prefix, no tên loại), the parent's signer and a nơi nhận;
 * and they say what the matrix says, unit by unit.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanValue, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { buildReminderLetter, buildTrackingMatrix, buildTrackingReport, unitsToRemind } from '../../../shared/track';
import { openDocx, paragraphs } from '../render/docx-xml';
import { NOW, PARTY_PARENT, cloneFor, directory, fixture, stateParent } from '../clone/helpers';

function matrixFor(parent: PlanDocument, children: readonly PlanDocument[]) {
  return buildTrackingMatrix({
    parent,
    parentFile: '',
    received: children.map((plan, i) => ({ kind: 'plan', file: `${String(i)}.kehoach`, modified: '', source: 'kehoach', plan })),
    corrections: {},
    directory,
  });
}

async function texts(plan: PlanDocument): Promise<{ style: string; text: string }[]> {
  const docx = await openDocx(await renderDocx(plan, { now: NOW }));
  return paragraphs(docx.documentXml).map(({ style, text }) => ({ style, text }));
}

describe('the Party report and letters (HD 36)', () => {
  const parent = fixture(PARTY_PARENT);
  const party = cloneFor(parent, 'Đảng ủy UBND tỉnh').child;
  const missingOne = parsePlanValue({
    ...party,
    appendices: party.appendices.map((a) => ({
      ...a,
      rows: a.rows.filter((r) => r.cells.task !== 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030'),
    })),
  });
  const matrix = matrixFor(parent, [missingOne]);

  it('reports the counts, the units without a plan and a table of every unit', async () => {
    const report = buildTrackingReport(parent, matrix, { now: NOW });
    expect(report.meta).toMatchObject({
      docType: 'BC',
      typeName: 'BÁO CÁO',
      number: '',
      symbol: 'BC/TU',
      date: { year: 2026, month: 5, day: null },
    });
    expect(report.signer).toEqual(parent.signer);
    expect(report.recipients).toEqual([expect.objectContaining({ purpose: '(để báo cáo)' })]);
    const lines = await texts(report);
    const all = lines.map((l) => l.text).join('\n');
    expect(all).toContain('Số        -BC/TU');
    expect(all).toContain(`Có 1/${String(matrix.units.length)} đơn vị đã ban hành kế hoạch thực hiện`);
    expect(all).toContain('63/64 nhiệm vụ được giao đã được cụ thể hóa');
    expect(all).toContain('- Đảng ủy Công an tỉnh (1 nhiệm vụ được giao).');
    expect(all).toContain('TÌNH HÌNH BAN HÀNH KẾ HOẠCH CỦA CÁC ĐƠN VỊ');
    expect(all).toContain('T/M BAN THƯỜNG VỤ');
    expect(report.appendices[0]?.rows.filter((r) => r.kind === 'data')).toHaveLength(matrix.units.length);
  });

  it('writes one letter to each unit without a plan or with a task missing, with no tên loại printed', async () => {
    const units = unitsToRemind(matrix);
    expect(units.map((u) => u.name)).toContain('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(units).toHaveLength(matrix.units.length);
    const unit = units.find((u) => u.name === 'Đảng ủy Ủy ban nhân dân tỉnh');
    if (unit === undefined) throw new Error('no unit');
    const letter = buildReminderLetter(parent, matrix, unit, { now: NOW });
    expect(letter.meta).toMatchObject({ docType: 'CV', symbol: 'CV/TU' });
    const lines = await texts(letter);
    expect(lines.some((l) => l.style === 'KhTypeName')).toBe(false);
    expect(lines.find((l) => l.style === 'KhLetterSummary')?.text).toBe('đôn đốc cụ thể hóa nhiệm vụ tại Kế hoạch số 58-KH/TU');
    const all = lines.map((l) => l.text).join('\n');
    expect(all).toContain('Số        -CV/TU');
    expect(all).toContain('Kính gửi: Đảng ủy Ủy ban nhân dân tỉnh.');
    expect(all).toContain('- Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030 (');
    expect(all).not.toContain('Điều chỉnh Quy hoạch tỉnh Ninh Bình thời kỳ 2021-2030');
  });
});

describe('the State letter (NĐ 30)', () => {
  const parent = stateParent();
  const matrix = matrixFor(parent, []);

  it('puts "V/v …" under a number with no tên loại code, and asks for the missing plan', async () => {
    const unit = matrix.units.find((u) => u.name === 'Sở Xây dựng');
    if (unit === undefined) throw new Error('no unit');
    const letter = buildReminderLetter(parent, matrix, unit, { now: NOW });
    expect(letter.meta.symbol).toBe('UBND');
    const lines = await texts(letter);
    expect(lines.find((l) => l.style === 'KhLetterSummary')?.text).toBe('V/v đôn đốc ban hành kế hoạch thực hiện Kế hoạch số 30/KH-UBND');
    const all = lines.map((l) => l.text).join('\n');
    expect(all).toContain('Số:        /UBND');
    expect(all).toContain('chưa nhận được kế hoạch thực hiện của Sở Xây dựng');
  });

  it('gives the State report the code BC-UBND', () => {
    expect(buildTrackingReport(parent, matrix, { now: NOW }).meta.symbol).toBe('BC-UBND');
  });
});
