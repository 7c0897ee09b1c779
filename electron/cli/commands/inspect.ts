import { summarizePlan, type PlanSummary } from '../../../shared/inspect';
import { loadAnyPlan } from '../../services/docx-plan';
import { JSON_OPTION, OCR_OPTION, flag, ocrMode, positional, type Command } from '../command';

function humanSummary(summary: PlanSummary): string {
  const lines = [
    `${summary.title} ${summary.number === '' ? '(chưa có số)' : `số ${summary.number}`} ${summary.symbol}`,
    `Cơ quan ban hành: ${summary.issuer}`,
    `Trích yếu: ${summary.summary}`,
    `Ngày: ${summary.date}`,
    ...summary.sections.map((s) => `  ${s.number}. ${s.title} (${s.children.length} khoản)`),
    ...summary.appendices.map((a) => `  Phụ lục ${a.number}: ${a.title} — ${a.groups} nhóm, ${a.rows} dòng`),
    `Người ký: ${summary.signer.authority} ${summary.signer.position} ${summary.signer.name}`.trim(),
    `Nơi nhận: ${summary.recipients} dòng`,
  ];
  return lines.join('\n');
}

export const inspectCommand: Command = {
  options: { ...JSON_OPTION, ...OCR_OPTION },
  async run(args, io) {
    const ocr = ocrMode(args);
    const summary = summarizePlan(await loadAnyPlan(positional(args, 0, 'tệp kế hoạch'), io.received, { ocr }));
    io.out(flag(args, 'json') ? JSON.stringify(summary, null, 2) : humanSummary(summary));
    return 0;
  },
};
