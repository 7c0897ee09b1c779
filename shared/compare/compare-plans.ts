/**
 * Two versions of a plan compared by structure, not by line: the body's section headings and
 * paragraphs as one sequence (so a paragraph moved to another section is "moved"), each
 * appendix's rows, cells of rows kept, and the properties. Each change has its kind, its place in
 * the plan as a reader names it, the text before and after, and for a rewording the words that
 * changed.
 */
import {
  cellOf,
  cellText,
  createCrossRefResolver,
  inlineText,
  PlaceNamer,
  PREAMBLE_ID,
  type Appendix,
  type Block,
  type PlanDocument,
  type Row,
} from '../model';
import { planTexts } from '../find/plan-texts';
import { align, type AlignUnit, type Alignment } from './align';
import { diffWords, type WordOp } from './word-diff';

export type ChangeKind = 'added' | 'removed' | 'moved' | 'changed';

export type ChangeTarget =
  | { readonly part: 'property'; readonly path: readonly (string | number)[] }
  | { readonly part: 'section'; readonly sectionId: string }
  | { readonly part: 'block'; readonly sectionId: string; readonly blockId: string }
  | { readonly part: 'appendix'; readonly appendixId: string }
  | { readonly part: 'column'; readonly appendixId: string; readonly columnId: string }
  | { readonly part: 'row'; readonly appendixId: string; readonly rowId: string }
  | { readonly part: 'cell'; readonly appendixId: string; readonly rowId: string; readonly columnId: string };

export interface PlanChange {
  readonly kind: ChangeKind;
  /** Ids in the new plan; in the old plan for a removal. */
  readonly target: ChangeTarget;
  /** Where it is in the new plan (in the old one for a removal), as a reader names it. */
  readonly place: string;
  /** Where it was, for a move. */
  readonly placeBefore?: string;
  readonly before: string;
  readonly after: string;
  /** The words that changed, when the text changed. */
  readonly words?: readonly WordOp[];
  /** What else changed: "đổi cấp", "thành tiêu đề" … */
  readonly detail?: string;
}

/** A body unit: a section heading or a block, with the section it is in. */
export interface BodyUnit extends AlignUnit {
  readonly sectionId: string;
  readonly block?: Block;
}

export function bodyUnits(plan: PlanDocument): BodyUnit[] {
  const resolve = createCrossRefResolver(plan);
  const blocks = (sectionId: string, list: readonly Block[]): BodyUnit[] =>
    list.map((block) => ({ kind: 'b', id: block.id, text: inlineText(block.children, resolve), sectionId, block }));
  return [
    ...blocks(PREAMBLE_ID, plan.preamble),
    ...plan.sections.flatMap((section) => [
      { kind: 's', id: section.id, text: section.title, sectionId: section.id },
      ...blocks(section.id, section.blocks),
    ]),
  ];
}

/** The row's cells joined, in column order: what identifies a row when ids differ. */
export function rowText(appendix: Appendix, row: Row): string {
  return appendix.columns
    .filter((c) => c.type !== 'stt')
    .map((c) => cellText(cellOf(row, c.id)))
    .filter((t) => t !== '')
    .join(' · ');
}

export function rowUnits(appendix: Appendix): AlignUnit[] {
  return appendix.rows.map((row) => ({ kind: 'r', id: row.id, text: rowText(appendix, row) }));
}

export function appendixUnits(plan: PlanDocument): AlignUnit[] {
  return plan.appendices.map((a) => ({ kind: 'a', id: a.id, text: `${a.title} ${a.columns.map((c) => c.label).join(' ')}` }));
}

export interface PlanComparison {
  readonly changes: readonly PlanChange[];
  readonly body: { readonly old: readonly BodyUnit[]; readonly new: readonly BodyUnit[]; readonly alignment: Alignment };
  readonly appendices: Alignment;
  /** Row alignment of each appendix kept, by the new appendix's id. */
  readonly rows: ReadonlyMap<string, Alignment>;
}

function changed(before: string, after: string): Pick<PlanChange, 'before' | 'after' | 'words'> {
  return before === after ? { before, after } : { before, after, words: diffWords(before, after) };
}

function blockDetail(before: Block | undefined, after: Block | undefined): string | undefined {
  if (before === undefined || after === undefined) return undefined;
  if (before.type !== after.type) return 'đổi kiểu đoạn';
  if (before.type === 'item' && after.type === 'item') {
    if (before.level !== after.level) return 'đổi cấp';
    if (before.marker !== after.marker) return 'đổi cách đánh số';
    if (before.heading !== after.heading) return after.heading ? 'thành tiêu đề' : 'thôi là tiêu đề';
  }
  if (before.type === 'bullet' && after.type === 'bullet' && before.level !== after.level) return 'đổi cấp';
  return undefined;
}

interface Context {
  readonly names: { readonly old: PlaceNamer; readonly new: PlaceNamer };
  /** Versions of one plan (same plan id): their ids can be matched. */
  readonly sameIds: boolean;
}

