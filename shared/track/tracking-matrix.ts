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
  type ChildPlace,
  type TaskRole,
  type TaskSource,
} from '../clone';
import { cellText, formatCitation, formatNumberSymbol, toIsoDate, type AgencyDirectory, type Organ, type PlanDocument } from '../model';
import { systemOf } from '../format';
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
  /** The issuer as the plan prints it, to show what was recognised. */
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

interface Candidate {
  readonly plan: PlanDocument;
  readonly organ: Organ;
  readonly modified: string;
  readonly index: number;
}

/** Newest first: by the plan's date (a blank day or month counts as earlier), then by the file's time. */
function newestFirst(a: Candidate, b: Candidate): number {
  const key = (c: Candidate): string => toIsoDate(c.plan.meta.date).padEnd(10, '0');
  return key(b).localeCompare(key(a)) || b.modified.localeCompare(a.modified);
}

function ownTasksOf(child: PlanDocument, taken: ReadonlySet<string>): OwnTask[] {
  const own: OwnTask[] = [];
  child.appendices.forEach((appendix, index) => {
    if (!isTaskTable(appendix)) return;
    const refs = rowReferences(appendix, index, child.appendices.length);
    for (const row of appendix.rows) {
      if (row.kind !== 'data' || taken.has(row.id)) continue;
      const text = cellText(row.cells[appendix.mainColumn]).trim();
      if (text !== '') own.push({ ref: refs.get(row.id) ?? '', text });
    }
  });
  return own;
}

export function buildTrackingMatrix({ parent, parentFile, received, corrections, directory }: TrackingInput): TrackingMatrix {
  const tasks = planTasks(parent, directory);
  const issuer = organOf(parent.meta.issuingOrgan.citation, directory).organ;
  const units = assignedUnits(tasks, issuer, directory)
    .map((unit) => ({ ...unit, assignments: assignmentsAmong(tasks, unit.organ, directory) }))
    .filter((unit) => unit.assignments.length > 0);
  const unitIds = new Set(units.map((u) => u.organ.id));
  const files: TrackedFile[] = [];
  const candidates: Candidate[] = [];

  for (const entry of received) {
    const base = { file: entry.file, source: null, unitId: null, unitName: '', unitCorrected: false, number: '', date: '', issuer: '' };
    if (entry.kind === 'unreadable') {
      files.push({ ...base, status: entry.changing ? 'changing' : 'unreadable', reason: entry.reason, suggestions: [] });
      continue;
    }
    const { plan } = entry;
    const described = {
      ...base,
      source: entry.source,
      number: plan.meta.number === '' ? '' : formatNumberSymbol(plan.meta.number, plan.meta.symbol, systemOf(plan.profile)),
      date: toIsoDate(plan.meta.date),
      issuer: plan.meta.issuingOrgan.citation,
    };
    if (entry.file === parentFile || plan.id === parent.id) {
      files.push({ ...described, status: 'parent', reason: 'Kế hoạch cấp trên đang được theo dõi.', suggestions: [] });
      continue;
    }
    if (!isTaskDocument(plan.meta.typeName) || (plan.sections.length === 0 && plan.appendices.length === 0)) {
      files.push({
        ...described,
        status: 'not-a-plan',
        reason: `Văn bản này không phải kế hoạch hay chương trình (tên loại đọc được: "${plan.meta.typeName}").`,
        suggestions: [],
      });
      continue;
    }
    const link = parentLink(plan, parent);
    if (link.kind === 'other') {
      files.push({ ...described, status: 'other-parent', reason: link.reason, suggestions: [] });
      continue;
    }
    const correctedId = corrections[entry.file];
    const corrected = correctedId === undefined ? undefined : directory.organ(correctedId);
    const found = corrected === undefined ? organOf(plan.meta.issuingOrgan.citation, directory) : { organ: corrected, suggestions: [] };
    const organ = found.organ;
    if (organ === null) {
      files.push({
        ...described,
        status: 'unknown-unit',
        reason: `Không tìm thấy đơn vị ban hành "${plan.meta.issuingOrgan.citation}" trong danh bạ cơ quan; hãy chọn đơn vị cho tệp này.`,
        suggestions: found.suggestions,
      });
      continue;
    }
    const unit = { ...described, unitId: organ.id, unitName: organ.name, unitCorrected: corrected !== undefined };
    if (!unitIds.has(organ.id)) {
      files.push({
        ...unit,
        status: 'not-assigned',
        reason: `Kế hoạch cấp trên không giao nhiệm vụ nào cho ${organ.name}.`,
        suggestions: [],
      });
      continue;
    }
    candidates.push({ plan, organ, modified: entry.modified, index: files.length });
    files.push({ ...unit, status: 'counted', reason: '', suggestions: [] });
  }

  const byUnit = new Map<string, Candidate[]>();
  for (const candidate of candidates) byUnit.set(candidate.organ.id, [...(byUnit.get(candidate.organ.id) ?? []), candidate]);
  for (const list of byUnit.values()) {
    list.sort(newestFirst);
    const newest = list[0];
    for (const older of list.slice(1)) {
      const file = files[older.index];
      if (file === undefined || newest === undefined) continue;
      files[older.index] = {
        ...file,
        status: 'superseded',
        reason: `Đơn vị đã gửi kế hoạch mới hơn (${files[newest.index]?.file ?? ''}).`,
      };
    }
  }

  const taskIndex = new Map(tasks.map((task, index) => [task.itemId, index]));
  const counts = tasks.map(() => ({ assigned: 0, covered: 0, late: 0 }));
  const trackedUnits = units.map(({ assignments, ...assigned }): TrackedUnit => {
    const list = byUnit.get(assigned.organ.id) ?? [];
    const newest = list[0];
    const matches = newest === undefined ? null : coverageOf(newest.plan, parent, assignments);
    const cells = assignments.map((assignment, i): MatrixCell => {
      const match = matches?.[i];
      const state: CellState = match === undefined || !match.item.covered ? 'missing' : match.item.lateDeadline ? 'late' : 'covered';
      return {
        task: taskIndex.get(assignment.task.itemId) ?? 0,
        role: assignment.role,
        state,
        childRefs: match?.item.childRefs ?? [],
        place: match?.places[0] ?? null,
      };
    });
    for (const cell of cells) {
      const count = counts[cell.task];
      if (count === undefined) continue;
      count.assigned++;
      if (cell.state !== 'missing') count.covered++;
      if (cell.state === 'late') count.late++;
    }
    const taken = new Set((matches ?? []).flatMap((m) => m.places.map((p) => (p.kind === 'row' ? p.rowId : p.blockId))));
    const covered = cells.filter((c) => c.state !== 'missing').length;
    return {
      id: assigned.organ.id,
      name: assigned.organ.name,
      via: assigned.via,
      plan: newest === undefined ? null : (files[newest.index] ?? null),
      olderPlans: list.slice(1).map((c) => files[c.index]?.file ?? ''),
      cells,
      assigned: cells.length,
      covered,
      late: cells.filter((c) => c.state === 'late').length,
      missing: cells.length - covered,
      ownTasks: newest === undefined ? [] : ownTasksOf(newest.plan, taken),
    };
  });

  return {
    parent: { id: parent.id, citation: formatCitation(planReference(parent, parent.id)), file: parentFile },
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
