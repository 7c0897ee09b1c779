/**
 * The công văn đôn đốc to a unit that has sent no plan, or whose plan leaves out tasks given to
 * it: what it was given, what is missing, what is later than the parent allows, and the request.
 */
import { planShortName } from '../clone';
import { getProfile, LETTER_DOC_TYPE } from '../format';
import { parsePlanValue, type Block, type PlanDocument } from '../model';
import { bullet, followUpDocument, followUpMeta, paragraph, parentCitation, type FollowUpOptions } from './follow-up-parts';
import { formatPlanNumberDate, taskLabel } from './follow-up-text';
import type { TrackedUnit, TrackingMatrix } from './tracking-matrix';

/** Units the letters go to: no plan, or a plan leaving out at least one task given to them. */
export function unitsToRemind(matrix: TrackingMatrix): TrackedUnit[] {
  return matrix.units.filter((u) => u.plan === null || u.missing > 0);
}

function listOf(matrix: TrackingMatrix, unit: TrackedUnit, state: 'missing' | 'late', prefix: string): Block[] {
  return unit.cells
    .filter((c) => c.state === state)
    .map((c, i) => {
      const task = matrix.tasks[c.task];
      return bullet(`${prefix}-${String(i)}`, task === undefined ? '' : `${taskLabel(task)};`);
    });
}

export function buildReminderLetter(
  parent: PlanDocument,
  matrix: TrackingMatrix,
  unit: TrackedUnit,
  options: FollowUpOptions,
): PlanDocument {
  const cited = parentCitation(parent);
  const issuer = parent.meta.issuingOrgan.citation;
  const lead = unit.cells.filter((c) => c.role === 'lead').length;
  const given = [
    lead > 0 ? `chủ trì ${String(lead)} nhiệm vụ` : '',
    unit.assigned > lead ? `phối hợp thực hiện ${String(unit.assigned - lead)} nhiệm vụ` : '',
  ]
    .filter((part) => part !== '')
    .join(' và ');
  const plan = unit.plan;
  const meta = followUpMeta(parent, options, {
    docType: LETTER_DOC_TYPE,
    typeName: 'CÔNG VĂN',
    code: getProfile(parent.profile).letter.code,
    summary:
      plan === null
        ? `đôn đốc ban hành kế hoạch thực hiện ${planShortName(parent)}`
        : `đôn đốc cụ thể hóa nhiệm vụ tại ${planShortName(parent)}`,
  });
  const missing = listOf(matrix, unit, 'missing', 'thieu');
  const late = listOf(matrix, unit, 'late', 'muon');
  const body: Block[] = [
    paragraph('kinh-gui', `Kính gửi: ${unit.name}.`),
    paragraph('giao', `Thực hiện ${cited}, ${unit.name} được giao ${given}.`),
  ];
  if (plan === null) {
    body.push(paragraph('chua-co', `Đến nay, ${issuer} chưa nhận được kế hoạch thực hiện của ${unit.name}.`));
  } else {
    body.push(paragraph('thieu', `${formatPlanNumberDate(plan)} của ${unit.name} chưa cụ thể hóa các nhiệm vụ sau:`), ...missing);
  }
  if (late.length > 0) {
    body.push(paragraph('muon', 'Các nhiệm vụ sau có thời hạn hoàn thành trong kế hoạch của đơn vị muộn hơn thời hạn được giao:'), ...late);
  }
  body.push(
    paragraph(
      'de-nghi',
      plan === null
        ? `Đề nghị ${unit.name} khẩn trương ban hành kế hoạch thực hiện, cụ thể hóa đầy đủ các nhiệm vụ được giao, gửi về ${issuer} để theo dõi, tổng hợp.`
        : `Đề nghị ${unit.name} khẩn trương rà soát, bổ sung, điều chỉnh kế hoạch, bảo đảm cụ thể hóa đầy đủ các nhiệm vụ được giao với thời hạn không muộn hơn thời hạn cấp trên giao, gửi về ${issuer} để theo dõi, tổng hợp.`,
    ),
  );
  return parsePlanValue({
    ...followUpDocument(parent, `${parent.id}-don-doc-${unit.id}`, meta),
    recipients: [{ name: 'Như trên' }],
    preamble: body,
    sections: [],
    appendices: [],
  });
}
