/**
 * Coverage: which of the parent's tasks for the unit the child plan takes up, by which of its
 * tasks, and where the child gives itself more time than the parent did. Rows are matched by their
 * trace links (any link in the chain, so a division's plan can be checked against the province's);
 * rows without a link to the parent (typed in by hand, or imported) are matched by their wording.
 */
import { formatCitation, getProfile } from '../format';
import {
  isTaskRow,
  cellOf,
  cellText,
  createCrossRefResolver,
  dice,
  inlineText,
  nameTokens,
  type AgencyDirectory,
  type Organ,
  type PlanDocument,
} from '../model';
import { findAssignments, type Assignment, type AssignmentOptions, type TaskRole } from './assignments';
import { isLate } from './deadlines';
import { blockReferences, planReference, rowReferences } from './plan-reference';
import type { TaskSource } from './plan-tasks';
import { isTaskTable, tableRoles } from './table-roles';

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

/** Where a child task sits, so the app can take the user there, and how the child cites it. */
export type ChildPlace =
  | { readonly kind: 'row'; readonly appendixId: string; readonly rowId: string; readonly ref: string }
  | { readonly kind: 'block'; readonly sectionId: string; readonly blockId: string; readonly ref: string };

/** One parent task assigned to the unit, with the child's tasks that take it up. */
export interface CoverageMatch {
  readonly assignment: Assignment;
  readonly item: CoverageItem;
  /** The child's rows and blocks that take the task up, in the child's order. */
  readonly places: readonly ChildPlace[];
}

interface ChildTask {
  readonly place: ChildPlace;
  readonly linked: ReadonlySet<string>;
  /** The plans its links point to. */
  readonly linkedPlans: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly deadline: string;
}

/** Wording overlap (Dice on word sets) above which an unlinked child task is taken as the same task. */
const SAME_WORDING = 0.75;

function words(text: string): Set<string> {
  return new Set(nameTokens(text));
}

function childTasks(child: PlanDocument): ChildTask[] {
  const tasks: ChildTask[] = [];
  child.appendices.forEach((appendix, index) => {
    if (!isTaskTable(appendix)) return;
    const refs = rowReferences(appendix, index, child.appendices.length);
    const roles = tableRoles(appendix);
    for (const row of appendix.rows) {
      if (!isTaskRow(row)) continue;
      const trace = row.trace ?? [];
      tasks.push({
        place: { kind: 'row', appendixId: appendix.id, rowId: row.id, ref: refs.get(row.id) ?? '' },
        linked: new Set(trace.map((link) => `${link.planId}#${link.itemId}`)),
        linkedPlans: new Set(trace.map((link) => link.planId)),
        words: words(cellText(cellOf(row, roles.task ?? appendix.mainColumn))),
        deadline: roles.deadline === null ? '' : cellText(cellOf(row, roles.deadline)),
      });
    }
  });
  const resolve = createCrossRefResolver(child);
  child.sections.forEach((section, index) => {
    const refs = blockReferences(section.blocks, index);
    for (const block of section.blocks) {
      tasks.push({
        place: { kind: 'block', sectionId: section.id, blockId: block.id, ref: refs.get(block.id) ?? '' },
        linked: new Set(),
        linkedPlans: new Set(),
        words: words(inlineText(block.children, resolve)),
        deadline: '',
      });
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

/**
 * Each assignment (findAssignments on the parent) with the child tasks that take it up. A child
 * task linked to this parent counts only for the items it links to; one without a link to this
 * parent (typed by hand, imported, or cloned from another copy of the parent with another id)
 * counts for the parent tasks whose wording is closest to its own.
 */
export function coverageOf(child: PlanDocument, parent: PlanDocument, assignments: readonly Assignment[]): CoverageMatch[] {
  const tasks = childTasks(child);
  const byLink = tasksByLink(tasks);
  const unlinked = tasks.filter((t) => !t.linkedPlans.has(parent.id));
  // Wording overlap of every unlinked child task with every assigned parent task. A child task
  // counts only for the parent tasks it is closest to: tasks of one plan often differ by a few
  // words ("… lĩnh vực nông nghiệp" / "… lĩnh vực y tế"), and a task the unit left out must not
  // be taken as covered by the row of its neighbour.
  const scores = assignments.map(({ task }) => {
    const taskWords = words(task.plainText);
    return unlinked.map((t) => dice(taskWords, t.words));
  });
  const bestFor = unlinked.map((_, j) => Math.max(0, ...scores.map((row) => row[j] ?? 0)));
  return assignments.map((assignment, i): CoverageMatch => {
    const { task } = assignment;
    let matches = byLink.get(`${parent.id}#${task.itemId}`) ?? [];
    if (matches.length === 0) {
      // The closest wording only: tasks of one plan often share most of their words ("Lập Đề án
      // phát triển … tỉnh Ninh Bình đến năm 2030"), and each has its own row.
      const row = scores[i] ?? [];
      const scored = unlinked
        .map((t, j) => ({ task: t, score: row[j] ?? 0 }))
        .filter((s, j) => s.score >= SAME_WORDING && s.score >= (bestFor[j] ?? 0));
      const best = Math.max(...scored.map((s) => s.score));
      matches = scored.filter((s) => s.score === best).map((s) => s.task);
    }
    const item: CoverageItem = {
      parentRef: task.ref,
      text: task.plainText,
      role: assignment.role,
      source: task.source,
      covered: matches.length > 0,
      childRefs: [...new Set(matches.map((m) => m.place.ref))],
      lateDeadline: matches.some((m) => isLate(m.deadline, task.deadline)),
    };
    return { assignment, item, places: matches.map((m) => m.place) };
  });
}

export function coverage(
  child: PlanDocument,
  parent: PlanDocument,
  unit: Organ,
  directory: AgencyDirectory,
  options: AssignmentOptions = {},
): CoverageReport {
  const items = coverageOf(child, parent, findAssignments(parent, unit, directory, options)).map((m) => m.item);
  return {
    unit: unit.name,
    // The parent as it cites itself: the report names the superior plan, whatever the child's guide.
    parent: formatCitation(planReference(parent, 'parent'), getProfile(parent.profile)),
    assigned: items.length,
    covered: items.filter((i) => i.covered).length,
    items,
  };
}
