import { basename, extname } from 'node:path';
import { feedbackItems, feedbackLayout, type FeedbackGrouping } from '../../../shared/feedback';
import { renderLayoutDocx } from '../../../shared/render/docx';
import { writeFileAtomic } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { flag, JSON_OPTION, positional, requireOption, stringOption, UsageError, type Command } from '../command';
import { reviewReturned } from './review';

export const feedbackCommand: Command = {
  options: { ...JSON_OPTION, docx: { type: 'string' }, group: { type: 'string' } },
  async run(args, io) {
    const plan = await loadPlanFile(positional(args, 0, 'tệp kế hoạch đã gửi đi'));
    const files = args.positionals.slice(1);
    if (files.length === 0) throw new UsageError('Thiếu tệp DOCX nhận lại (một hoặc nhiều).');
    const output = requireOption(args, 'docx', '--docx <bảng-tổng-hợp.docx>');
    const group = stringOption(args, 'group') ?? 'unit';
    if (group !== 'unit' && group !== 'part')
      throw new UsageError('--group chỉ nhận "unit" (theo đơn vị) hoặc "part" (theo phần của kế hoạch).');
    const reviews = [];
    for (const file of files) reviews.push({ name: basename(file, extname(file)), review: await reviewReturned(plan, file, io) });
    const items = feedbackItems(reviews);
    const bytes = await renderLayoutDocx(feedbackLayout(plan, items, group satisfies FeedbackGrouping), { now: io.now() });
    await writeFileAtomic(output, bytes);
    if (flag(args, 'json')) io.out(JSON.stringify({ docx: output, items }, null, 2));
    else io.out(`${items.length} ý kiến góp ý của ${new Set(items.map((i) => i.unit)).size} đơn vị; đã ghi ${output}.`);
    return 0;
  },
};
