/**
 * The tracking matrix: every unit the parent gives work to × its tasks, from the plans the units
 * sent back. Each received file gets a status and, where it does not count, the reason; a task
 * counts as covered only through the coverage rules of shared/clone (trace links, or the closest
 * wording), so a file that cannot be placed never makes anything "covered".
 */
import {
  assignmentsAmong,
  coverageOf,
  isTaskDocument,
  isTaskTable,
  planReference,
  planTasks,
  rowReferences,
  type Assignment,
  type ChildPlace,
  type PlanTask,
  type TaskRole,
  type TaskSource,
} from '../clone';
import { isTaskRow, cellOf, cellText, toIsoDate, type AgencyDirectory, type Organ, type PlanDocument } from '../model';
import { formatCitation, formatNumberSymbol, getProfile } from '../format';
import { assignedUnits, currentOrgan, type AssignedUnit } from './assigned-units';
import { parentLink } from './parent-link';
import type { ReceivedFile, ReceivedSource, UnitCorrections } from './received-file';

export type FileStatus =
  'counted' | 'superseded' | 'parent' | 'unreadable' | 'changing' | 'not-a-plan' | 'other-parent' | 'unknown-unit' | 'not-assigned';

export interface TrackedFile {
  readonly file: string;
  readonly status: FileStatus;
  /** Why the file does not count, in Vietnamese; '' when it counts. */
  readonly reason: string;
  readonly source: ReceivedSource | null;
  readonly unitId: string | null;
  readonly unitName: string;
  /** The unit was set by the user rather than read from the issuer. */
  readonly unitCorrected: boolean;
  /** "12/KH-SNV", or '' when the plan has no number yet. */
  readonly number: string;
  /** "2026-05-20", "2026-05" or '' (a partial date stays partial). */
  readonly date: string;
  /** The issuer as the plan prints it, to show what was recognized. */
  readonly issuer: string;
  /** Names in the directory closest to an unknown issuer. */
  readonly suggestions: readonly string[];
}

export type CellState = 'covered' | 'late' | 'missing';

export interface MatrixCell {
  /** Index into the matrix's tasks. */
  readonly task: number;
  readonly role: TaskRole;
  readonly state: CellState;
  readonly childRefs: readonly string[];
  /** Where the first covering task sits in the unit's plan (null when not covered). */
  readonly place: ChildPlace | null;
}

export interface OwnTask {
  readonly ref: string;
  readonly text: string;
}

export interface TrackedUnit {
  readonly id: string;
  readonly name: string;
  readonly via: AssignedUnit['via'];
  /** The plan that counts (the newest), or null when none was received. */
  readonly plan: TrackedFile | null;
  /** Older plans of the same unit, shown but not counted. */
  readonly olderPlans: readonly string[];
  readonly cells: readonly MatrixCell[];
  readonly assigned: number;
  readonly covered: number;
  readonly late: number;
  /** Tasks the unit's plan leaves out (all its tasks when it sent none). */
  readonly missing: number;
  /** Rows of the unit's task tables that take up none of its parent tasks. */
  readonly ownTasks: readonly OwnTask[];
}

export interface TrackedTask {
  readonly itemId: string;
  readonly ref: string;
  readonly text: string;
  readonly deadline: string;
  readonly source: TaskSource;
  /** Units given this task. */
  readonly assigned: number;
  /** Of those, units whose plan takes it up (late ones included). */
  readonly covered: number;
  readonly late: number;
}

export interface TrackingMatrix {
  readonly parent: { readonly id: string; readonly citation: string; readonly file: string };
  readonly tasks: readonly TrackedTask[];
  readonly units: readonly TrackedUnit[];
  readonly files: readonly TrackedFile[];
}

export interface TrackingInput {
  readonly parent: PlanDocument;
  /** The parent's file in the workspace ('' when it lies outside). */
  readonly parentFile: string;
  readonly received: readonly ReceivedFile[];
  readonly corrections: UnitCorrections;
  readonly directory: AgencyDirectory;
}

function organOf(name: string, directory: AgencyDirectory): { organ: Organ | null; suggestions: readonly string[] } {
  const found = directory.resolve(name);
  if (found.kind === 'organ') return { organ: currentOrgan(found.organ, directory), suggestions: [] };
  return { organ: null, suggestions: found.kind === 'unknown' ? found.suggestions : [] };
}

/** The parent read once for every file: its tasks, and the units it gives work to with their assignments. */
export interface PreparedParent {
  readonly parent: PlanDocument;
  readonly directory: AgencyDirectory;
  readonly tasks: readonly PlanTask[];
  readonly units: readonly (AssignedUnit & { readonly assignments: readonly Assignment[] })[];
}

