/**
 * Where a checker finding sends the user: the model path of the finding, read against the plan
 * that was checked, becomes a place named by ids (a section's text range, a grid cell, a panel
 * field, an appendix setting), so it stays right while the user keeps editing.
 */
import type { Range } from 'slate';
import type { PlanPath } from '../../shared/check';
import { childAt, isCrossRef, type Block, type PlanDocument } from '../../shared/model';
import { PREAMBLE_ID, type Focus } from '../state/focus';

/** A setting of an appendix shown beside its grid: its title or a column's label (by position). */
export type AppendixSetting = { readonly kind: 'title' } | { readonly kind: 'column'; readonly index: number };

export type Place =
  /** A place the editor, the grid or the properties panel restores from a focus request. */
  | { readonly kind: 'focus'; readonly focus: Focus }
  | { readonly kind: 'section-title'; readonly sectionId: string }
  | { readonly kind: 'appendix'; readonly appendixId: string; readonly setting?: AppendixSetting };

/**
 * The properties panel's key of the field a path is in ("meta:symbol", "meta:basis.<id>.symbol",
 * "meta:signer.authority.0"): the panel shows a finding under the field with that key.
 */
export function propertyField(plan: PlanDocument, path: PlanPath): string | null {
  const [head, second, third] = path;
  switch (head) {
    case 'meta':
      if (second === 'issuingOrgan') return third === 'header' ? 'meta:header' : 'meta:citation';
      return typeof second === 'string' ? `meta:${second}` : null;
    case 'basis': {
      const ref = typeof second === 'number' ? plan.basis[second] : undefined;
      if (ref === undefined) return null;
      return typeof third === 'string' ? `meta:basis.${ref.id}.${third}` : `meta:basis.${ref.id}`;
    }
    case 'signer':
      if (second === 'authority' && typeof third === 'number') return `meta:signer.authority.${third}`;
      return typeof second === 'string' ? `meta:signer.${second}` : 'meta:signer';
    case 'recipients':
      return typeof second === 'number' ? `meta:recipients.${second}` : 'meta:recipients';
    case 'archive':
      return 'meta:archive';
    case 'sectionNumbering':
      return 'meta:sectionNumbering';
    case undefined:
    default:
      return null;
  }
}

/**
 * The panel field to put the caret in, which can be finer than the field a finding is shown under:
 * the "Hình thức" select of an authority line, one marking, one name of a recipients group.
 */
function fieldToFocus(plan: PlanDocument, path: PlanPath): string | null {
  const [head, second, third, fourth] = path;
  if (head === 'meta' && second === 'markings' && typeof third === 'string') return `meta:markings.${third}`;
  if (head === 'signer' && second === 'authority' && typeof third === 'number' && fourth === 'kind')
    return `meta:signer.authority.${third}.kind`;
  // The signature block as a whole (a "…" somewhere in it): the name is what a template leaves open.
  if (head === 'signer' && second === undefined) return 'meta:signer.name';
  if (head === 'recipients') {
    if (typeof second !== 'number') return 'meta:recipients.new';
    const entry = plan.recipients[second];
    if (entry === undefined) return 'meta:recipients.new';
    if (third === 'purpose') return `meta:recipients.${second}.purpose`;
    if ('names' in entry) return `meta:recipients.${second}.name.${typeof fourth === 'number' ? fourth : 0}`;
    return `meta:recipients.${second}.name`;
  }
  if (head === 'profile') return 'meta:profile';
  // A căn cứ as a whole: its card, whose title button is there whether the card is open or not.
  if (head === 'basis' && third === undefined && typeof second === 'number') {
    const ref = plan.basis[second];
    return ref === undefined ? 'meta:basis' : `meta:basis.${ref.id}.title`;
  }
  return propertyField(plan, path);
}

function textFocus(containerId: string, selection: Range): Place {
  return { kind: 'focus', focus: { kind: 'text', containerId, selection } };
}

/** The text a path points at in a body container: a leaf, an inline, a whole block, or its start. */
function bodyPlace(blocks: readonly Block[], containerId: string, rest: PlanPath): Place {
  const [blockIndex, children, childIndex] = rest;
  const block = typeof blockIndex === 'number' ? blocks[blockIndex] : undefined;
  if (block === undefined || typeof blockIndex !== 'number') {
    return textFocus(containerId, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } });
  }
  const child = children === 'children' && typeof childIndex === 'number' ? block.children[childIndex] : undefined;
  if (child !== undefined && typeof childIndex === 'number') {
    const path = isCrossRef(child) ? [blockIndex, childIndex, 0] : [blockIndex, childIndex];
    const length = isCrossRef(child) ? 0 : child.text.length;
    return textFocus(containerId, { anchor: { path, offset: 0 }, focus: { path, offset: length } });
  }
  const lastIndex = block.children.length - 1;
  const last = block.children[lastIndex];
  const end =
    last === undefined || isCrossRef(last)
      ? { path: [blockIndex, Math.max(0, lastIndex), ...(last === undefined ? [] : [0])], offset: 0 }
      : { path: [blockIndex, lastIndex], offset: last.text.length };
  return textFocus(containerId, { anchor: { path: [blockIndex, 0], offset: 0 }, focus: end });
}

function appendixPlace(plan: PlanDocument, rest: PlanPath): Place | null {
  const [index, part, partIndex, cells, columnId] = rest;
  const appendix = typeof index === 'number' ? plan.appendices[index] : undefined;
  if (appendix === undefined) return null;
  if (part === 'title') return { kind: 'appendix', appendixId: appendix.id, setting: { kind: 'title' } };
  if (part === 'columns' && typeof partIndex === 'number')
    return { kind: 'appendix', appendixId: appendix.id, setting: { kind: 'column', index: partIndex } };
  const row = part === 'rows' && typeof partIndex === 'number' ? appendix.rows[partIndex] : undefined;
  if (row === undefined) return { kind: 'appendix', appendixId: appendix.id };
  const column =
    cells === 'cells' && typeof columnId === 'string' && appendix.columns.some((c) => c.id === columnId) ? columnId : appendix.mainColumn;
  return { kind: 'focus', focus: { kind: 'cell', appendixId: appendix.id, rowId: row.id, columnId: column } };
}

/** Null for the few paths that name nothing a user edits (ids, the template's id). */
export function placeOf(plan: PlanDocument, path: PlanPath): Place | null {
  const [head, second, third] = path;
  if (head === 'preamble') return bodyPlace(plan.preamble, PREAMBLE_ID, path.slice(1));
  if (head === 'sections') {
    const section = typeof second === 'number' ? plan.sections[second] : undefined;
    if (section === undefined) return null;
    if (third === 'title') return { kind: 'section-title', sectionId: section.id };
    return bodyPlace(section.blocks, section.id, third === 'blocks' ? path.slice(3) : []);
  }
  if (head === 'appendices') return appendixPlace(plan, path.slice(1));
  const field = fieldToFocus(plan, path);
  return field === null ? null : { kind: 'focus', focus: { kind: 'field', field } };
}

/**
 * The path with each index into a list of things that have ids replaced by the id ("sections.#s2.
 * blocks.#b7.children.0.text"): the same spot before and after the user inserts or moves things.
 */
export function stablePath(plan: PlanDocument, path: PlanPath): string {
  let node: unknown = plan;
  return path
    .map((key) => {
      const next = childAt(node, key);
      node = next;
      const id = next !== null && typeof next === 'object' && 'id' in next && typeof next.id === 'string' ? next.id : null;
      return typeof key === 'number' && id !== null ? `#${id}` : String(key);
    })
    .join('.');
}
