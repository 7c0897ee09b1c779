/** Wording shared by the report and the letters: a unit's plan and a parent task as cited there. */
import { formatIsoAsShortDate } from '../model';
import type { TrackedFile, TrackedTask } from './tracking-matrix';

/** "Kế hoạch số 12/KH-SNV ngày 20/5/2026", "Kế hoạch (chưa ghi số) ngày …/5/2026". */
export function formatPlanNumberDate(file: TrackedFile): string {
  const number = file.number === '' ? 'Kế hoạch (chưa ghi số)' : `Kế hoạch số ${file.number}`;
  const date = formatIsoAsShortDate(file.date);
  return date === '' ? number : `${number} ngày ${date}`;
}

/** "Điều chỉnh Quy hoạch tỉnh … (điểm 1 mục I Phụ lục I Kế hoạch số 58-KH/TU; thời hạn: Năm 2026)" */
export function taskLabel(task: TrackedTask): string {
  const text = task.text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.;:,]$/u, '');
  const deadline = task.deadline.trim() === '' ? '' : `; thời hạn: ${task.deadline.trim()}`;
  return `${text} (${task.ref}${deadline})`;
}
