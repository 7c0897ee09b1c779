import { randomUUID } from 'node:crypto';
import {
  CloneError,
  cloneForUnit,
  planShortName,
  resolveUnit,
  describeSummary,
  describeReport,
  type AssignmentOptions,
} from '../../../shared/clone';
import { loadPlanFile, savePlanFile } from '../../services/plan-file';
import { UserError } from '../../services/user-error';
import { OUTPUT_OPTION, flag, positional, requireOption, type Command, type CommandArgs, type ParseArgsOptionsConfig } from '../command';

/** Runs a clone step, turning its Vietnamese errors into errors shown to the user. */
export async function userFacing<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof CloneError) throw new UserError(error.message);
    throw error;
  }
}

/** Which assignments count, shared by `clone` and `coverage` so both read the parent alike. */
export const ASSIGNMENT_OPTIONS: ParseArgsOptionsConfig = {
  'lead-only': { type: 'boolean', default: false },
  'direct-only': { type: 'boolean', default: false },
  'include-related': { type: 'boolean', default: false },
};

export function assignmentOptions(args: CommandArgs): AssignmentOptions {
  return { leadOnly: flag(args, 'lead-only'), collective: !flag(args, 'direct-only'), related: flag(args, 'include-related') };
}

export const cloneCommand: Command = {
  options: {
    ...OUTPUT_OPTION,
    ...ASSIGNMENT_OPTIONS,
    unit: { type: 'string' },
    'allow-empty': { type: 'boolean', default: false },
  },
  async run(args, io) {
    const parentPath = positional(args, 0, 'tệp kế hoạch cấp trên');
    const unitName = requireOption(args, 'unit', '--unit "<tên đơn vị>"');
    const output = requireOption(args, 'output', '-o <tệp.kehoach>');
    const parent = await loadPlanFile(parentPath);
    const directory = await io.agencies.load();
    const unit = await userFacing(() => resolveUnit(directory, unitName));
    const { child, summary, report } = await userFacing(() =>
      cloneForUnit(parent, unit, {
        directory,
        loadTemplate: (id) => io.templates.get(id),
        now: io.now(),
        newId: randomUUID,
        ...assignmentOptions(args),
        allowEmpty: flag(args, 'allow-empty'),
      }),
    );
    await savePlanFile(output, child);
    io.out(`Đã tạo ${output}: kế hoạch của ${unit.name} thực hiện ${planShortName(parent)}, ${describeSummary(summary)}.`);
    for (const line of describeReport(report)) io.out(line);
    return 0;
  },
};
