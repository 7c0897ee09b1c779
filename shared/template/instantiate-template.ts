/**
 * A new plan from a template: fresh ids everywhere (so two plans from one template never share
 * ids), cross-references re-pointed, the number left blank and the date set to this month with the
 * day blank, as the văn thư fills them at signing.
 */
import type { Block, Inline, PlanDocument } from '../model';
import { followDate } from '../model/ops';
import type { Template } from './template.schema';

export interface InstantiateOptions {
  readonly newId: () => string;
  readonly now: Date;
}

export function instantiateTemplate(template: Template, { newId, now }: InstantiateOptions): PlanDocument {
  const source = template.document;
  const ids = new Map<string, string>();
  const remap = (id: string): string => {
    const existing = ids.get(id);
    if (existing !== undefined) return existing;
    const fresh = newId();
    ids.set(id, fresh);
    return fresh;
  };
  // Appendix and row ids first, so cross-references in the body find them.
  const appendices = source.appendices.map((appendix) => ({
    ...appendix,
    id: remap(appendix.id),
    rows: appendix.rows.map((row) => ({ ...row, id: remap(`${appendix.id}/${row.id}`) })),
  }));
  const rowKey = (appendixId: string, rowId: string): string => `${appendixId}/${rowId}`;
  const remapInline = (node: Inline): Inline =>
    'type' in node
      ? {
          ...node,
          appendixId: remap(node.appendixId),
          ...(node.rowId === undefined ? {} : { rowId: remap(rowKey(node.appendixId, node.rowId)) }),
        }
      : node;
  const remapBlock = (block: Block): Block => ({
    ...block,
    id: remap(block.id),
    children: block.children.map(remapInline),
  });
  return followDate({
    ...source,
    id: newId(),
    templateId: template.id,
    meta: {
      ...source.meta,
      number: '',
      date: { year: now.getFullYear(), month: now.getMonth() + 1, day: null },
    },
    preamble: source.preamble.map(remapBlock),
    sections: source.sections.map((section) => ({
      ...section,
      id: remap(section.id),
      blocks: section.blocks.map(remapBlock),
    })),
    appendices,
    basis: source.basis.map((ref) => ({ ...ref, id: remap(ref.id) })),
  });
}
