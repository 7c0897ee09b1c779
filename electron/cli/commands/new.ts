import { randomUUID } from 'node:crypto';
import { instantiateTemplate } from '../../../shared/template';
import { savePlanFile } from '../../services/plan-file';
import { OUTPUT_OPTION, positional, requireOption, type Command } from '../command';

export const newCommand: Command = {
  options: OUTPUT_OPTION,
  async run(args, io) {
    const id = positional(args, 0, 'mã mẫu');
    const output = requireOption(args, 'output', '-o <tệp.kehoach>');
    const template = await io.templates.get(id);
    const plan = instantiateTemplate(template, { newId: randomUUID, now: io.now() });
    await savePlanFile(output, plan);
    io.out(`Đã tạo ${output} từ mẫu "${template.name}".`);
    return 0;
  },
};