function compareBody(oldPlan: PlanDocument, newPlan: PlanDocument, { names, sameIds }: Context) {
  const oldUnits = bodyUnits(oldPlan);
  const newUnits = bodyUnits(newPlan);
  const alignment = align(oldUnits, newUnits, sameIds);
  // Which new section each old one became, to tell a paragraph moved to another section.
  const sectionAfter = new Map<string, string>([[PREAMBLE_ID, PREAMBLE_ID]]);
  oldUnits.forEach((unit, i) => {
    const to = newUnits[alignment.newOf[i] ?? -1];
    if (unit.kind === 's' && to !== undefined) sectionAfter.set(unit.id, to.id);
  });
  const changes: PlanChange[] = [];
  const placeOf = (unit: BodyUnit, namer: PlaceNamer): string => (unit.kind === 's' ? namer.section(unit.id) : namer.block(unit.id));
  const targetOf = (unit: BodyUnit): ChangeTarget =>
    unit.kind === 's' ? { part: 'section', sectionId: unit.id } : { part: 'block', sectionId: unit.sectionId, blockId: unit.id };
  // A section added or removed whole is one change, not one per paragraph.
  const addedSections = new Set(newUnits.filter((u, j) => u.kind === 's' && alignment.oldOf[j] === -1).map((u) => u.id));
  const removedSections = new Set(oldUnits.filter((u, i) => u.kind === 's' && alignment.newOf[i] === -1).map((u) => u.id));
  newUnits.forEach((unit, j) => {
    const i = alignment.oldOf[j] ?? -1;
    const before = oldUnits[i];
    if (before === undefined) {
      if (unit.kind === 'b' && addedSections.has(unit.sectionId)) return;
      changes.push({ kind: 'added', target: targetOf(unit), place: placeOf(unit, names.new), before: '', after: unit.text });
      return;
    }
    const detail = blockDetail(before.block, unit.block);
    const sectionMoved = unit.kind === 'b' && sectionAfter.get(before.sectionId) !== unit.sectionId;
    if (alignment.moved.has(j) || sectionMoved) {
      changes.push({
        kind: 'moved',
        target: targetOf(unit),
        place: placeOf(unit, names.new),
        placeBefore: placeOf(before, names.old),
        ...changed(before.text, unit.text),
        ...(detail === undefined ? {} : { detail }),
      });
    } else if (before.text !== unit.text || detail !== undefined) {
      changes.push({
        kind: 'changed',
        target: targetOf(unit),
        place: placeOf(unit, names.new),
        ...changed(before.text, unit.text),
        ...(detail === undefined ? {} : { detail }),
      });
    }
  });
  oldUnits.forEach((unit, i) => {
    if (alignment.newOf[i] !== -1) return;
    if (unit.kind === 'b' && removedSections.has(unit.sectionId)) return;
    changes.push({ kind: 'removed', target: targetOf(unit), place: placeOf(unit, names.old), before: unit.text, after: '' });
  });
  return { changes, body: { old: oldUnits, new: newUnits, alignment } };
}

function compareRows(oldAppendix: Appendix, newAppendix: Appendix, { names, sameIds }: Context) {
  const alignment = align(rowUnits(oldAppendix), rowUnits(newAppendix), sameIds);
  const changes: PlanChange[] = [];
  const appendixId = newAppendix.id;
  const columnMatch = new Map(
    newAppendix.columns.map((c) => [
      c.id,
      (sameIds ? oldAppendix.columns.find((o) => o.id === c.id) : undefined) ?? oldAppendix.columns.find((o) => o.label === c.label),
    ]),
  );
  newAppendix.rows.forEach((row, j) => {
    const before = oldAppendix.rows[alignment.oldOf[j] ?? -1];
    const place = names.new.row(appendixId, row.id);
    if (before === undefined) {
      changes.push({
        kind: 'added',
        target: { part: 'row', appendixId, rowId: row.id },
        place,
        before: '',
        after: rowText(newAppendix, row),
      });
      return;
    }
    if (alignment.moved.has(j)) {
      changes.push({
        kind: 'moved',
        target: { part: 'row', appendixId, rowId: row.id },
        place,
        placeBefore: names.old.row(oldAppendix.id, before.id),
        before: rowText(oldAppendix, before),
        after: rowText(newAppendix, row),
      });
    }
    if (before.level !== row.level || before.kind !== row.kind) {
      const detail = before.kind !== row.kind ? (row.kind === 'group' ? 'thành dòng nhóm' : 'thôi là dòng nhóm') : 'đổi cấp';
      const text = rowText(newAppendix, row);
      changes.push({ kind: 'changed', target: { part: 'row', appendixId, rowId: row.id }, place, before: text, after: text, detail });
    }
    for (const column of newAppendix.columns) {
      const oldColumn = columnMatch.get(column.id);
      if (column.type === 'stt' || oldColumn === undefined) continue;
      const textBefore = cellText(cellOf(before, oldColumn.id));
      const textAfter = cellText(cellOf(row, column.id));
      if (textBefore === textAfter) continue;
      changes.push({
        kind: 'changed',
        target: { part: 'cell', appendixId, rowId: row.id, columnId: column.id },
        place: names.new.cell(appendixId, row.id, column.id),
        ...changed(textBefore, textAfter),
      });
    }
  });
  oldAppendix.rows.forEach((row, i) => {
    if (alignment.newOf[i] !== -1) return;
    changes.push({
      kind: 'removed',
      target: { part: 'row', appendixId: oldAppendix.id, rowId: row.id },
      place: names.old.row(oldAppendix.id, row.id),
      before: rowText(oldAppendix, row),
      after: '',
    });
  });
  for (const column of newAppendix.columns) {
    if (columnMatch.get(column.id) === undefined) {
      changes.push({
        kind: 'added',
        target: { part: 'column', appendixId, columnId: column.id },
        place: `${names.new.appendix(appendixId)}, cột ${column.label}`,
        before: '',
        after: column.label,
      });
    }
  }
  const matchedOld = new Set([...columnMatch.values()].map((c) => c?.id));
  for (const column of oldAppendix.columns) {
    if (!matchedOld.has(column.id)) {
      changes.push({
        kind: 'removed',
        target: { part: 'column', appendixId: oldAppendix.id, columnId: column.id },
        place: `${names.old.appendix(oldAppendix.id)}, cột ${column.label}`,
        before: column.label,
        after: '',
      });
    }
  }
  return { changes, alignment };
}

