/** Names offered in save dialogs, from the plan's number, symbol and trích yếu. */
import type { PlanDocument } from '../../shared/model';

const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

function capitalised(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export function suggestedFileName(plan: PlanDocument): string {
  const { typeName, number, symbol, summary } = plan.meta;
  const id = number === '' ? symbol : `${number}-${symbol}`;
  const words = summary.replace(UNSAFE, ' ').split(/\s+/u).filter(Boolean).slice(0, 10).join(' ');
  return `${capitalised(typeName)} ${id.replace(UNSAFE, '-')} ${words}`.replace(/\s+/gu, ' ').trim().slice(0, 120);
}
