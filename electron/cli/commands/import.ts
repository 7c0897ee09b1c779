import { formatReport } from '../../../shared/import';
import { savePlanFile } from '../../services/plan-file';
import { importFile } from '../../services/import-file';
import { OUTPUT_OPTION, positional, requireOption, type Command } from '../command';

export const importCommand: Command = {
  options: OUTPUT_OPTION,
  async run(args, io) {
    const input = positional(args, 0, 'tệp cần nhập');
    const output = requireOption(args, 'output', '-o <kế-hoạch.kehoach>');
    const { plan, report } = await importFile(input);
    await savePlanFile(output, plan);
    for (const line of formatReport(report)) io.out(line);
    io.out(`Đã ghi ${output}.`);
    return 0;
  },
};
