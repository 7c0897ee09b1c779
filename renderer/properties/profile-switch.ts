/**
 * What moving a plan to the other rule system changes in print, line by line, computed with the
 * layout functions the renderers use: the number line, the signing forms, the archive line, the
 * heading at the top right, the mark under the organ and the appendix reference line.
 */
import {
  appendixRefLine,
  archiveLine,
  authorityLines,
  numberLine,
  positionLine,
  type FormatProfile,
  type RuleMark,
} from '../../shared/format';
import type { PlanDocument } from '../../shared/model';
import { switchProfile, type ProfileParts } from '../../shared/model/ops';

export type SwitchParts = ProfileParts;

export interface SwitchLine {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** What the line would read if the user's text is kept as typed, when that differs. */
  readonly kept?: string;
}

export interface SwitchPlan {
  readonly lines: readonly SwitchLine[];
  /** Adapting rewrites something the user typed (symbol, archive, a TUQ line). */
  readonly adapts: boolean;
}

function markText(mark: RuleMark): string {
  return mark.kind === 'text' ? `dấu “${mark.text}”` : 'đường kẻ';
}

function signatureText(parts: Pick<PlanDocument, 'signer'>, profile: FormatProfile): string {
  return [...authorityLines(parts.signer, profile), positionLine(parts.signer, profile)].join(' / ');
}

function switched(parts: SwitchParts, to: FormatProfile, adapt: boolean): SwitchParts {
  return switchProfile(parts, { profile: to, adapt });
}

export function describeSwitch(parts: SwitchParts, from: FormatProfile, to: FormatProfile): SwitchPlan {
  const adapted = switched(parts, to, true);
  const kept = switched(parts, to, false);
  const candidates: SwitchLine[] = [
    {
      label: 'Số và ký hiệu',
      before: numberLine(parts.meta.number, parts.meta.symbol, from),
      after: numberLine(adapted.meta.number, adapted.meta.symbol, to),
      kept: numberLine(kept.meta.number, kept.meta.symbol, to),
    },
    { label: 'Thẩm quyền ký', before: signatureText(parts, from), after: signatureText(adapted, to), kept: signatureText(kept, to) },
    {
      label: 'Dòng lưu',
      before: archiveLine(parts.archive, from),
      after: archiveLine(adapted.archive, to),
      kept: archiveLine(kept.archive, to),
    },
    {
      label: 'Góc phải trang đầu',
      before: from.header.motto.map((m) => m.text).join(' / '),
      after: to.header.motto.map((m) => m.text).join(' / '),
    },
    { label: 'Dưới tên cơ quan', before: markText(from.header.issuerMark), after: markText(to.header.issuerMark) },
    { label: 'Cuối mỗi dòng nơi nhận', before: `“${from.recipients.lineEnd}”`, after: `“${to.recipients.lineEnd}”` },
    { label: 'Dòng “Kèm theo” của phụ lục', before: appendixRefLine(parts.meta, from), after: appendixRefLine(adapted.meta, to) },
  ];
  const lines = candidates
    .filter((line) => line.before !== line.after || (line.kept !== undefined && line.kept !== line.after))
    .map(({ kept: keptLine, ...line }) => (keptLine === undefined || keptLine === line.after ? line : { ...line, kept: keptLine }));
  const adapts = adapted.meta !== kept.meta || adapted.archive !== kept.archive || adapted.signer !== kept.signer;
  return { lines, adapts };
}

export function switchMessage(plan: SwitchPlan): string {
  const lines = plan.lines.map((line) => {
    const kept = line.kept === undefined ? '' : ` (nếu giữ nguyên chữ đã nhập: ${line.kept.trim()})`;
    return `• ${line.label}: ${line.before.trim()} → ${line.after.trim()}${kept}`;
  });
  const ending = plan.adapts
    ? '“Đổi và điều chỉnh” sửa luôn ký hiệu, dòng lưu và hình thức ký cho đúng thể thức mới; “Chỉ đổi thể thức” giữ nguyên chữ đã nhập.'
    : 'Nội dung đã nhập giữ nguyên.';
  return ['Khi in và xuất, văn bản sẽ thay đổi:', ...lines, '', ending].join('\n');
}
