/**
 * The comparison as a redline: the new plan laid out as for export, with what the old one had and
 * the new one lacks put back as deleted text, paragraphs and table rows, and what is new marked
 * inserted (w:del / w:ins once drawn as DOCX), so Word and LibreOffice show each change as a
 * revision to accept or reject. A moved paragraph or row shows deleted at its old place and
 * inserted at its new one; a reworded one shows the words that changed.
 */
import { diffArrays } from 'diff';
import type { PlanDocument } from '../model';
import {
  buildLayout,
  type LayoutBlock,
  type LayoutCell,
  type LayoutDocument,
  type LayoutParagraph,
  type LayoutRow,
  type LayoutRun,
  type LayoutSection,
  type LayoutTable,
  type Revision,
} from '../render/layout';
import type { MergedEntry } from './align';
import type { PlanComparison } from './compare-plans';
import { tokenize } from './word-diff';

function markRun(run: LayoutRun, revision: Revision): LayoutRun {
  return { ...run, revision };
}

function markParagraph(p: LayoutParagraph, revision: Revision): LayoutParagraph {
  return { ...p, revision, runs: p.runs.map((r) => markRun(r, revision)) };
}

function markCell(cell: LayoutCell, revision: Revision): LayoutCell {
  return { ...cell, blocks: cell.blocks.map((b) => markBlock(b, revision)) };
}

function markBlock(block: LayoutBlock, revision: Revision): LayoutBlock {
  if (block.kind === 'paragraph') return markParagraph(block, revision);
  if (block.kind === 'table') return { ...block, rows: block.rows.map((row) => markRow(row, revision)) };
  return block;
}

function markRow(row: LayoutRow, revision: Revision): LayoutRow {
  return { ...row, revision, cells: row.cells.map((c) => markCell(c, revision)) };
}

