/**
 * What the matrix shows under a filter: the units (rows) and tasks (columns) left, and each unit's
 * cell per task, found by index so a frame of the virtualised grid reads cells without searching.
 */
import { nameKey } from '../model';
import type { MatrixCell, TrackingMatrix } from './tracking-matrix';

export type MatrixFilter = 'all' | 'no-plan' | 'uncovered' | 'late';

export interface MatrixView {
  /** Indexes into matrix.units, in order. */
  readonly units: readonly number[];
  /** Indexes into matrix.tasks, in order. */
  readonly tasks: readonly number[];
}

/** Per unit, its cell for each task of the matrix (null where the task is not given to it). */
export function cellGrid(matrix: TrackingMatrix): (MatrixCell | null)[][] {
  return matrix.units.map((unit) => {
    const row: (MatrixCell | null)[] = matrix.tasks.map(() => null);
    for (const cell of unit.cells) row[cell.task] = cell;
    return row;
  });
}

/** Each unit's name in its searched form, made once per matrix rather than at every letter typed. */
const searchedNames = new WeakMap<TrackingMatrix, readonly string[]>();

function unitNameKeys(matrix: TrackingMatrix): readonly string[] {
  let keys = searchedNames.get(matrix);
  if (keys === undefined) {
    keys = matrix.units.map((unit) => nameKey(unit.name));
    searchedNames.set(matrix, keys);
  }
  return keys;
}

export function filterMatrix(matrix: TrackingMatrix, filter: MatrixFilter, search: string): MatrixView {
  const words = nameKey(search)
    .split(' ')
    .filter((w) => w !== '');
  const keys = words.length === 0 ? [] : unitNameKeys(matrix);
  const named = (i: number): boolean => {
    const key = keys[i] ?? '';
    return words.every((w) => key.includes(w));
  };
  const allTasks = matrix.tasks.map((_, i) => i);
  const taskWanted = (i: number): boolean => {
    const task = matrix.tasks[i];
    if (task === undefined) return false;
    if (filter === 'uncovered') return task.assigned > 0 && task.covered === 0;
    if (filter === 'late') return task.late > 0;
    return true;
  };
  const tasks = filter === 'uncovered' || filter === 'late' ? allTasks.filter(taskWanted) : allTasks;
  const wantedTasks = new Set(tasks);
  const units = matrix.units.flatMap((unit, i) => {
    if (!named(i)) return [];
    if (filter === 'no-plan' && unit.plan !== null) return [];
    if (filter === 'late' && unit.late === 0) return [];
    if (filter === 'uncovered' && !unit.cells.some((c) => wantedTasks.has(c.task))) return [];
    return [i];
  });
  return { units, tasks };
}
