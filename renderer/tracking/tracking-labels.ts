/** The short texts of the tracking screen: a unit's plan and counts, a cell, a task column. */
import { formatPlanNumberDate, type MatrixCell, type TrackedTask, type TrackedUnit, type TrackingMatrix } from '../../shared/track';

export function planLabel(unit: TrackedUnit): string {
  if (unit.plan === null) return 'Chưa có kế hoạch';
  const older = unit.olderPlans.length > 0 ? ` (và ${String(unit.olderPlans.length)} bản cũ)` : '';
  return `${formatPlanNumberDate(unit.plan)}${older}`;
}

export function unitCounts(unit: TrackedUnit): string {
  const late = unit.late > 0 ? ` · muộn ${String(unit.late)}` : '';
  const own = unit.ownTasks.length > 0 ? ` · thêm ${String(unit.ownTasks.length)}` : '';
  return `${String(unit.covered)}/${String(unit.assigned)}${late}${own}`;
}

const STATE_TEXT: Readonly<Record<MatrixCell['state'], string>> = {
  covered: 'đã cụ thể hóa',
  late: 'đã cụ thể hóa, thời hạn muộn hơn cấp trên',
  missing: 'chưa cụ thể hóa',
};

export function cellLabel(matrix: TrackingMatrix, unit: TrackedUnit, cell: MatrixCell): string {
  const task = matrix.tasks[cell.task];
  const where = cell.childRefs.length > 0 ? ` tại ${cell.childRefs.join('; ')}` : '';
  const role = cell.role === 'lead' ? 'chủ trì' : 'phối hợp';
  return `${unit.name} (${role}) – nhiệm vụ ${String(cell.task + 1)} ${task?.ref ?? ''}: ${STATE_TEXT[cell.state]}${where}`;
}

export function taskHeading(task: TrackedTask, index: number): string {
  const deadline = task.deadline === '' ? '' : ` (thời hạn: ${task.deadline})`;
  return `Nhiệm vụ ${String(index + 1)}: ${task.text}${deadline}\n${task.ref}\nĐơn vị được giao: ${String(task.assigned)}; đã cụ thể hóa: ${String(task.covered)}; muộn: ${String(task.late)}`;
}
