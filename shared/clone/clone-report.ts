/**
 * What a clone took and what it left out, part by part (each appendix, then the body), with the
 * reason for everything left out: a clerk must be able to tell that nothing assigned to the unit
 * was dropped without a word (a criteria table read as figures, a name the directory cannot read).
 */
import { appendixLabel, clip, oneLine, type AgencyDirectory, type PlanDocument } from '../model';
import type { Assignment } from './assignments';
import { planTasks, type PlanTask } from './plan-tasks';
import { notTaskTableReason } from './table-roles';

export interface LeftOutTask {
  readonly itemId: string;
  readonly ref: string;
  readonly text: string;
  readonly reason: string;
}

export interface ReportPart {
  /** "Phụ lục II", or "Nội dung văn bản" for the body. */
  readonly where: string;
  /** Why the whole part gives no tasks (a table without agency columns); null when it was read. */
  readonly skipped: string | null;
  readonly taken: number;
  /** Tasks whose organs are all other units. */
  readonly others: number;
  /** Rows that name no organ at all (criteria already met, notes). */
  readonly unassigned: number;
  /** Tasks that may concern the unit but were not taken, each with its reason. */
  readonly leftOut: readonly LeftOutTask[];
}

const BODY = 'Nội dung văn bản';

function leftOutReason(task: PlanTask, assigned: boolean): string | null {
  if (assigned) return 'đã bỏ chọn';
  if (task.unread.length > 0) {
    return `không nhận ra cơ quan ${task.unread.map((n) => `"${n}"`).join(', ')} trong danh bạ; nếu là đơn vị này, hãy sửa tên cơ quan ở kế hoạch cấp trên hoặc bổ sung danh bạ`;
  }
  return null;
}

/** `found`: every assignment to the unit; `kept`: those the clone took. */
export function cloneReport(
  parent: PlanDocument,
  directory: AgencyDirectory,
  found: readonly Assignment[],
  kept: readonly Assignment[],
): ReportPart[] {
  const foundIds = new Set(found.map((a) => a.task.itemId));
  const keptIds = new Set(kept.map((a) => a.task.itemId));
  const tasks = planTasks(parent, directory);
  const part = (where: string, skipped: string | null, own: readonly PlanTask[]): ReportPart => {
    const leftOut: LeftOutTask[] = [];
    let others = 0;
    let unassigned = 0;
    for (const task of own) {
      if (keptIds.has(task.itemId)) continue;
      const reason = leftOutReason(task, foundIds.has(task.itemId));
      if (reason !== null) leftOut.push({ itemId: task.itemId, ref: task.ref, text: task.plainText, reason });
      else if (task.leads.length + task.cooperators.length > 0) others++;
      else unassigned++;
    }
    return { where, skipped, taken: own.filter((t) => keptIds.has(t.itemId)).length, others, unassigned, leftOut };
  };
  const count = parent.appendices.length;
  return [
    ...parent.appendices.map((appendix, index) =>
      part(
        appendixLabel(appendix, index, count),
        notTaskTableReason(appendix),
        tasks.filter((t) => t.container.kind === 'appendix' && t.container.index === index),
      ),
    ),
    part(
      BODY,
      null,
      tasks.filter((t) => t.source === 'body'),
    ),
  ];
}

/** One line per part, then one per task left out: what the CLI prints and the app lists. */
export function describeReport(parts: readonly ReportPart[]): string[] {
  const lines = parts.map((p) => {
    if (p.skipped !== null) return `${p.where}: không lấy nhiệm vụ nào (${p.skipped}).`;
    const rest = [
      ...(p.others > 0 ? [`${p.others} giao cho đơn vị khác`] : []),
      ...(p.unassigned > 0 ? [`${p.unassigned} dòng không ghi cơ quan thực hiện`] : []),
      ...(p.leftOut.length > 0 ? [`${p.leftOut.length} không lấy, xem dưới đây`] : []),
    ];
    return `${p.where}: lấy ${p.taken} nhiệm vụ${rest.length > 0 ? `; ${rest.join('; ')}` : ''}.`;
  });
  const leftOut = parts.flatMap((p) => p.leftOut.map((t) => `Không lấy ${t.ref} ("${clip(oneLine(t.text), 60)}"): ${t.reason}.`));
  return [...lines, ...leftOut];
}
