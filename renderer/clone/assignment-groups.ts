/** The superior plan's tasks for a unit, grouped as the user reads them: by role, then by where they are written. */
import type { Assignment, TaskRole, TaskSource } from '../../shared/clone';

export const ROLE_LABEL: Readonly<Record<TaskRole, string>> = { lead: 'Chủ trì', cooperate: 'Phối hợp' };
export const SOURCE_LABEL: Readonly<Record<TaskSource, string>> = { appendix: 'Từ phụ lục', body: 'Từ nội dung văn bản' };

export interface AssignmentGroup {
  readonly key: string;
  readonly role: TaskRole;
  readonly source: TaskSource;
  readonly items: readonly Assignment[];
}

const ORDER: readonly (readonly [TaskRole, TaskSource])[] = [
  ['lead', 'appendix'],
  ['lead', 'body'],
  ['cooperate', 'appendix'],
  ['cooperate', 'body'],
];

export function groupAssignments(assignments: readonly Assignment[]): AssignmentGroup[] {
  return ORDER.map(([role, source]) => ({
    key: `${role}-${source}`,
    role,
    source,
    items: assignments.filter((a) => a.role === role && a.task.source === source),
  })).filter((group) => group.items.length > 0);
}

/** "qua “Các cấp ủy, tổ chức đảng”" when a collective phrase, not the unit's name, gave the task. */
export function viaNote(assignment: Assignment): string {
  return assignment.via === 'collective' ? `qua “${assignment.named}”` : '';
}
