/**
 * What each column of a table does for cloning and coverage: which one holds the task, which
 * name the organs in charge (chủ trì) and those that help (phối hợp), which holds the deadline.
 * A criteria table ("Quy định" | "Đề xuất nhiệm vụ, giải pháp" | "Cơ quan chủ trì") is a task
 * table too: its tasks are in the proposal column, not in the criterion it answers.
 */
import { cellOf, nameKey, type Appendix, type Column } from '../model';

export type AgencyRole = 'lead' | 'cooperate';

export interface TableRoles {
  /** The column holding the task's text; null when the table has no column of text. */
  readonly task: string | null;
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly deadline: string | null;
}

/** Where the agencies stand: "Cơ quan chủ trì" or "Cơ quan phối hợp". */
export function agencyRole(column: Column): AgencyRole | null {
  const label = nameKey(column.label);
  if (label.includes('phoi hop') || column.type === 'agencies') return 'cooperate';
  if (column.type === 'agency' || label.includes('chu tri')) return 'lead';
  return null;
}

/**
 * The task column: the main column when it is text; otherwise (a criteria table whose main column
 * is the criterion) the first text column other than the group titles' that data rows fill.
 */
function taskColumn(appendix: Appendix): string | null {
  const main = appendix.columns.find((c) => c.id === appendix.mainColumn);
  if (main?.type === 'text') return main.id;
  const texts = appendix.columns.filter((c) => c.type === 'text' && c.id !== appendix.groupColumn);
  const filled = texts.find((c) => appendix.rows.some((r) => r.kind === 'data' && cellOf(r, c.id) !== undefined));
  return (filled ?? texts[0])?.id ?? null;
}

export function tableRoles(appendix: Appendix): TableRoles {
  const role = (wanted: AgencyRole): string[] => appendix.columns.filter((c) => agencyRole(c) === wanted).map((c) => c.id);
  return {
    task: taskColumn(appendix),
    leads: role('lead'),
    cooperators: role('cooperate'),
    deadline: appendix.columns.find((c) => c.type === 'deadline')?.id ?? null,
  };
}

/** Task tables hold tasks and name who does them; a table of figures or criteria alone does not. */
export function isTaskTable(appendix: Appendix): boolean {
  return notTaskTableReason(appendix) === null;
}

/** Why a table gives no tasks, in the words the clone report uses; null for a task table. */
export function notTaskTableReason(appendix: Appendix): string | null {
  const roles = tableRoles(appendix);
  if (roles.leads.length + roles.cooperators.length === 0) return 'bảng không có cột cơ quan chủ trì hay phối hợp';
  if (roles.task === null) return 'bảng không có cột nội dung nhiệm vụ';
  return null;
}
