/**
 * The tasks a plan assigns: data rows of its task tables (with the organs named in the chủ trì and
 * phối hợp columns) and body paragraphs that give work to an organ ("Sở Kế hoạch và Đầu tư chủ
 * trì, phối hợp với …"), each with a stable id and its printed reference.
 */
import {
  isTaskRow,
  cellOf,
  appendixLabel,
  cellText,
  createCrossRefResolver,
  directoryForPlan,
  inlineText,
  nameTokens,
  type AgencyDirectory,
  type AgencyEntry,
  type Appendix,
  type Block,
  type CellValue,
  type PlanDocument,
  type Row,
} from '../model';
import { bodyRoles } from './body-roles';
import { bodyDeadline } from './deadlines';
import { blockReferences, planShortName, rowReferences } from './plan-reference';
import { agencyRole, isTaskTable, tableRoles } from './table-roles';

export type TaskSource = 'appendix' | 'body';

/** The group rows (or the section) a task sits under in its plan, outermost first. */
export interface TaskGroup {
  readonly id: string;
  readonly text: CellValue;
}

export interface PlanTask {
  /** "<appendix id>/<row id>" or "<section id>/<block id>": what trace links point at. */
  readonly itemId: string;
  readonly source: TaskSource;
  /** "điểm 2 mục I Phụ lục I Kế hoạch số 58-KH/TU" */
  readonly ref: string;
  readonly text: CellValue;
  readonly plainText: string;
  readonly deadline: string;
  readonly groups: readonly TaskGroup[];
  readonly leads: readonly AgencyEntry[];
  readonly cooperators: readonly AgencyEntry[];
  /** Agency cells of the row in which the directory recognizes no organ or phrase at all. */
  readonly unread: readonly string[];
  /** Where the task sits: appendix or section index, for grouping the child's table. */
  readonly container: { readonly kind: TaskSource; readonly index: number; readonly title: string };
}

function uniqueEntries(entries: readonly AgencyEntry[]): AgencyEntry[] {
  return [...new Set(entries)];
}

function appendixTasks(
  plan: PlanDocument,
  appendix: Appendix,
  index: number,
  directory: AgencyDirectory,
  context: string | undefined,
): PlanTask[] {
  const refs = rowReferences(appendix, index, plan.appendices.length);
  const short = planShortName(plan);
  const roles = tableRoles(appendix);
  const roleColumns = appendix.columns.map((c) => ({ id: c.id, role: agencyRole(c) }));
  const title = appendixLabel(appendix, index, plan.appendices.length);
  const groupText = (row: Row): CellValue =>
    cellOf(row, appendix.mainColumn) ?? (appendix.groupColumn === undefined ? '' : (cellOf(row, appendix.groupColumn) ?? ''));
  const tasks: PlanTask[] = [];
  const ancestors: Row[] = [];
  for (const row of appendix.rows) {
    while ((ancestors.at(-1)?.level ?? -1) >= row.level) ancestors.pop();
    if (isTaskRow(row)) {
      const cells = roleColumns.map((c) => {
        const written = cellText(cellOf(row, c.id)).trim();
        return { ...c, written, entries: directory.mentions(nameTokens(written), context).map((m) => m.entry) };
      });
      const mentionsFor = (role: 'lead' | 'cooperate'): AgencyEntry[] => cells.filter((c) => c.role === role).flatMap((c) => c.entries);
      // A row that proposes no task of its own still assigns the criterion in the main column.
      const text = (roles.task === null ? undefined : cellOf(row, roles.task)) ?? cellOf(row, appendix.mainColumn) ?? '';
      tasks.push({
        itemId: `${appendix.id}/${row.id}`,
        source: 'appendix',
        ref: `${refs.get(row.id) ?? ''} ${short}`,
        text,
        plainText: cellText(text),
        deadline: roles.deadline === null ? '' : cellText(cellOf(row, roles.deadline)),
        groups: ancestors.filter((a) => a.kind === 'group').map((a) => ({ id: `${appendix.id}/${a.id}`, text: groupText(a) })),
        leads: uniqueEntries(mentionsFor('lead')),
        cooperators: uniqueEntries(mentionsFor('cooperate')),
        unread: cells.filter((c) => c.role !== null && c.written !== '' && c.entries.length === 0).map((c) => c.written),
        container: { kind: 'appendix', index, title },
      });
    }
    ancestors.push(row);
  }
  return tasks;
}

/** A paragraph after an item, or a deeper item or bullet, carries on the same assignment. */
function continuesTask(first: Block, block: Block): boolean {
  switch (first.type) {
    case 'item':
      return block.type !== 'item' || block.level > first.level;
    case 'bullet':
      return block.type === 'bullet' && block.level > first.level;
    case 'paragraph':
      return false;
  }
}

/**
 * A body task is a block whose text names who does the work, with the paragraphs and bullets
 * that follow it without naming anyone new (they continue the same assignment).
 */
function bodyTasks(plan: PlanDocument, directory: AgencyDirectory, context: string | undefined): PlanTask[] {
  const resolve = createCrossRefResolver(plan);
  const short = planShortName(plan);
  const tasks: PlanTask[] = [];
  plan.sections.forEach((section, index) => {
    const refs = blockReferences(section.blocks, index);
    let current: { first: Block; texts: string[]; leads: AgencyEntry[]; cooperators: AgencyEntry[] } | null = null;
    const close = (): void => {
      if (current === null) return;
      const text = current.texts.join('\n');
      tasks.push({
        itemId: `${section.id}/${current.first.id}`,
        source: 'body',
        ref: `${refs.get(current.first.id) ?? ''} ${short}`,
        text,
        plainText: text,
        deadline: bodyDeadline(text),
        groups: [{ id: section.id, text: section.title }],
        leads: uniqueEntries(current.leads),
        cooperators: uniqueEntries(current.cooperators),
        unread: [],
        container: { kind: 'body', index, title: section.title },
      });
      current = null;
    };
    for (const block of section.blocks) {
      const text = inlineText(block.children, resolve);
      const roles = bodyRoles(text, directory, context);
      if (current !== null && roles.leads.length === 0 && continuesTask(current.first, block)) {
        current.texts.push(text);
        current.cooperators.push(...roles.cooperators);
        continue;
      }
      close();
      if (roles.leads.length > 0 || roles.cooperators.length > 0) {
        current = { first: block, texts: [text], leads: [...roles.leads], cooperators: [...roles.cooperators] };
      }
    }
    close();
  });
  return tasks;
}

/** Every task of the plan, appendix tables first (in order), then the body. */
export function planTasks(plan: PlanDocument, home: AgencyDirectory): PlanTask[] {
  // "Sở Tài chính" in a plan received from another province is that province's.
  const directory = directoryForPlan(home, plan);
  const issuer = directory.resolve(plan.meta.issuingOrgan.citation);
  const context = issuer.kind === 'organ' ? issuer.organ.id : undefined;
  return [
    ...plan.appendices.flatMap((appendix, index) =>
      isTaskTable(appendix) ? appendixTasks(plan, appendix, index, directory, context) : [],
    ),
    ...bodyTasks(plan, directory, context),
  ];
}
