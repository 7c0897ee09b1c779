/** What a generated plan holds, printed with the results and checked by the generator's test. */
import { isTaskTable } from '../../shared/clone';
import { cellText, type PlanDocument } from '../../shared/model';

export interface PlanStats {
  readonly dataRows: number;
  readonly groupRows: number;
  readonly appendices: number;
  readonly bodyBlocks: number;
  /** Data rows of the task tables (the ones cloning reads). */
  readonly taskRows: number;
  /** Distinct task texts over task rows: 1 when no two tasks read the same. */
  readonly distinctTaskShare: number;
}

export function planStats(plan: PlanDocument): PlanStats {
  const rows = plan.appendices.flatMap((a) => a.rows);
  const tasks = plan.appendices
    .filter(isTaskTable)
    .flatMap((a) => a.rows.filter((r) => r.kind === 'data').map((r) => cellText(r.cells[a.mainColumn])));
  return {
    dataRows: rows.filter((r) => r.kind === 'data').length,
    groupRows: rows.filter((r) => r.kind === 'group').length,
    appendices: plan.appendices.length,
    bodyBlocks: plan.sections.reduce((sum, s) => sum + s.blocks.length, 0),
    taskRows: tasks.length,
    distinctTaskShare: tasks.length === 0 ? 1 : new Set(tasks).size / tasks.length,
  };
}
