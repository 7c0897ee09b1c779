import { coverage, resolveUnit, type CoverageReport } from '../../../shared/clone';
import { loadPlanFile } from '../../services/plan-file';
import { JSON_OPTION, flag, positional, requireOption, stringOption, type Command } from '../command';
import { ASSIGNMENT_OPTIONS, assignmentOptions, userFacing } from './clone';

function humanReport(report: CoverageReport): string {
  const role = { lead: 'chủ trì', cooperate: 'phối hợp' } as const;
  return [
    `Đơn vị: ${report.unit}`,
    `Kế hoạch cấp trên: ${report.parent}`,
    `Đã có trong kế hoạch: ${report.covered}/${report.assigned} nhiệm vụ được giao.`,
    ...report.items.map((item) => {
      const where = item.covered ? `→ ${item.childRefs.join('; ')}` : '→ CHƯA CÓ';
      const late = item.lateDeadline ? ' (thời hạn muộn hơn cấp trên)' : '';
      return `${item.covered ? '[x]' : '[ ]'} ${item.parentRef} (${role[item.role]}) ${where}${late}`;
    }),
  ].join('\n');
}

export const coverageCommand: Command = {
  options: { ...JSON_OPTION, ...ASSIGNMENT_OPTIONS, parent: { type: 'string' }, unit: { type: 'string' } },
  async run(args, io) {
    const child = await loadPlanFile(positional(args, 0, 'tệp kế hoạch của đơn vị'));
    const parent = await loadPlanFile(requireOption(args, 'parent', '--parent <cấp-trên.kehoach>'));
    const directory = await io.agencies.load();
    // The child's issuing organ is the unit, unless the user names another one.
    const unit = await userFacing(() => resolveUnit(directory, stringOption(args, 'unit') ?? child.meta.issuingOrgan.citation));
    const report = coverage(child, parent, unit, directory, assignmentOptions(args));
    io.out(flag(args, 'json') ? JSON.stringify(report, null, 2) : humanReport(report));
    return 0;
  },
};
