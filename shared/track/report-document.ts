/**
 * The báo cáo on how the units have made their plans: the counts, the units without a plan, the
 * tasks no unit has taken up, and an appendix table of every unit with its plan's number and date
 * and its coverage. Issued by the parent's issuer, to those the parent reported to.
 */
import { parsePlanValue, type Appendix, type Block, type PlanDocument, type RecipientEntry, type Row } from '../model';
import { asOf, bullet, followUpDocument, followUpMeta, paragraph, parentCitation, type FollowUpOptions } from './follow-up-parts';
import { formatPlanNumberDate, taskLabel } from './follow-up-text';
import type { TrackedUnit, TrackingMatrix } from './tracking-matrix';

/** The parent's recipients it sent "(để báo cáo)": the report goes to them. */
function superiors(parent: PlanDocument): RecipientEntry[] {
  const upward = (purpose: string | undefined): boolean => purpose !== undefined && purpose.toLocaleLowerCase('vi').includes('báo cáo');
  return parent.recipients.filter((entry) => upward(entry.purpose));
}

function unitRow(unit: TrackedUnit, matrix: TrackingMatrix): Row {
  const missing = unit.cells.filter((c) => c.state === 'missing').map((c) => matrix.tasks[c.task]?.ref ?? '');
  return {
    id: `u-${unit.id}`,
    kind: 'data',
    level: 1,
    cells: {
      unit: unit.name,
      plan: unit.plan === null ? 'Chưa ban hành' : formatPlanNumberDate(unit.plan),
      assigned: String(unit.assigned),
      covered: String(unit.covered),
      late: String(unit.late),
      missing: unit.plan === null ? 'Tất cả' : missing.join('; '),
    },
  };
}

function unitsAppendix(matrix: TrackingMatrix): Appendix {
  const withPlan = matrix.units.filter((u) => u.plan !== null);
  const without = matrix.units.filter((u) => u.plan === null);
  const group = (id: string, text: string): Row => ({ id, kind: 'group', level: 0, cells: { unit: text } });
  return {
    id: 'don-vi',
    title: 'TÌNH HÌNH BAN HÀNH KẾ HOẠCH CỦA CÁC ĐƠN VỊ',
    orientation: 'landscape',
    numberStyle: 'roman',
    columns: [
      { id: 'stt', label: 'STT', type: 'stt', width: 5 },
      { id: 'unit', label: 'Đơn vị', type: 'text', width: 22 },
      { id: 'plan', label: 'Kế hoạch của đơn vị (số, ngày)', type: 'text', width: 18 },
      { id: 'assigned', label: 'Nhiệm vụ được giao', type: 'number', width: 9, align: 'center' },
      { id: 'covered', label: 'Đã cụ thể hóa', type: 'number', width: 9, align: 'center' },
      { id: 'late', label: 'Thời hạn muộn hơn', type: 'number', width: 9, align: 'center' },
      { id: 'missing', label: 'Nhiệm vụ chưa cụ thể hóa', type: 'note', width: 28 },
    ],
    rows: [
      ...(withPlan.length === 0 ? [] : [group('g-co', 'Đơn vị đã ban hành kế hoạch'), ...withPlan.map((u) => unitRow(u, matrix))]),
      ...(without.length === 0 ? [] : [group('g-chua', 'Đơn vị chưa ban hành kế hoạch'), ...without.map((u) => unitRow(u, matrix))]),
    ],
    levels: [
      { numbering: 'roman', bold: true, italic: false },
      { numbering: 'arabic', bold: false, italic: false },
    ],
    groupLayout: 'band',
    mainColumn: 'unit',
    notes: [],
  };
}

export function buildTrackingReport(parent: PlanDocument, matrix: TrackingMatrix, options: FollowUpOptions): PlanDocument {
  const cited = parentCitation(parent);
  const issuer = parent.meta.issuingOrgan.citation;
  const units = matrix.units;
  const withPlan = units.filter((u) => u.plan !== null);
  const without = units.filter((u) => u.plan === null);
  const assigned = withPlan.reduce((n, u) => n + u.assigned, 0);
  const covered = withPlan.reduce((n, u) => n + u.covered, 0);
  const late = withPlan.reduce((n, u) => n + u.late, 0);
  const noOne = matrix.tasks.filter((t) => t.assigned > 0 && t.covered === 0);
  const none = (id: string): Block[] => [paragraph(id, 'Không có.')];
  const meta = followUpMeta(parent, options, {
    docType: 'BC',
    typeName: 'BÁO CÁO',
    code: 'BC',
    summary: `Tình hình các đơn vị ban hành kế hoạch thực hiện ${cited}`,
  });
  return parsePlanValue({
    ...followUpDocument(parent, `${parent.id}-bao-cao-theo-doi`, meta),
    recipients: superiors(parent),
    preamble: [
      paragraph(
        'mo-dau',
        `${cited} giao nhiệm vụ cho ${String(units.length)} cơ quan, đơn vị. Đến ngày ${asOf(options.now)}, ${issuer} tổng hợp tình hình các đơn vị ban hành kế hoạch thực hiện như sau:`,
      ),
    ],
    sections: [
      {
        id: 'tinh-hinh',
        title: 'TÌNH HÌNH BAN HÀNH KẾ HOẠCH',
        blocks: [
          paragraph(
            'so-don-vi',
            `Có ${String(withPlan.length)}/${String(units.length)} đơn vị đã ban hành kế hoạch thực hiện; ${String(without.length)} đơn vị chưa ban hành. Danh sách chi tiết tại Phụ lục kèm theo.`,
          ),
          paragraph(
            'so-nhiem-vu',
            `Trong các kế hoạch đã ban hành, ${String(covered)}/${String(assigned)} nhiệm vụ được giao đã được cụ thể hóa, trong đó ${String(late)} nhiệm vụ có thời hạn hoàn thành muộn hơn thời hạn cấp trên giao; ${String(assigned - covered)} nhiệm vụ chưa được cụ thể hóa.`,
          ),
        ],
      },
      {
        id: 'chua-ban-hanh',
        title: 'CÁC ĐƠN VỊ CHƯA BAN HÀNH KẾ HOẠCH',
        blocks:
          without.length === 0
            ? none('chua-ban-hanh-0')
            : without.map((u) => bullet(`chua-${u.id}`, `${u.name} (${String(u.assigned)} nhiệm vụ được giao).`)),
      },
      {
        id: 'chua-cu-the-hoa',
        title: 'CÁC NHIỆM VỤ CHƯA ĐƯỢC ĐƠN VỊ NÀO CỤ THỂ HÓA',
        blocks: noOne.length === 0 ? none('chua-cu-the-hoa-0') : noOne.map((t, i) => bullet(`nv-${String(i)}`, `${taskLabel(t)}.`)),
      },
      {
        id: 'de-xuat',
        title: 'ĐỀ XUẤT',
        blocks: [
          paragraph(
            'de-xuat-1',
            `Đề nghị các đơn vị chưa ban hành kế hoạch khẩn trương ban hành; các đơn vị có nhiệm vụ chưa được cụ thể hóa hoặc có thời hạn muộn hơn thời hạn cấp trên giao rà soát, bổ sung, điều chỉnh kế hoạch, bảo đảm thực hiện đầy đủ, đúng tiến độ các nhiệm vụ tại ${cited}.`,
          ),
        ],
      },
    ],
    appendices: units.length === 0 ? [] : [unitsAppendix(matrix)],
  });
}
