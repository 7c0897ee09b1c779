import { formatReport } from '../../../shared/import';
import { savePlanFile } from '../../services/plan-file';
import { importFile } from '../../services/import-file';
import { OCR_OPTION, OUTPUT_OPTION, ocrMode, positional, requireOption, type Command } from '../command';

export const importCommand: Command = {
  options: { ...OUTPUT_OPTION, ...OCR_OPTION },
  async run(args, io) {
    const input = positional(args, 0, 'tệp cần nhập');
    const output = requireOption(args, 'output', '-o <kế-hoạch.kehoach>');
    const ocr = ocrMode(args);
    const { plan, report } = await importFile(input, { ocr });
    await savePlanFile(output, plan);
    for (const line of formatReport(report)) io.out(line);
    io.out(`Đã ghi ${output}.`);
    return 0;
  },
};