function compareAppendices(oldPlan: PlanDocument, newPlan: PlanDocument, context: Context) {
  const { names } = context;
  const alignment = align(appendixUnits(oldPlan), appendixUnits(newPlan), context.sameIds);
  const changes: PlanChange[] = [];
  const rows = new Map<string, Alignment>();
  newPlan.appendices.forEach((appendix, j) => {
    const before = oldPlan.appendices[alignment.oldOf[j] ?? -1];
    const place = names.new.appendix(appendix.id);
    if (before === undefined) {
      changes.push({ kind: 'added', target: { part: 'appendix', appendixId: appendix.id }, place, before: '', after: appendix.title });
      return;
    }
    if (alignment.moved.has(j)) {
      changes.push({
        kind: 'moved',
        target: { part: 'appendix', appendixId: appendix.id },
        place,
        placeBefore: names.old.appendix(before.id),
        before: before.title,
        after: appendix.title,
      });
    } else if (before.title !== appendix.title) {
      changes.push({
        kind: 'changed',
        target: { part: 'appendix', appendixId: appendix.id },
        place,
        ...changed(before.title, appendix.title),
      });
    }
    const result = compareRows(before, appendix, context);
    rows.set(appendix.id, result.alignment);
    changes.push(...result.changes);
  });
  oldPlan.appendices.forEach((appendix, i) => {
    if (alignment.newOf[i] === -1) {
      changes.push({
        kind: 'removed',
        target: { part: 'appendix', appendixId: appendix.id },
        place: names.old.appendix(appendix.id),
        before: appendix.title,
        after: '',
      });
    }
  });
  return { changes, appendices: alignment, rows };
}

function compareProperties(oldPlan: PlanDocument, newPlan: PlanDocument, { names }: Context): PlanChange[] {
  const properties = (plan: PlanDocument): Map<string, { path: readonly (string | number)[]; text: string }> =>
    new Map(
      planTexts(plan)
        .filter((u) => u.kind === 'field' && u.path[0] !== 'sections' && u.path[0] !== 'appendices')
        .map((u) => [u.path.join('.'), { path: u.path, text: u.text }]),
    );
  const before = properties(oldPlan);
  const after = properties(newPlan);
  const changes: PlanChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const textBefore = a?.text ?? '';
    const textAfter = b?.text ?? '';
    if (textBefore === textAfter) continue;
    const path = b?.path ?? a?.path ?? [];
    const kind: ChangeKind = textBefore === '' ? 'added' : textAfter === '' ? 'removed' : 'changed';
    changes.push({
      kind,
      target: { part: 'property', path },
      place: (b === undefined ? names.old : names.new).field(path),
      ...changed(textBefore, textAfter),
    });
  }
  return changes;
}

export function comparePlans(oldPlan: PlanDocument, newPlan: PlanDocument): PlanComparison {
  const context: Context = { names: { old: new PlaceNamer(oldPlan), new: new PlaceNamer(newPlan) }, sameIds: oldPlan.id === newPlan.id };
  const body = compareBody(oldPlan, newPlan, context);
  const appendices = compareAppendices(oldPlan, newPlan, context);
  return {
    changes: [...compareProperties(oldPlan, newPlan, context), ...body.changes, ...appendices.changes],
    body: body.body,
    appendices: appendices.appendices,
    rows: appendices.rows,
  };
}
