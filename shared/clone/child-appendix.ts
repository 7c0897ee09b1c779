/**
 * The child's task table: the parent's tasks that fall to the unit, in the parent's order and
 * groups, each with its role, the parent's deadline and a trace link to the parent item, plus
 * empty columns for the unit's own departments (chủ trì / phối hợp inside the unit) to fill in.
 */
import type { Appendix, CellValue, LevelStyle, PlanDocument, Row, TraceLink } from '../model';
import { leadNames, type Assignment } from './assignments';
import { planShortName } from './plan-reference';

export const CHILD_APPENDIX_ID = 'pl1';

/** I / 1 under groups, I / 1 / a under nested groups, 1 for a table without groups. */
function levelStyles(rows: readonly Row[]): LevelStyle[] {
  const style = (numbering: LevelStyle['numbering'], bold = false): LevelStyle => ({ numbering, bold, italic: false });
  if (!rows.some((r) => r.kind === 'group')) return [style('arabic')];
  const deepest = Math.max(...rows.map((r) => r.level));
  return deepest <= 1 ? [style('roman', true), style('arabic')] : [style('roman', true), style('arabic', true), style('letter')];
}

function roleText(assignment: Assignment): string {
  const via = assignment.via === 'collective' ? ` (${assignment.named})` : '';
  if (assignment.role === 'lead') return `Chủ trì${via}`;
  const leads = leadNames(assignment.task);
  return leads.length === 0 ? `Phối hợp${via}` : `Phối hợp với ${leads.join(', ')}${via}`;
}

/** The parent row's own links come after the new one, so the chain of plans stays readable. */
function traceOf(parent: PlanDocument, assignment: Assignment): TraceLink[] {
  const [appendixId, rowId] = assignment.task.itemId.split('/');
  const parentRow = parent.appendices.find((a) => a.id === appendixId)?.rows.find((r) => r.id === rowId);
  return [{ planId: parent.id, itemId: assignment.task.itemId, ref: assignment.task.ref }, ...(parentRow?.trace ?? [])];
}

/** "Nhiệm vụ tại mục IV (Tổ chức thực hiện) Kế hoạch số 58-KH/TU" */
function containerTitle(parent: PlanDocument, assignment: Assignment, sources: number): string | null {
  const { container } = assignment.task;
  if (container.kind === 'appendix' && sources <= 1) return null;
  const where =
    container.kind === 'appendix'
      ? container.title
      : `phần ${container.title.charAt(0)}${container.title.slice(1).toLocaleLowerCase('vi')}`;
  return `Nhiệm vụ tại ${where} ${planShortName(parent)}`;
}

/** How many of the parent's appendices the tasks come from: with more than one, each gets a group. */
export function appendixSourceCount(assignments: readonly Assignment[]): number {
  return new Set(assignments.filter((a) => a.task.source === 'appendix').map((a) => a.task.container.index)).size;
}

export interface TaskGroupStep {
  /** The same for every task under the same group: the container, or the parent's group row. */
  readonly key: string;
  readonly text: CellValue;
}

/**
 * The group rows a task sits under in the child's table, outermost first: where in the parent it
 * comes from (for the body, or when the tasks come from several appendices), then the parent's
 * own groups.
 */
export function taskGroupPath(parent: PlanDocument, assignment: Assignment, appendixSources: number): TaskGroupStep[] {
  const { task } = assignment;
  const title = containerTitle(parent, assignment, appendixSources);
  return [
    ...(title === null ? [] : [{ key: `${task.container.kind}:${task.container.index}`, text: title }]),
    ...(task.source === 'appendix' ? task.groups.map((group) => ({ key: group.id, text: group.text })) : []),
  ];
}

/** The child's row for a task: its text, role and deadline, the unit's own columns empty. */
export function taskRow(parent: PlanDocument, assignment: Assignment, id: string, level: number): Row {
  const { task } = assignment;
  return {
    id,
    kind: 'data',
    level: Math.min(level, 4),
    cells: { task: task.text, role: roleText(assignment), lead: '', cooperate: [], deadline: task.deadline },
    sourceRef: task.ref,
    trace: traceOf(parent, assignment),
  };
}

export function buildTaskAppendix(parent: PlanDocument, unitName: string, assignments: readonly Assignment[]): Appendix {
  const sources = appendixSourceCount(assignments);
  const rows: Row[] = [];
  let counter = 0;
  const nextId = (): string => `r${++counter}`;
  // The chain of group rows currently open, by their parent id, so siblings share their groups.
  let open: { key: string; level: number }[] = [];
  const openGroup = (key: string, text: CellValue, level: number): void => {
    if (open[level]?.key === key) return;
    open = [...open.slice(0, level), { key, level }];
    rows.push({ id: nextId(), kind: 'group', level, cells: { task: text } });
  };
  for (const assignment of assignments) {
    const path = taskGroupPath(parent, assignment, sources);
    path.forEach((step, level) => {
      openGroup(step.key, step.text, level);
    });
    open = open.slice(0, path.length);
    rows.push(taskRow(parent, assignment, nextId(), path.length));
  }
  return {
    id: CHILD_APPENDIX_ID,
    title: `NHIỆM VỤ CỤ THỂ CỦA ${unitName.toLocaleUpperCase('vi')}\nTHỰC HIỆN ${planShortName(parent).toLocaleUpperCase('vi')}`,
    orientation: 'landscape',
    numberStyle: 'roman',
    columns: [
      { id: 'stt', label: 'STT', type: 'stt', width: 5, align: 'center' },
      { id: 'task', label: 'Nhiệm vụ', type: 'text', width: 34 },
      { id: 'role', label: 'Trách nhiệm được giao', type: 'text', width: 12 },
      { id: 'lead', label: 'Đơn vị chủ trì', type: 'agency', width: 13, align: 'center' },
      { id: 'cooperate', label: 'Đơn vị phối hợp', type: 'agencies', width: 14 },
      { id: 'deadline', label: 'Thời gian hoàn thành', type: 'deadline', width: 11, align: 'center' },
    ],
    rows,
    levels: levelStyles(rows),
    groupLayout: 'band',
    mainColumn: 'task',
    notes: [],
  };
}
