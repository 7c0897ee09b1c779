import { renderDocx } from '../../../shared/render/docx';
import { writeFileAtomic } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { UserError } from '../../services/user-error';
import { positional, requireOption, stringOption, type Command } from '../command';

export const exportCommand: Command = {
  name: 'export',
  usage: ['export <kế-hoạch.kehoach> --docx <ra.docx>       xuất văn bản'],
  options: { docx: { type: 'string' }, pdf: { type: 'string' } },
  async run(args, io) {
    const plan = await loadPlanFile(positional(args, 0, 'tệp kế hoạch'));
    if (stringOption(args, 'pdf') !== undefined) throw new UserError('Xuất PDF chưa có trong phiên bản này; hãy dùng --docx.');
    const docx = requireOption(args, 'docx', '--docx <tệp.docx>');
    const bytes = await renderDocx(plan, { now: io.now() });
    await writeFileAtomic(docx, bytes);
    io.out(`Đã xuất ${docx}.`);
    return 0;
  },
};
