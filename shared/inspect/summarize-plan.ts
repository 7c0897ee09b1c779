/**
 * The `inspect --json` summary (DESIGN.md §4): what a plan is, who issued it, its outline and its
 * appendices, computed from the model exactly as the renderers number it.
 */
import { authorityLines, formatCitation, getProfile, positionLine } from '../format';
import {
  isTaskRow,
  appendixNumber,
  createCrossRefResolver,
  inlineText,
  numberItems,
  oneLine,
  sectionNumber,
  toIsoDate,
  type Block,
  type CrossRefResolver,
  type PlanDocument,
  type System,
} from '../model';

export interface OutlineNode {
  number: string;
  title: string;
  children: OutlineNode[];
}

export interface AppendixSummary {
  number: string;
  title: string;
  orientation: 'portrait' | 'landscape';
  columns: string[];
  groups: number;
  rows: number;
}

export interface PlanSummary {
  system: System;
  docType: string;
  title: string;
  summary: string;
  issuer: string;
  number: string;
  symbol: string;
  date: string;
  basis: string[];
  sections: OutlineNode[];
  appendices: AppendixSummary[];
  signer: { authority: string; position: string; name: string };
  recipients: number;
}

/** Numbered items as a tree by level; bullets and plain paragraphs are not part of the outline. */
function itemTree(blocks: readonly Block[], resolve: CrossRefResolver): OutlineNode[] {
  const numbers = numberItems(blocks);
  const roots: OutlineNode[] = [];
  const stack: { level: number; node: OutlineNode }[] = [];
  for (const block of blocks) {
    if (block.type !== 'item') continue;
    const node: OutlineNode = {
      number: numbers.get(block.id)?.number ?? '',
      title: inlineText(block.children, resolve).trim(),
      children: [],
    };
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= block.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent === undefined ? roots : parent.node.children).push(node);
    stack.push({ level: block.level, node });
  }
  return roots;
}

export function summarizePlan(plan: PlanDocument): PlanSummary {
  const profile = getProfile(plan.profile);
  const resolve = createCrossRefResolver(plan);
  const recipients = plan.recipients.reduce((n, entry) => n + ('names' in entry ? entry.names.length : 1), 0);
  return {
    system: profile.system,
    docType: plan.meta.docType,
    title: oneLine(plan.meta.typeName),
    summary: oneLine(plan.meta.summary),
    issuer: oneLine(plan.meta.issuingOrgan.header),
    number: plan.meta.number,
    symbol: plan.meta.symbol,
    date: toIsoDate(plan.meta.date),
    basis: plan.basis.map((ref) => formatCitation(ref, profile)),
    sections: plan.sections.map((section, i) => ({
      number: sectionNumber(i),
      title: oneLine(section.title),
      children: itemTree(section.blocks, resolve),
    })),
    appendices: plan.appendices.map((appendix, i) => ({
      number: appendixNumber(appendix, i, plan.appendices.length),
      title: oneLine(appendix.title),
      orientation: appendix.orientation,
      columns: appendix.columns.map((c) => c.label),
      groups: appendix.rows.filter((r) => r.kind === 'group').length,
      rows: appendix.rows.filter(isTaskRow).length,
    })),
    signer: {
      authority: authorityLines(plan.signer, profile).join(' '),
      position: positionLine(plan.signer, profile),
      name: plan.signer.name,
    },
    // The nơi nhận lines, the archive line included, as a reader counts them.
    recipients: recipients + (plan.archive === '' ? 0 : 1),
  };
}
