import { basename } from 'node:path';
import { comparePlans, redlineLayout, type PlanChange, type PlanComparison } from '../../../shared/compare';
import { renderLayoutDocx } from '../../../shared/render/docx';
import { loadAnyPlan } from '../../services/docx-plan';
import { writeFileAtomic } from '../../services/files';
import { JSON_OPTION, flag, positional, stringOption, type Command } from '../command';

const SIGN = { added: '+', removed: '-', moved: '↕', changed: '~' } as const;
const KIND = { added: 'thêm', removed: 'bỏ', moved: 'chuyển chỗ', changed: 'sửa' } as const;

function humanChange(change: PlanChange): string {
  const where = change.kind === 'moved' ? `${change.placeBefore ?? ''} → ${change.place}` : change.place;
  const detail = change.detail === undefined ? '' : ` (${change.detail})`;
  const text =
    change.kind === 'added'
      ? change.after
      : change.kind === 'removed' || change.before === change.after
        ? change.before
        : `${change.before}\n      → ${change.after}`;
  return `[${SIGN[change.kind]}] ${where}${detail}: ${text}`;
}

export function comparisonSummary(comparison: PlanComparison): Record<PlanChange['kind'], number> {
  const counts = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const change of comparison.changes) counts[change.kind] += 1;
  return counts;
}

export const compareCommand: Command = {
  options: { ...JSON_OPTION, docx: { type: 'string' } },
  async run(args, io) {
    const oldPath = positional(args, 0, 'tệp bản cũ');
    const newPath = positional(args, 1, 'tệp bản mới');
    const [oldPlan, newPlan] = await Promise.all([loadAnyPlan(oldPath, io.received), loadAnyPlan(newPath, io.received)]);
    const comparison = comparePlans(oldPlan, newPlan);
    const docx = stringOption(args, 'docx');
    if (docx !== undefined) {
      const bytes = await renderLayoutDocx(redlineLayout(oldPlan, newPlan, comparison), {
        now: io.now(),
        changeAuthor: `So sánh với ${basename(oldPath)}`,
      });
      await writeFileAtomic(docx, bytes);
    }
    const summary = comparisonSummary(comparison);
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ old: oldPath, new: newPath, summary, changes: comparison.changes }, null, 2));
    } else {
      io.out(
        comparison.changes.length === 0
          ? 'Hai bản giống nhau.'
          : `${comparison.changes.length} thay đổi: ${(Object.keys(summary) as PlanChange['kind'][]).map((k) => `${summary[k]} ${KIND[k]}`).join(', ')}.`,
      );
      for (const change of comparison.changes) io.out(humanChange(change));
      if (docx !== undefined) io.out(`Đã ghi bản so sánh có đánh dấu thay đổi: ${docx}.`);
    }
    return 0;
  },
};
