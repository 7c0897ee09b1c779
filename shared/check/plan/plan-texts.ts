/**
 * The prose of a plan with the model path of each piece: where a drafter types dates, references
 * and abbreviations. Cross-reference text is computed, so it is left out.
 */
import { isCrossRef, type Block, type CellValue, type PlanDocument } from '../../model';
import type { PlanPath } from '../finding';
import type { Fix } from '../fix';

export interface TextField {
  readonly path: PlanPath;
  readonly text: string;
}

function blockFields(blocks: readonly Block[], base: PlanPath): TextField[] {
  return blocks.flatMap((block, b) =>
    block.children.flatMap((node, k): TextField[] =>
      isCrossRef(node) ? [] : [{ path: [...base, b, 'children', k, 'text'], text: node.text }],
    ),
  );
}

function cellFields(value: CellValue, base: PlanPath): TextField[] {
  if (typeof value === 'string') return [{ path: base, text: value }];
  if (Array.isArray(value)) return value.map((text, i) => ({ path: [...base, i], text }));
  return value.runs.map((run, i) => ({ path: [...base, 'runs', i, 'text'], text: run.text }));
}

/** Text of the body only: the preamble and the sections' blocks. */
export function bodyFields(plan: PlanDocument): TextField[] {
  return [
    ...blockFields(plan.preamble, ['preamble']),
    ...plan.sections.flatMap((section, s) => blockFields(section.blocks, ['sections', s, 'blocks'])),
  ];
}

/** Every cell of every appendix, with the column it is in. */
export function cellEntries(plan: PlanDocument): (TextField & { readonly columnId: string })[] {
  return plan.appendices.flatMap((appendix, a) =>
    appendix.rows.flatMap((row, r) =>
      Object.entries(row.cells).flatMap(([columnId, value]) =>
        cellFields(value, ['appendices', a, 'rows', r, 'cells', columnId]).map((field) => ({ ...field, columnId })),
      ),
    ),
  );
}

/** The cells of the "chủ trì" / "phối hợp" columns: where a plan names who does the work. */
export function agencyCells(plan: PlanDocument): TextField[] {
  const agencyColumns = new Set(
    plan.appendices.flatMap((a) => a.columns.filter((c) => c.type === 'agency' || c.type === 'agencies').map((c) => c.id)),
  );
  return cellEntries(plan).filter((cell) => agencyColumns.has(cell.columnId));
}

/** The names in a list of agencies, one per line or ";"; a template's "…" slot is not a name. */
export function agencyNamesIn(text: string): string[] {
  return text
    .split(/[;\n]/u)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.includes('…'));
}

/** All the prose a drafter types: trích yếu, căn cứ, body, appendix titles, cells and notes. */
export function proseFields(plan: PlanDocument): TextField[] {
  return [
    { path: ['meta', 'summary'], text: plan.meta.summary },
    ...plan.basis.map((ref, i) => ({ path: ['basis', i, 'title'], text: ref.title })),
    ...bodyFields(plan),
    ...plan.appendices.flatMap((appendix, a): TextField[] => [
      { path: ['appendices', a, 'title'], text: appendix.title },
      ...(appendix.refLine === undefined ? [] : [{ path: ['appendices', a, 'refLine'], text: appendix.refLine }]),
      ...appendix.notes.map((text, n) => ({ path: ['appendices', a, 'notes', n], text })),
    ]),
    ...cellEntries(plan),
  ];
}

export function setText(path: PlanPath, text: string, label: string): Fix {
  return { kind: 'set-field', path, value: text, label };
}
