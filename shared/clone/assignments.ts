/**
 * Which tasks of a plan fall to a unit, and in what role: named directly (or under the name of an
 * organ it took over from), or through a collective phrase that takes it in.
 */
import { directoryForPlan, type AgencyDirectory, type AgencyEntry, type Organ, type PlanDocument } from '../model';
import { planTasks, type PlanTask } from './plan-tasks';

export type TaskRole = 'lead' | 'cooperate';

export interface AssignmentOptions {
  /** Keep only the tasks the unit leads. */
  readonly leadOnly?: boolean;
  /** Count tasks given to a collective phrase that takes the unit in ("Các sở, ban, ngành"). Default true. */
  readonly collective?: boolean;
  /** Count open phrases too ("Các cơ quan liên quan"), whose members the text does not decide. */
  readonly related?: boolean;
}

export interface Assignment {
  readonly task: PlanTask;
  readonly role: TaskRole;
  /** "direct" when the unit is named, "collective" when a phrase takes it in. */
  readonly via: 'direct' | 'collective';
  /** What the plan wrote for the role: the unit's name or the phrase. */
  readonly named: string;
}

function entryName(entry: AgencyEntry): string {
  return entry.kind === 'organ' ? entry.organ.name : entry.collective.name;
}

export function findAssignments(
  plan: PlanDocument,
  unit: Organ,
  directory: AgencyDirectory,
  options: AssignmentOptions = {},
): Assignment[] {
  // The plan's collective phrases take in its issuer's province's bodies ("Các sở, ban, ngành" of Đà Nẵng).
  return assignmentsAmong(planTasks(plan, directory), unit, directoryForPlan(directory, plan), options);
}

/**
 * The unit's assignments among tasks already found (planTasks): checking many units against one
 * plan (the tracking matrix) reads the plan's tasks once instead of once per unit.
 */
export function assignmentsAmong(
  tasks: readonly PlanTask[],
  unit: Organ,
  directory: AgencyDirectory,
  options: AssignmentOptions = {},
): Assignment[] {
  const identities = new Set([unit.id, ...directory.predecessorsOf(unit.id).map((o) => o.id)]);
  const match = (entries: readonly AgencyEntry[]): { via: Assignment['via']; named: string } | null => {
    for (const entry of entries) {
      if (entry.kind === 'organ' && identities.has(entry.organ.id)) return { via: 'direct', named: entryName(entry) };
    }
    if (options.collective === false) return null;
    for (const entry of entries) {
      if (entry.kind !== 'collective') continue;
      if (entry.collective.open && options.related !== true) continue;
      if (directory.includes(entry.collective, unit)) return { via: 'collective', named: entryName(entry) };
    }
    return null;
  };
  const assignments: Assignment[] = [];
  for (const task of tasks) {
    const lead = match(task.leads);
    if (lead !== null) {
      assignments.push({ task, role: 'lead', ...lead });
      continue;
    }
    if (options.leadOnly === true) continue;
    const cooperate = match(task.cooperators);
    if (cooperate !== null) assignments.push({ task, role: 'cooperate', ...cooperate });
  }
  return assignments;
}

/** The names a task gives as leads, for the child's "Phối hợp (chủ trì: …)" note. */
export function leadNames(task: PlanTask): string[] {
  return task.leads.map(entryName);
}
