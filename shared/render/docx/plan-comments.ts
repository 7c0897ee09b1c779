/**
 * The plan's comments as Word comments: each comment's passage is cut out of the runs the layout
 * drew for its place (a paragraph by its block or section key, a cell by its row key and column)
 * and numbered, its replies get numbers of their own on the same passage with the comment as their
 * parent (Word's threads), and the comments part carries author, time, text and resolved state.
 * Records of tracked changes the clerk already decided are not comments and are not written.
 */
import { Paragraph, TextRun } from 'docx';
import { createCrossRefResolver, findPassage, inlineText, type CommentAnchor, type PlanComment, type PlanDocument } from '../../model';
import type { LayoutBlock, LayoutDocument, LayoutParagraph, LayoutRun, LayoutTable } from '../layout';
import type { DocxComment } from './docx-document';

function printed(paragraph: LayoutParagraph): string {
  return paragraph.runs.map((r) => r.text).join('');
}

function anchorKey(anchor: CommentAnchor): string {
  switch (anchor.part) {
    case 'block':
      return `b:${anchor.blockId}`;
    case 'section':
      return `s:${anchor.sectionId}`;
    case 'row':
      return `r:${anchor.appendixId}/${anchor.rowId}`;
    case 'cell':
      return `c:${anchor.appendixId}/${anchor.rowId}/${anchor.columnId}`;
    case 'document':
      return 'd';
  }
}

/** Every keyed paragraph of the layout (and each appendix cell's first paragraph), by anchor key. */
function spots(plan: PlanDocument, layout: LayoutDocument): Map<string, LayoutParagraph> {
  const out = new Map<string, LayoutParagraph>();
  const visit = (block: LayoutBlock, appendixId: string | undefined): void => {
    if (block.kind === 'paragraph') {
      if (block.key !== undefined) out.set(block.key, block);
      if (!out.has('d') && block.runs.length > 0) out.set('d', block);
      return;
    }
    if (block.kind !== 'table') return;
    const appendix = plan.appendices.find((a) => a.id === appendixId);
    for (const row of block.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const columnId = appendix?.columns[column]?.id;
        column += cell.colSpan ?? 1;
        const first = cell.blocks[0];
        if (row.key !== undefined && columnId !== undefined && first?.kind === 'paragraph' && block.role === 'appendix') {
          const key = `c:${row.key.slice(2)}/${columnId}`;
          out.set(key, first);
          if (columnId === appendix?.mainColumn) out.set(row.key, first);
        }
        for (const inner of cell.blocks) if (inner.kind === 'table') visit(inner, appendixId);
      }
    }
  };
  layout.sections.forEach((section, s) => {
    for (const block of section.blocks) visit(block, s === 0 ? undefined : plan.appendices[s - 1]?.id);
  });
  return out;
}

/** The runs with `ids` added to those between `from` and `to`, split where the range cuts one. */
function markRuns(runs: readonly LayoutRun[], from: number, to: number, ids: readonly number[]): LayoutRun[] {
  if (runs.length === 0) return [{ text: '', comments: ids }];
  const out: LayoutRun[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    const cuts = [at, Math.min(Math.max(from, at), end), Math.min(Math.max(to, at), end), end];
    for (let i = 0; i < 3; i++) {
      const [a = 0, b = 0] = [cuts[i], cuts[i + 1]];
      if (b <= a && !(i === 1 && run.text === '')) continue;
      const text = run.text.slice(a - at, b - at);
      out.push(i === 1 ? { ...run, text, comments: [...(run.comments ?? []), ...ids] } : { ...run, text });
    }
    at = end;
  }
  return out;
}

function commentBody(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

function when(date: string): { date?: Date } {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? {} : { date: parsed };
}

function initials(author: string): string {
  return author
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi'))
    .join('')
    .slice(0, 9);
}

/** The layout with the plan's comments anchored in its runs, and the comments part to write. */
export function layoutWithComments(plan: PlanDocument, layout: LayoutDocument): { layout: LayoutDocument; comments: DocxComment[] } {
  const open = plan.comments.filter((c) => c.change === undefined);
  if (open.length === 0) return { layout, comments: [] };
  const resolve = createCrossRefResolver(plan);
  const blocks = new Map([...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].map((b) => [b.id, b]));
  const found = spots(plan, layout);
  const marks = new Map<LayoutParagraph, { from: number; to: number; ids: number[] }[]>();
  const comments: DocxComment[] = [];
  let serial = 0;
  const place = (comment: PlanComment): void => {
    const paragraph = found.get(anchorKey(comment.anchor)) ?? found.get('d');
    if (paragraph === undefined) return;
    const text = printed(paragraph);
    let range = { from: 0, to: text.length };
    if (comment.anchor.part === 'block') {
      const model = inlineText(blocks.get(comment.anchor.blockId)?.children ?? [], resolve);
      const prefix = Math.max(0, text.indexOf(model));
      const passage = findPassage(model, comment.quote, comment.anchor.start, comment.anchor.end);
      range = { from: prefix + passage.start, to: prefix + passage.end };
    }
    if (range.to <= range.from) range = { from: 0, to: text.length };
    const id = serial++;
    const ids = [id, ...comment.replies.map(() => serial++)];
    marks.set(paragraph, [...(marks.get(paragraph) ?? []), { ...range, ids }]);
    comments.push({
      id,
      author: comment.author,
      initials: initials(comment.author),
      ...when(comment.date),
      children: commentBody(comment.text),
      resolved: comment.resolved,
    });
    comment.replies.forEach((reply, i) => {
      comments.push({
        id: ids[i + 1] ?? id,
        parentId: id,
        author: reply.author,
        initials: initials(reply.author),
        ...when(reply.date),
        children: commentBody(reply.text),
        resolved: comment.resolved,
      });
    });
  };
  open.forEach(place);
  const mark = (paragraph: LayoutParagraph): LayoutParagraph => {
    const list = marks.get(paragraph);
    if (list === undefined) return paragraph;
    return { ...paragraph, runs: list.reduce<readonly LayoutRun[]>((runs, m) => markRuns(runs, m.from, m.to, m.ids), paragraph.runs) };
  };
  const redraw = (block: LayoutBlock): LayoutBlock => {
    if (block.kind === 'paragraph') return mark(block);
    if (block.kind === 'rule') return block;
    const table: LayoutTable = {
      ...block,
      rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, blocks: cell.blocks.map(redraw) })) })),
    };
    return table;
  };
  return {
    layout: { ...layout, sections: layout.sections.map((s) => ({ ...s, blocks: s.blocks.map(redraw) })) },
    comments,
  };
}
