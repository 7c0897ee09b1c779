/** What a generated plan holds, printed with the results and checked by the generator's test. */
import { isTaskTable } from '../../shared/clone';
import { cellText, type Appendix, type PlanDocument } from '../../shared/model';

export interface PlanStats {
  readonly dataRows: number;
  readonly groupRows: number;
  readonly appendices: number;
  readonly bodyBlocks: number;
  /** Data rows of the task tables (the ones cloning reads). */
  readonly taskRows: number;
  /**
   * Distinct task texts over the rows of the task tables that are not criteria tables (a criteria
   * table, groups merged down beside their rows, repeats its rules from group to group by design):
   * 1 when no two tasks read the same.
   */
  readonly distinctTaskShare: number;
}

export function planStats(plan: PlanDocument): PlanStats {
  const rows = plan.appendices.flatMap((a) => a.rows);
  const taskTexts = (appendices: readonly Appendix[]): string[] =>
    appendices.flatMap((a) => a.rows.filter((r) => r.kind === 'data').map((r) => cellText(r.cells[a.mainColumn])));
  const tasks = taskTexts(plan.appendices.filter(isTaskTable));
  const plainTasks = taskTexts(plan.appendices.filter((a) => isTaskTable(a) && a.groupLayout !== 'merged'));
  return {
    dataRows: rows.filter((r) => r.kind === 'data').length,
    groupRows: rows.filter((r) => r.kind === 'group').length,
    appendices: plan.appendices.length,
    bodyBlocks: plan.sections.reduce((sum, s) => sum + s.blocks.length, 0),
    taskRows: tasks.length,
    distinctTaskShare: plainTasks.length === 0 ? 1 : new Set(plainTasks).size / plainTasks.length,
  };
}
