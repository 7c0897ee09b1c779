/**
 * `track --json` (DESIGN.md §4): per unit its plan file, number, date, the tasks given, covered
 * and late, and the references of the missing ones; then the files that do not count, with why.
 */
import type { TrackingMatrix } from './tracking-matrix';

export interface TrackingJson {
  readonly parent: string;
  readonly parentFile: string;
  readonly units: {
    readonly unit: string;
    readonly via: 'direct' | 'collective';
    readonly planFile: string;
    readonly number: string;
    readonly date: string;
    readonly assigned: number;
    readonly covered: number;
    readonly late: number;
    readonly missing: string[];
    readonly lateRefs: string[];
    readonly ownTasks: number;
    readonly olderPlanFiles: string[];
  }[];
  readonly tasks: {
    readonly ref: string;
    readonly text: string;
    readonly assigned: number;
    readonly covered: number;
    readonly late: number;
  }[];
  readonly files: { readonly file: string; readonly status: string; readonly unit: string; readonly reason: string }[];
}

export function trackingJson(matrix: TrackingMatrix): TrackingJson {
  const refs = (unit: TrackingMatrix['units'][number], state: 'missing' | 'late'): string[] =>
    unit.cells.filter((c) => c.state === state).map((c) => matrix.tasks[c.task]?.ref ?? '');
  return {
    parent: matrix.parent.citation,
    parentFile: matrix.parent.file,
    units: matrix.units.map((unit) => ({
      unit: unit.name,
      via: unit.via,
      planFile: unit.plan?.file ?? '',
      number: unit.plan?.number ?? '',
      date: unit.plan?.date ?? '',
      assigned: unit.assigned,
      covered: unit.covered,
      late: unit.late,
      missing: refs(unit, 'missing'),
      lateRefs: refs(unit, 'late'),
      ownTasks: unit.ownTasks.length,
      olderPlanFiles: [...unit.olderPlans],
    })),
    tasks: matrix.tasks.map(({ ref, text, assigned, covered, late }) => ({ ref, text, assigned, covered, late })),
    files: matrix.files.map(({ file, status, unitName, reason }) => ({ file, status, unit: unitName, reason })),
  };
}
