/**
 * Coverage: which of the parent's tasks for the unit the child plan takes up, by which of its
 * tasks, and where the child gives itself more time than the parent did. Rows are matched by their
 * trace links (any link in the chain, so a division's plan can be checked against the province's);
 * rows without links (typed in by hand, or imported) are matched by their wording.
 */
import {
  cellText,
  createCrossRefResolver,
  formatCitation,
  inlineText,
  nameTokens,
  type AgencyDirectory,
  type Organ,
  type PlanDocument,
} from '../model';
import { findAssignments, type AssignmentOptions, type TaskRole } from './assignments';
import { isLate } from './deadlines';
import { blockReferences, planReference, rowReferences } from './plan-reference';
import { isTaskTable, type TaskSource } from './plan-tasks';

export interface CoverageItem {
  readonly parentRef: string;
  readonly text: string;
  readonly role: TaskRole;
  readonly source: TaskSource;
  readonly covered: boolean;
  readonly childRefs: string[];
  readonly lateDeadline: boolean;
}

/** The DESIGN.md §4 shape of `coverage --json`. */
export interface CoverageReport {
  readonly unit: string;
  readonly parent: string;
  readonly assigned: number;
  readonly covered: number;
  readonly items: CoverageItem[];
}

interface ChildTask {
  readonly ref: string;
  readonly linked: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly deadline: string;
}

/** Wording overlap (Dice on word sets) above which an unlinked child task is taken as the same task. */
const SAME_WORDING = 0.75;

function words(text: string): Set<string> {
  return new Set(nameTokens(text));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function childTasks(child: PlanDocument): ChildTask[] {
  const tasks: ChildTask[] = [];
  child.appendices.forEach((appendix, index) => {
    if (!isTaskTable(appendix)) return;
    const refs = rowReferences(appendix, index, child.appendices.length);
    const deadline = appendix.columns.find((c) => c.type === 'deadline');
    for (const row of appendix.rows) {
      if (row.kind !== 'data') continue;
      tasks.push({
        ref: refs.get(row.id) ?? '',
        linked: new Set((row.trace ?? []).map((link) => `${link.planId}#${link.itemId}`)),
        words: words(cellText(row.cells[appendix.mainColumn])),
        deadline: deadline === undefined ? '' : cellText(row.cells[deadline.id]),
      });
    }
  });
  const resolve = createCrossRefResolver(child);
  child.sections.forEach((section, index) => {
    const refs = blockReferences(section.blocks, index);
    for (const block of section.blocks) {
      tasks.push({ ref: refs.get(block.id) ?? '', linked: new Set(), words: words(inlineText(block.children, resolve)), deadline: '' });
    }
  });
  return tasks;
}

/** Child tasks by the parent items they trace to, in the child's order: one lookup per parent task. */
function tasksByLink(tasks: readonly ChildTask[]): Map<string, ChildTask[]> {
  const index = new Map<string, ChildTask[]>();
  for (const task of tasks) {
    for (const key of task.linked) {
      const linked = index.get(key);
      if (linked === undefined) index.set(key, [task]);
      else linked.push(task);
    }
  }
  return index;
}

export function coverage(
  child: PlanDocument,
  parent: PlanDocument,
  unit: Organ,
  directory: AgencyDirectory,
  options: AssignmentOptions = {},
): CoverageReport {
  const tasks = childTasks(child);
  const byLink = tasksByLink(tasks);
  const items = findAssignments(parent, unit, directory, options).map((assignment): CoverageItem => {
    const { task } = assignment;
    const key = `${parent.id}#${task.itemId}`;
    let matches = byLink.get(key) ?? [];
    if (matches.length === 0) {
      const taskWords = words(task.plainText);
      matches = tasks.filter((t) => t.linked.size === 0 && dice(taskWords, t.words) >= SAME_WORDING);
    }
    return {
      parentRef: task.ref,
      text: task.plainText,
      role: assignment.role,
      source: task.source,
      covered: matches.length > 0,
      childRefs: [...new Set(matches.map((m) => m.ref))],
      lateDeadline: matches.some((m) => isLate(m.deadline, task.deadline)),
    };
  });
  return {
    unit: unit.name,
    parent: formatCitation(planReference(parent, 'parent')),
    assigned: items.length,
    covered: items.filter((i) => i.covered).length,
    items,
  };
}
