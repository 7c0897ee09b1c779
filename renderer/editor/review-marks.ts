/**
 * The pending tracked changes of a returned Word file drawn in the text as Word draws them: the
 * words a change removes struck through, the words it adds shown in colour and underlined where
 * they would go, a new paragraph after the one it follows. They are decorations (Slate copies
 * their fields onto the leaves at render time): the added words are CSS content, never text, so
 * the caret, copying and saving see only the plan's own words until the clerk accepts the change.
 */
import { useMemo } from 'react';
import { Element, type NodeEntry, type Range } from 'slate';
import { createCrossRefResolver, flatOffset, type Block, type PlanDocument } from '../../shared/model';
import { describeChange, pendingMarks } from '../../shared/review';
import { useReceivedReview, type ReceivedReview } from '../base/received-review';
import type { DocumentState } from '../state/document-store';
import { useDocument } from '../state/use-document';
import { flatLength, pointAt } from './block-point';

/** One change in one block, in flat offsets (a cross-reference counts one). */
interface BlockMark {
  /** The words struck through, [from, to), or none when from === to. */
  readonly from: number;
  readonly to: number;
  /** The words added at `to` (or a new paragraph after the block). */
  readonly added: string;
  readonly paragraph: boolean;
  /** Who proposed what, shown on hover. */
  readonly note: string;
}

export type ReviewMarks = ReadonlyMap<string, readonly BlockMark[]>;

/** The fields a review decoration puts on a leaf. */
export interface ReviewLeaf {
  readonly reviewDeleted?: string;
  readonly reviewBefore?: string;
  readonly reviewAfter?: string;
  readonly reviewParagraph?: string;
  readonly reviewNote?: string;
}

const NONE: ReviewMarks = new Map();

function marksOf(plan: PlanDocument, received: ReceivedReview): Map<string, BlockMark[]> {
  const blocks = new Map<string, Block>([...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].map((b) => [b.id, b]));
  const resolve = createCrossRefResolver(plan);
  const marks = new Map<string, BlockMark[]>();
  for (const { change, start, end } of pendingMarks(plan, received.source, received.changes)) {
    const block = change.target.part === 'block' ? blocks.get(change.target.blockId) : undefined;
    if (block === undefined) continue;
    const mark: BlockMark = {
      from: flatOffset(block.children, resolve, start),
      to: flatOffset(block.children, resolve, end),
      added: change.after,
      paragraph: change.kind === 'insert-paragraph',
      note: `${change.author}: đề nghị ${describeChange(change)}`,
    };
    marks.set(block.id, [...(marks.get(block.id) ?? []), mark]);
  }
  return marks;
}

/** Computed once per plan for every section's editor; the key tells when they are unchanged. */
const computed = new WeakMap<PlanDocument, { received: ReceivedReview; marks: ReviewMarks; key: string }>();

function cachedMarks(plan: PlanDocument, received: ReceivedReview): { marks: ReviewMarks; key: string } {
  const hit = computed.get(plan);
  if (hit?.received === received) return hit;
  const marks = marksOf(plan, received);
  const entry = { received, marks, key: JSON.stringify([...marks]) };
  computed.set(plan, entry);
  return entry;
}

/** The pending changes by block id; the same map as long as they draw the same (typing elsewhere does not redraw). */
export function useReviewMarks(): ReviewMarks {
  const received = useReceivedReview();
  const select = useMemo(() => {
    let last = { marks: NONE, key: '' };
    return (state: DocumentState): ReviewMarks => {
      if (received === null) return NONE;
      const next = cachedMarks(state.plan, received);
      if (next.key !== last.key) last = next;
      return last.marks;
    };
  }, [received]);
  return useDocument(select);
}

/** Slate's `decorate` for the review marks of one top-level block. */
export function reviewDecorations([node, path]: NodeEntry, marks: ReviewMarks): (Range & ReviewLeaf)[] {
  if (marks.size === 0 || path.length !== 1 || !Element.isElement(node) || !('id' in node)) return [];
  const block = node;
  const index = path[0] ?? 0;
  const length = flatLength(block);
  const range = (from: number, to: number, fields: ReviewLeaf): Range & ReviewLeaf => ({
    anchor: pointAt(block, index, from, 'start'),
    focus: pointAt(block, index, to),
    ...fields,
  });
  return (marks.get(block.id) ?? []).flatMap((mark): (Range & ReviewLeaf)[] => {
    const reviewNote = mark.note;
    if (mark.paragraph) return length === 0 ? [] : [range(length - 1, length, { reviewParagraph: mark.added, reviewNote })];
    const out = mark.to > mark.from ? [range(mark.from, mark.to, { reviewDeleted: 'true', reviewNote })] : [];
    if (mark.added === '') return out;
    // The added words follow the struck ones, or stand before the next character (after the last).
    if (mark.to > 0 && (mark.to > mark.from || mark.to === length))
      out.push(range(mark.to - 1, mark.to, { reviewAfter: mark.added, reviewNote }));
    else if (length > 0) out.push(range(mark.to, mark.to + 1, { reviewBefore: mark.added, reviewNote }));
    return out;
  });
}

function field(leaf: object, name: keyof ReviewLeaf): string | undefined {
  const value: unknown = (leaf as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The class, data and title of a leaf a review decoration covers: the added words are drawn by CSS
 * from the data (a new paragraph as a block of its own after the last character).
 */
export function reviewLeafProps(leaf: object): {
  className?: string;
  title?: string;
  'data-review-before'?: string;
  'data-review-after'?: string;
} {
  const note = field(leaf, 'reviewNote');
  if (note === undefined) return {};
  const before = field(leaf, 'reviewBefore');
  const paragraph = field(leaf, 'reviewParagraph');
  const after = paragraph ?? field(leaf, 'reviewAfter');
  const classes = [
    field(leaf, 'reviewDeleted') === undefined ? '' : 'review-deleted',
    before === undefined ? '' : 'review-before',
    after === undefined ? '' : 'review-after',
    paragraph === undefined ? '' : 'review-paragraph',
  ];
  return {
    className: classes.filter((c) => c !== '').join(' '),
    title: note,
    ...(before === undefined ? {} : { 'data-review-before': before }),
    ...(after === undefined ? {} : { 'data-review-after': after }),
  };
}
