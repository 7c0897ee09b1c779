/**
 * Every piece of text a user can find and replace in a plan, in reading order: the properties
 * (trích yếu, organs, căn cứ, signer, nơi nhận), the preamble and sections (titles and blocks),
 * then each appendix (title, column labels, cells row by row, notes). Ids, codes and dates are
 * not text and are left out.
 */
import { cellOf, cellText, PREAMBLE_ID, type PlanDocument } from '../model';
import type { PlanPath } from '../check';
import { flatInlineText } from './inline-splice';

export type TextUnit =
  /** A paragraph or item: `path` points at the block; its text is the flat inline text. */
  | { readonly kind: 'block'; readonly path: PlanPath; readonly containerId: string; readonly blockId: string; readonly text: string }
  /** An appendix cell: `path` points at the cell's string or runs, or at one agency of a list. */
  | {
      readonly kind: 'cell';
      readonly path: PlanPath;
      readonly appendixId: string;
      readonly rowId: string;
      readonly columnId: string;
      readonly text: string;
    }
  /** A plain string field: a title, a label, a property. */
  | { readonly kind: 'field'; readonly path: PlanPath; readonly text: string };

function field(path: PlanPath, text: string): TextUnit {
  return { kind: 'field', path, text };
}

function propertyTexts(plan: PlanDocument): TextUnit[] {
  const { meta } = plan;
  const out: TextUnit[] = [
    field(['meta', 'parentOrgan'], meta.parentOrgan),
    field(['meta', 'issuingOrgan', 'header'], meta.issuingOrgan.header),
    field(['meta', 'issuingOrgan', 'citation'], meta.issuingOrgan.citation),
    field(['meta', 'place'], meta.place),
    field(['meta', 'typeName'], meta.typeName),
    field(['meta', 'summary'], meta.summary),
    field(['meta', 'markings', 'circulation'], meta.markings.circulation),
    field(['meta', 'markings', 'draft'], meta.markings.draft),
  ];
  plan.basis.forEach((ref, i) => {
    for (const key of ['typeName', 'title', 'issuer', 'shortName'] as const) out.push(field(['basis', i, key], ref[key]));
  });
  plan.signer.authority.forEach((line, i) => out.push(field(['signer', 'authority', i, 'body'], line.body)));
  out.push(field(['signer', 'position'], plan.signer.position), field(['signer', 'name'], plan.signer.name));
  plan.recipients.forEach((entry, i) => {
    if ('names' in entry) entry.names.forEach((name, j) => out.push(field(['recipients', i, 'names', j], name)));
    else out.push(field(['recipients', i, 'name'], entry.name));
    if (entry.purpose !== undefined) out.push(field(['recipients', i, 'purpose'], entry.purpose));
  });
  out.push(field(['archive'], plan.archive));
  return out;
}

function bodyTexts(plan: PlanDocument): TextUnit[] {
  const out: TextUnit[] = plan.preamble.map((block, j) => ({
    kind: 'block',
    path: ['preamble', j],
    containerId: PREAMBLE_ID,
    blockId: block.id,
    text: flatInlineText(block.children),
  }));
  plan.sections.forEach((section, i) => {
    out.push(field(['sections', i, 'title'], section.title));
    section.blocks.forEach((block, j) => {
      out.push({
        kind: 'block',
        path: ['sections', i, 'blocks', j],
        containerId: section.id,
        blockId: block.id,
        text: flatInlineText(block.children),
      });
    });
  });
  return out;
}

function appendixTexts(plan: PlanDocument): TextUnit[] {
  const out: TextUnit[] = [];
  plan.appendices.forEach((appendix, a) => {
    out.push(field(['appendices', a, 'title'], appendix.title));
    appendix.columns.forEach((column, c) => out.push(field(['appendices', a, 'columns', c, 'label'], column.label)));
    appendix.rows.forEach((row, r) => {
      for (const column of appendix.columns) {
        const value = cellOf(row, column.id);
        if (value === undefined || column.type === 'stt') continue;
        const cell = { kind: 'cell', appendixId: appendix.id, rowId: row.id, columnId: column.id } as const;
        const path: PlanPath = ['appendices', a, 'rows', r, 'cells', column.id];
        // Each agency of a list on its own: a name may itself hold commas ("Các sở, ban, ngành").
        if (Array.isArray(value)) value.forEach((name: string, k) => out.push({ ...cell, path: [...path, k], text: name }));
        else out.push({ ...cell, path, text: cellText(value) });
      }
    });
    appendix.notes.forEach((note, n) => out.push(field(['appendices', a, 'notes', n], note)));
  });
  return out;
}

export function planTexts(plan: PlanDocument): TextUnit[] {
  return [...propertyTexts(plan), ...bodyTexts(plan), ...appendixTexts(plan)].filter((unit) => unit.text !== '');
}
