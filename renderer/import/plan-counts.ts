/**
 * What the import report counts, counted on the plan the dialog will create: the same figures as
 * the importer's for a text, PDF or Word file, figures at all for our own DOCX (read from its
 * embedded model, where the importer counts nothing), and lines the clerk placed included.
 */
import type { Block, PlanDocument } from '../../shared/model';
import { isTaskRow, appendixLabel } from '../../shared/model';

export interface AppendixCount {
  readonly id: string;
  readonly label: string;
  readonly groupRows: number;
  readonly dataRows: number;
}

export interface PlanCounts {
  readonly sections: number;
  readonly items: number;
  readonly bullets: number;
  readonly paragraphs: number;
  readonly references: number;
  readonly appendices: readonly AppendixCount[];
  readonly groupRows: number;
  readonly dataRows: number;
  /** Nơi nhận lines, the archive line ("Lưu: VT") included, as the importer counts them. */
  readonly recipients: number;
  readonly signer: boolean;
}

const countOf = (blocks: readonly Block[], type: Block['type']): number => blocks.filter((b) => b.type === type).length;

export function planCounts(plan: PlanDocument): PlanCounts {
  const blocks = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)];
  const appendices = plan.appendices.map((appendix, index) => ({
    id: appendix.id,
    label: appendixLabel(appendix, index, plan.appendices.length),
    groupRows: appendix.rows.filter((r) => r.kind === 'group').length,
    dataRows: appendix.rows.filter(isTaskRow).length,
  }));
  return {
    sections: plan.sections.length,
    items: countOf(blocks, 'item'),
    bullets: countOf(blocks, 'bullet'),
    paragraphs: countOf(blocks, 'paragraph'),
    references: plan.basis.length,
    appendices,
    groupRows: appendices.reduce((n, a) => n + a.groupRows, 0),
    dataRows: appendices.reduce((n, a) => n + a.dataRows, 0),
    recipients: plan.recipients.reduce((n, entry) => n + ('names' in entry ? entry.names.length : 1), 0) + (plan.archive === '' ? 0 : 1),
    signer: plan.signer.name !== '' || plan.signer.position !== '',
  };
}