export function prepareParent(parent: PlanDocument, directory: AgencyDirectory): PreparedParent {
  const tasks = planTasks(parent, directory);
  const issuer = organOf(parent.meta.issuingOrgan.citation, directory).organ;
  const units = assignedUnits(tasks, issuer, directory)
    .map((unit) => ({ ...unit, assignments: assignmentsAmong(tasks, unit.organ, directory) }))
    .filter((unit) => unit.assignments.length > 0);
  return { parent, directory, tasks, units };
}

/** A unit's plan matched against its assignments, by the parent task's id (cells are placed by the matrix). */
export interface AssessedCell {
  readonly itemId: string;
  readonly role: TaskRole;
  readonly state: CellState;
  readonly childRefs: readonly string[];
  readonly place: ChildPlace | null;
}

/**
 * What one received file gives the matrix: how it is listed, and for a plan that counts, its
 * unit's cells. It depends only on the file's content, its name, the parent, the unit the user set
 * and the directory, so the host can keep it and skip reading the plan again.
 */
export interface FileAssessment {
  readonly file: TrackedFile;
  /** For a plan that counts: the plan's date as sortable text ("2026-05-00" for a blank day). */
  readonly dateKey: string;
  readonly cells: readonly AssessedCell[];
  readonly ownTasks: readonly OwnTask[];
}

function ownTasksOf(child: PlanDocument, taken: ReadonlySet<string>): OwnTask[] {
  const own: OwnTask[] = [];
  child.appendices.forEach((appendix, index) => {
    if (!isTaskTable(appendix)) return;
    const refs = rowReferences(appendix, index, child.appendices.length);
    for (const row of appendix.rows) {
      if (!isTaskRow(row) || taken.has(row.id)) continue;
      const text = cellText(cellOf(row, appendix.mainColumn)).trim();
      if (text !== '') own.push({ ref: refs.get(row.id) ?? '', text });
    }
  });
  return own;
}

export function assessFile(
  entry: ReceivedFile,
  prepared: PreparedParent,
  parentFile: string,
  corrections: UnitCorrections,
): FileAssessment {
  const { parent, directory } = prepared;
  const listed = (file: TrackedFile): FileAssessment => ({ file, dateKey: '', cells: [], ownTasks: [] });
  const base = { file: entry.file, source: null, unitId: null, unitName: '', unitCorrected: false, number: '', date: '', issuer: '' };
  if (entry.kind === 'unreadable') {
    return listed({ ...base, status: entry.changing ? 'changing' : 'unreadable', reason: entry.reason, suggestions: [] });
  }
  const { plan } = entry;
  const described = {
    ...base,
    source: entry.source,
    number: plan.meta.number === '' ? '' : formatNumberSymbol(plan.meta.number, plan.meta.symbol, getProfile(plan.profile).header.number),
    date: toIsoDate(plan.meta.date),
    issuer: plan.meta.issuingOrgan.citation,
  };
  if (entry.file === parentFile || plan.id === parent.id) {
    return listed({ ...described, status: 'parent', reason: 'Kế hoạch cấp trên đang được theo dõi.', suggestions: [] });
  }
  if (!isTaskDocument(plan.meta.typeName) || (plan.sections.length === 0 && plan.appendices.length === 0)) {
    return listed({
      ...described,
      status: 'not-a-plan',
      reason: `Văn bản này không phải kế hoạch hay chương trình (tên loại đọc được: "${plan.meta.typeName}").`,
      suggestions: [],
    });
  }
  const link = parentLink(plan, parent);
  if (link.kind === 'other') return listed({ ...described, status: 'other-parent', reason: link.reason, suggestions: [] });
  const correctedId = corrections[entry.file];
  const corrected = correctedId === undefined ? undefined : directory.organ(correctedId);
  const found = corrected === undefined ? organOf(plan.meta.issuingOrgan.citation, directory) : { organ: corrected, suggestions: [] };
  const organ = found.organ;
  if (organ === null) {
    return listed({
      ...described,
      status: 'unknown-unit',
      reason:
        plan.meta.issuingOrgan.citation === ''
          ? 'Văn bản không ghi cơ quan ban hành; hãy chọn đơn vị cho tệp này.'
          : `Không tìm thấy đơn vị ban hành "${plan.meta.issuingOrgan.citation}" trong danh bạ cơ quan; hãy chọn đơn vị cho tệp này.`,
      suggestions: found.suggestions,
    });
  }
  const unitFile = { ...described, unitId: organ.id, unitName: organ.name, unitCorrected: corrected !== undefined };
  const unit = prepared.units.find((u) => u.organ.id === organ.id);
  if (unit === undefined) {
    return listed({
      ...unitFile,
      status: 'not-assigned',
      reason: `Kế hoạch cấp trên không giao nhiệm vụ nào cho ${organ.name}.`,
      suggestions: [],
    });
  }
  const matches = coverageOf(plan, parent, unit.assignments);
  const cells = matches.map(({ assignment, item, places }): AssessedCell => ({
    itemId: assignment.task.itemId,
    role: assignment.role,
    state: !item.covered ? 'missing' : item.lateDeadline ? 'late' : 'covered',
    childRefs: item.childRefs,
    place: places[0] ?? null,
  }));
  const taken = new Set(matches.flatMap((m) => m.places.map((p) => (p.kind === 'row' ? p.rowId : p.blockId))));
  return {
    file: { ...unitFile, status: 'counted', reason: '', suggestions: [] },
    dateKey: toIsoDate(plan.meta.date).padEnd(10, '0'),
    cells,
    ownTasks: ownTasksOf(plan, taken),
  };
}

