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
import type { TextMark } from '../components/ReviewedText';
import type { DocumentState } from '../state/document-store';
import { useDocument } from '../state/use-document';
import { flatLength, pointAt } from './block-point';

/**
 * One change in one block, in flat offsets (a cross-reference counts one): the words struck
 * [start, end), the words added at `end`, or a new paragraph after the block.
 */
interface BlockMark extends TextMark {
  readonly paragraph: boolean;
}

/** By block id, and by `title:` and a section's id for the changes to its title. */
export type ReviewMarks = ReadonlyMap<string, readonly BlockMark[]>;

/** The fields a review decoration puts on a leaf. */
export interface ReviewLeaf {
  readonly reviewDeleted?: string;
  readonly reviewBefore?: string;
  readonly reviewAfter?: string;
  readonly reviewParagraph?: string;
  readonly reviewNote?: string;
  readonly reviewChange?: string;
}

const NONE: ReviewMarks = new Map();

const titleKey = (sectionId: string): string => `title:${sectionId}`;

/** The pending changes to a section's title, drawn in it as in a cell of the appendix. */
export function titleMarks(marks: ReviewMarks, sectionId: string): readonly TextMark[] {
  return marks.get(titleKey(sectionId)) ?? [];
}

function marksOf(plan: PlanDocument, received: ReceivedReview): Map<string, BlockMark[]> {
  const blocks = new Map<string, Block>([...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].map((b) => [b.id, b]));
  const resolve = createCrossRefResolver(plan);
  const marks = new Map<string, BlockMark[]>();
  for (const { change, start, end } of pendingMarks(plan, received.source, received.changes)) {
    const { target } = change;
    const block = target.part === 'block' ? blocks.get(target.blockId) : undefined;
    const key = target.part === 'section' ? titleKey(target.sectionId) : block?.id;
    if (key === undefined) continue;
    const mark: BlockMark = {
      id: change.id,
      start: block === undefined ? start : flatOffset(block.children, resolve, start),
      end: block === undefined ? end : flatOffset(block.children, resolve, end),
      after: change.after,
      paragraph: change.kind === 'insert-paragraph',
      note: `${change.author}: đề nghị ${describeChange(change)}`,
    };
    marks.set(key, [...(marks.get(key) ?? []), mark]);
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
    const drawn = { reviewNote: mark.note, reviewChange: mark.id };
    // An empty paragraph has no character to hang the words on: its one empty leaf carries them
    // (Slate gives a collapsed decoration to the empty text it sits in).
    if (length === 0 && mark.after === '') return [];
    if (length === 0)
      return [range(0, 0, mark.paragraph ? { ...drawn, reviewParagraph: mark.after } : { ...drawn, reviewBefore: mark.after })];
    if (mark.paragraph) return [range(length - 1, length, { ...drawn, reviewParagraph: mark.after })];
    const out = mark.end > mark.start ? [range(mark.start, mark.end, { ...drawn, reviewDeleted: 'true' })] : [];
    if (mark.after === '') return out;
    // The added words follow the struck ones, or stand before the next character (after the last).
    if (mark.end > 0 && (mark.end > mark.start || mark.end === length))
      out.push(range(mark.end - 1, mark.end, { ...drawn, reviewAfter: mark.after }));
    else out.push(range(mark.end, mark.end + 1, { ...drawn, reviewBefore: mark.after }));
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
  'data-review-change'?: string;
} {
  const note = field(leaf, 'reviewNote');
  if (note === undefined) return {};
  const before = field(leaf, 'reviewBefore');
  const change = field(leaf, 'reviewChange');
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
    ...(change === undefined ? {} : { 'data-review-change': change }),
    ...(before === undefined ? {} : { 'data-review-before': before }),
    ...(after === undefined ? {} : { 'data-review-after': after }),
  };
}