function textOf(p: LayoutParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

interface Token {
  readonly text: string;
  readonly run: LayoutRun;
}

function tokens(runs: readonly LayoutRun[]): Token[] {
  return runs.flatMap((run) => tokenize(run.text).map((text) => ({ text, run })));
}

function sameFormat(a: LayoutRun, b: LayoutRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.revision === b.revision;
}

/** The new runs with the words the old ones had and the new lack put back as deleted text. */
export function diffRuns(before: readonly LayoutRun[], after: readonly LayoutRun[]): LayoutRun[] {
  const out: LayoutRun[] = [];
  const push = (token: Token, revision: Revision | undefined): void => {
    const plain: LayoutRun = { text: token.text, bold: token.run.bold, italic: token.run.italic, underline: token.run.underline };
    const run: LayoutRun = revision === undefined ? plain : { ...plain, revision };
    const last = out[out.length - 1];
    if (last !== undefined && sameFormat(last, run)) out[out.length - 1] = { ...last, text: last.text + token.text };
    else out.push(run);
  };
  const oldTokens = tokens(before);
  const newTokens = tokens(after);
  let i = 0;
  let j = 0;
  for (const part of diffArrays(
    oldTokens.map((t) => t.text),
    newTokens.map((t) => t.text),
  )) {
    for (let k = 0; k < part.value.length; k++) {
      if (part.removed) push(oldTokens[i++] as Token, 'del');
      else if (part.added) push(newTokens[j++] as Token, 'ins');
      else {
        i++;
        push(newTokens[j++] as Token, undefined);
      }
    }
  }
  return out;
}

function diffParagraph(before: LayoutParagraph, after: LayoutParagraph): LayoutParagraph {
  return textOf(before) === textOf(after) ? after : { ...after, runs: diffRuns(before.runs, after.runs) };
}

/** Blocks paired by position: each pair's words compared, the extra ones marked. */
function diffBlockLists(before: readonly LayoutBlock[], after: readonly LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  const length = Math.max(before.length, after.length);
  for (let k = 0; k < length; k++) {
    const a = before[k];
    const b = after[k];
    if (a?.kind === 'paragraph' && b?.kind === 'paragraph') out.push(diffParagraph(a, b));
    else {
      if (a !== undefined && b === undefined) out.push(markBlock(a, 'del'));
      if (b !== undefined) out.push(b);
    }
  }
  return out;
}

function diffRow(before: LayoutRow, after: LayoutRow): LayoutRow {
  if (before.cells.length !== after.cells.length) return after;
  return {
    ...after,
    cells: after.cells.map((cell, c) => ({ ...cell, blocks: diffBlockLists(before.cells.at(c)?.blocks ?? [], cell.blocks) })),
  };
}

/** The merged sequence drawn: kept items compared, the others marked; items without a layout skipped. */
function mergeKeyed<T>(
  merged: readonly MergedEntry[],
  oldItems: ReadonlyMap<string, T>,
  newItems: ReadonlyMap<string, T>,
  oldKey: (index: number) => string,
  newKey: (index: number) => string,
  mark: (item: T, revision: Revision) => T,
  diff: (before: T, after: T) => T,
): T[] {
  const out: T[] = [];
  for (const entry of merged) {
    const before = 'oldIndex' in entry ? oldItems.get(oldKey(entry.oldIndex)) : undefined;
    const after = 'newIndex' in entry ? newItems.get(newKey(entry.newIndex)) : undefined;
    switch (entry.kind) {
      case 'kept':
        if (after !== undefined) out.push(before === undefined ? after : diff(before, after));
        break;
      case 'added':
      case 'moved-to':
        if (after !== undefined) out.push(mark(after, 'ins'));
        break;
      case 'removed':
      case 'moved-from':
        if (before !== undefined) out.push(mark(before, 'del'));
        break;
    }
  }
  return out;
}

function keyedParagraphs(blocks: readonly LayoutBlock[]): Map<string, LayoutParagraph> {
  const map = new Map<string, LayoutParagraph>();
  for (const b of blocks) if (b.kind === 'paragraph' && b.key !== undefined) map.set(b.key, b);
  return map;
}

function bodySection(oldBody: LayoutSection, newBody: LayoutSection, comparison: PlanComparison): LayoutSection {
  const { body } = comparison;
  const keyOf = (units: typeof body.old) => (index: number) => {
    const unit = units[index];
    return unit === undefined ? '' : `${unit.kind}:${unit.id}`;
  };
  const merged = mergeKeyed(
    body.alignment.merged,
    keyedParagraphs(oldBody.blocks),
    keyedParagraphs(newBody.blocks),
    keyOf(body.old),
    keyOf(body.new),
    markParagraph,
    diffParagraph,
  );
  const isKeyed = (b: LayoutBlock): boolean => b.kind === 'paragraph' && b.key !== undefined;
  const first = newBody.blocks.findIndex(isKeyed);
  const last = newBody.blocks.length - 1 - [...newBody.blocks].reverse().findIndex(isKeyed);
  const oldFirst = oldBody.blocks.findIndex(isKeyed);
  const oldLast = oldBody.blocks.length - 1 - [...oldBody.blocks].reverse().findIndex(isKeyed);
  if (first === -1 || oldFirst === -1) return newBody;
  // The header, title and signature around the body text: compared block by block.
  const head = diffBlockLists(oldBody.blocks.slice(0, oldFirst), newBody.blocks.slice(0, first));
  const tail = diffBlockLists(oldBody.blocks.slice(oldLast + 1), newBody.blocks.slice(last + 1));
  return { ...newBody, blocks: [...head, ...merged, ...tail] };
}

function appendixTable(section: LayoutSection): LayoutTable | undefined {
  return section.blocks.find((b): b is LayoutTable => b.kind === 'table' && b.role === 'appendix');
}

function keyedRows(table: LayoutTable | undefined): Map<string, LayoutRow> {
  const map = new Map<string, LayoutRow>();
  for (const row of table?.rows ?? []) if (row.key !== undefined) map.set(row.key, row);
  return map;
}

function appendixSection(
  oldSection: LayoutSection,
  newSection: LayoutSection,
  oldPlan: PlanDocument,
  newPlan: PlanDocument,
  oldIndex: number,
  newIndex: number,
  comparison: PlanComparison,
): LayoutSection {
  const oldAppendix = oldPlan.appendices[oldIndex];
  const newAppendix = newPlan.appendices[newIndex];
  const alignment = newAppendix === undefined ? undefined : comparison.rows.get(newAppendix.id);
  const oldTable = appendixTable(oldSection);
  const newTable = appendixTable(newSection);
  if (oldAppendix === undefined || newAppendix === undefined || alignment === undefined || newTable === undefined) return newSection;
  const rows = mergeKeyed(
    alignment.merged,
    keyedRows(oldTable),
    keyedRows(newTable),
    (i) => `r:${oldAppendix.id}/${oldAppendix.rows[i]?.id ?? ''}`,
    (j) => `r:${newAppendix.id}/${newAppendix.rows[j]?.id ?? ''}`,
    markRow,
    diffRow,
  );
  const table: LayoutTable = { ...newTable, rows: [...newTable.rows.filter((r) => r.key === undefined), ...rows] };
  const others = (section: LayoutSection) => section.blocks.filter((b) => !(b.kind === 'table' && b.role === 'appendix'));
  const heading = diffBlockLists(others(oldSection), others(newSection));
  const at = newSection.blocks.indexOf(newTable);
  const before = heading.slice(0, at);
  return { ...newSection, blocks: [...before, table, ...heading.slice(at)] };
}

function markSection(section: LayoutSection, revision: Revision): LayoutSection {
  return { ...section, blocks: section.blocks.map((b) => markBlock(b, revision)) };
}

/** The redline of two versions: the new plan's layout carrying the changes as revisions. */
export function redlineLayout(oldPlan: PlanDocument, newPlan: PlanDocument, comparison: PlanComparison): LayoutDocument {
  const oldLayout = buildLayout(oldPlan);
  const newLayout = buildLayout(newPlan);
  const [oldBody, ...oldAppendices] = oldLayout.sections;
  const [newBody, ...newAppendices] = newLayout.sections;
  if (oldBody === undefined || newBody === undefined) return newLayout;
  const sections: LayoutSection[] = [bodySection(oldBody, newBody, comparison)];
  for (const entry of comparison.appendices.merged) {
    const oldSection = 'oldIndex' in entry ? oldAppendices[entry.oldIndex] : undefined;
    const newSection = 'newIndex' in entry ? newAppendices[entry.newIndex] : undefined;
    if (entry.kind === 'kept' && oldSection !== undefined && newSection !== undefined) {
      sections.push(appendixSection(oldSection, newSection, oldPlan, newPlan, entry.oldIndex, entry.newIndex, comparison));
    } else if ((entry.kind === 'added' || entry.kind === 'moved-to') && newSection !== undefined)
      sections.push(markSection(newSection, 'ins'));
    else if ((entry.kind === 'removed' || entry.kind === 'moved-from') && oldSection !== undefined)
      sections.push(markSection(oldSection, 'del'));
  }
  return { ...newLayout, sections };
}
