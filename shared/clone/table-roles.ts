/**
 * What each column of a table does for cloning and coverage: which one holds the task, which
 * name the organs in charge (chủ trì) and those that help (phối hợp), which holds the deadline.
 * A criteria table ("Quy định" | "Đề xuất nhiệm vụ, giải pháp" | "Cơ quan chủ trì") is a task
 * table too: its tasks are in the proposal column, not in the criterion it answers. The roles read
 * from an imported table's headers can be wrong; the user corrects them (`setColumnRole`), and the
 * correction is the column's type and the main column, so the clone and coverage follow it.
 */
import { cellOf, cellText, nameKey, type Appendix, type CellValue, type Column } from '../model';

export type AgencyRole = 'lead' | 'cooperate';

/** The parts of a table its roles are read from. */
type TableShape = Pick<Appendix, 'columns' | 'mainColumn' | 'groupColumn' | 'rows'>;

/** What a column does for cloning and coverage; 'other' for the rest (figures, notes, criteria). */
export type ColumnRole = 'task' | AgencyRole | 'deadline' | 'other';

export interface TableRoles {
  /** The column holding the task's text; null when the table has no column of text. */
  readonly task: string | null;
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly deadline: string | null;
}

/**
 * Where the agencies stand: "Cơ quan chủ trì" or "Cơ quan phối hợp". The column's type says it;
 * a column of plain text (a header the importer could not read) is judged by its label.
 */
export function agencyRole(column: Column): AgencyRole | null {
  if (column.type === 'agencies') return 'cooperate';
  if (column.type === 'agency') return 'lead';
  if (column.type !== 'text') return null;
  const label = nameKey(column.label);
  if (label.includes('phoi hop')) return 'cooperate';
  if (label.includes('chu tri')) return 'lead';
  return null;
}

/**
 * The task column: the main column when it is text; otherwise (a criteria table whose main column
 * is the criterion) the first text column other than the group titles' that data rows fill.
 */
function taskColumn(appendix: TableShape): string | null {
  const main = appendix.columns.find((c) => c.id === appendix.mainColumn);
  if (main?.type === 'text') return main.id;
  const texts = appendix.columns.filter((c) => c.type === 'text' && c.id !== appendix.groupColumn);
  const filled = texts.find((c) => appendix.rows.some((r) => r.kind === 'data' && cellOf(r, c.id) !== undefined));
  return (filled ?? texts[0])?.id ?? null;
}

export function tableRoles(appendix: TableShape): TableRoles {
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

/** The role a column has now, as the clone reads it; null for the STT column. */
export function columnRole(appendix: TableShape, columnId: string): ColumnRole | null {
  const column = appendix.columns.find((c) => c.id === columnId);
  if (column === undefined || column.type === 'stt') return null;
  const roles = tableRoles(appendix);
  if (roles.task === columnId) return 'task';
  if (roles.deadline === columnId) return 'deadline';
  return agencyRole(column) ?? 'other';
}

const ROLE_TYPE: Readonly<Record<ColumnRole, Column['type']>> = {
  task: 'text',
  lead: 'agency',
  cooperate: 'agencies',
  deadline: 'deadline',
  other: 'note',
};

/** A cell's value in a column of the new type: a list of agencies split by line or ";", or text. */
function convertedCell(value: CellValue, type: Column['type']): CellValue {
  if (type === 'agencies') {
    if (Array.isArray(value)) return value;
    return cellText(value)
      .split(/[;\n]/u)
      .map((name) => name.trim())
      .filter((name) => name !== '');
  }
  if (Array.isArray(value)) return value.join('; ');
  return type === 'text' || type === 'note' ? value : cellText(value);
}

function withType(appendix: Appendix, columnId: string, type: Column['type']): Appendix {
  return {
    ...appendix,
    columns: appendix.columns.map((c) => (c.id === columnId ? { ...c, type } : c)),
    rows: appendix.rows.map((row) => {
      const value = cellOf(row, columnId);
      return value === undefined ? row : { ...row, cells: { ...row.cells, [columnId]: convertedCell(value, type) } };
    }),
  };
}

/**
 * The task column moves to `columnId`: it becomes the main column, and the group titles stay where
 * they were (a merged table keeps them in their column; a banded one moves them into the new main
 * column, which a group row leaves blank).
 */
function withTaskColumn(appendix: Appendix, columnId: string): Appendix {
  const old = appendix.mainColumn;
  if (appendix.groupLayout === 'merged') return { ...appendix, mainColumn: columnId, groupColumn: appendix.groupColumn ?? old };
  return {
    ...appendix,
    mainColumn: columnId,
    rows: appendix.rows.map((row) => {
      const title = cellOf(row, old);
      if (row.kind !== 'group' || title === undefined || cellOf(row, columnId) !== undefined) return row;
      const cells = Object.fromEntries(Object.entries(row.cells).filter(([id]) => id !== old));
      return { ...row, cells: { ...cells, [columnId]: title } };
    }),
  };
}

/**
 * The user's correction of a column's role: its type follows the role (values converted), and the
 * task column becomes the main one. The main column keeps the task role unless another column
 * takes it, so a table never loses its task column to a click.
 */
export function setColumnRole(appendix: Appendix, columnId: string, role: ColumnRole): Appendix {
  const current = columnRole(appendix, columnId);
  if (current === null || current === role) return appendix;
  if (role === 'task') {
    const typed = appendix.columns.find((c) => c.id === columnId)?.type === 'text' ? appendix : withType(appendix, columnId, 'text');
    return withTaskColumn(typed, columnId);
  }
  if (columnId === appendix.mainColumn && current === 'task') return appendix;
  return withType(appendix, columnId, ROLE_TYPE[role]);
}