/** The matrix from the parent and every file's assessment (with the file's time, for ties). */
export function assembleMatrix(
  prepared: PreparedParent,
  parentFile: string,
  assessed: readonly { readonly assessment: FileAssessment; readonly modified: string }[],
): TrackingMatrix {
  const { parent, tasks, units } = prepared;
  const files = assessed.map((a) => a.assessment.file);
  // Newest first: by the plan's date (a blank day or month counts as earlier), then by the file's time.
  const byUnit = new Map<string, number[]>();
  assessed.forEach(({ assessment }, index) => {
    const unitId = assessment.file.unitId;
    if (assessment.file.status === 'counted' && unitId !== null) byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), index]);
  });
  for (const list of byUnit.values()) {
    list.sort((a, b) => {
      const x = assessed[a];
      const y = assessed[b];
      if (x === undefined || y === undefined) return 0;
      return y.assessment.dateKey.localeCompare(x.assessment.dateKey) || y.modified.localeCompare(x.modified);
    });
    const newest = files[list[0] ?? -1];
    for (const older of list.slice(1)) {
      const file = files[older];
      if (file !== undefined)
        files[older] = { ...file, status: 'superseded', reason: `Đơn vị đã gửi kế hoạch mới hơn (${newest?.file ?? ''}).` };
    }
  }

  const taskIndex = new Map(tasks.map((task, index) => [task.itemId, index]));
  const counts = tasks.map(() => ({ assigned: 0, covered: 0, late: 0 }));
  const trackedUnits = units.map(({ organ, via, assignments }): TrackedUnit => {
    const list = byUnit.get(organ.id) ?? [];
    const newest = list[0] === undefined ? undefined : assessed[list[0]]?.assessment;
    const assessedCells = new Map((newest?.cells ?? []).map((c) => [c.itemId, c]));
    const cells = assignments.map((assignment): MatrixCell => {
      const found = assessedCells.get(assignment.task.itemId);
      return {
        task: taskIndex.get(assignment.task.itemId) ?? 0,
        role: assignment.role,
        state: found?.state ?? 'missing',
        childRefs: found?.childRefs ?? [],
        place: found?.place ?? null,
      };
    });
    for (const cell of cells) {
      const count = counts[cell.task];
      if (count === undefined) continue;
      count.assigned++;
      if (cell.state !== 'missing') count.covered++;
      if (cell.state === 'late') count.late++;
    }
    const covered = cells.filter((c) => c.state !== 'missing').length;
    return {
      id: organ.id,
      name: organ.name,
      via,
      plan: list[0] === undefined ? null : (files[list[0]] ?? null),
      olderPlans: list.slice(1).map((i) => files[i]?.file ?? ''),
      cells,
      assigned: cells.length,
      covered,
      late: cells.filter((c) => c.state === 'late').length,
      missing: cells.length - covered,
      ownTasks: newest?.ownTasks ?? [],
    };
  });

  return {
    parent: { id: parent.id, citation: formatCitation(planReference(parent, parent.id), getProfile(parent.profile)), file: parentFile },
    tasks: tasks.map((task, i) => ({
      itemId: task.itemId,
      ref: task.ref,
      text: task.plainText,
      deadline: task.deadline,
      source: task.source,
      ...(counts[i] ?? { assigned: 0, covered: 0, late: 0 }),
    })),
    units: trackedUnits,
    files,
  };
}

export function buildTrackingMatrix({ parent, parentFile, received, corrections, directory }: TrackingInput): TrackingMatrix {
  const prepared = prepareParent(parent, directory);
  return assembleMatrix(
    prepared,
    parentFile,
    received.map((entry) => ({ assessment: assessFile(entry, prepared, parentFile, corrections), modified: entry.modified })),
  );
}
