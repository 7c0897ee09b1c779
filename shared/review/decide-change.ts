/**
 * A returned file's tracked changes decided one at a time in the app. Each decision is recorded
 * on the plan (a comment record with the change, for the góp ý table) in the same step as the
 * edit it makes, so undo brings the change back to the pending list with the text; what is still
 * pending is the file's changes without a record. The changes' offsets are those of the plan as
 * sent: the changes already accepted before one in the same place move it by what they added or
 * removed, and the text there must still be what the reviewer saw, or the clerk is told.
 */
import { cellOf, cellText, createCrossRefResolver, inlineText, type PlanComment, type PlanDocument } from '../model';
import { applyReviewChanges } from './apply-review';
import { anchorOfTarget, type ReviewChange } from './place-review';

export type Decision = 'accepted' | 'rejected';

/** What the reviewer proposed, in words, as the góp ý table says it. */
export function describeChange(change: ReviewChange): string {
  switch (change.kind) {
    case 'insert':
      return `bổ sung «${change.after}»`;
    case 'delete':
      return `bỏ «${change.before}»`;
    case 'replace':
      return `sửa «${change.before}» thành «${change.after}»`;
    case 'insert-paragraph':
      return `thêm đoạn «${change.after}»`;
    case 'delete-paragraph':
      return `bỏ đoạn «${change.before}»`;
    case 'insert-row':
      return `thêm dòng «${change.after}»`;
    case 'delete-row':
      return `bỏ dòng «${change.before}»`;
  }
}

export class ReviewConflictError extends Error {
  override readonly name = 'ReviewConflictError';
}

/** The id of the record of a decision: the file and the change, so a change is decided once. */
export function decisionId(source: string, change: ReviewChange): string {
  return `gop-y:${source}:${change.id}`;
}

function decided(plan: PlanDocument, source: string): Map<string, PlanComment> {
  const prefix = `gop-y:${source}:`;
  return new Map(plan.comments.filter((c) => c.change !== undefined && c.id.startsWith(prefix)).map((c) => [c.id, c]));
}

export function pendingChanges(plan: PlanDocument, source: string, changes: readonly ReviewChange[]): ReviewChange[] {
  const done = decided(plan, source);
  return changes.filter((c) => !done.has(decisionId(source, c)));
}

const TEXT_KINDS = new Set(['insert', 'delete', 'replace']);

function targetKey(change: ReviewChange): string {
  return JSON.stringify(change.target);
}

/** The target's text now, as the change's offsets count it, or null when the place is gone. */
function currentText(plan: PlanDocument, change: ReviewChange): string | null {
  const { target } = change;
  switch (target.part) {
    case 'block': {
      const block = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].find((b) => b.id === target.blockId);
      return block === undefined ? null : inlineText(block.children, createCrossRefResolver(plan));
    }
    case 'section': {
      const title = plan.sections.find((s) => s.id === target.sectionId)?.title;
      return title === undefined ? null : title.toLocaleUpperCase('vi');
    }
    case 'cell': {
      const row = plan.appendices.find((a) => a.id === target.appendixId)?.rows.find((r) => r.id === target.rowId);
      return row === undefined ? null : cellText(cellOf(row, target.columnId));
    }
    case 'row':
      return plan.appendices.find((a) => a.id === target.appendixId)?.rows.some((r) => r.id === target.rowId) === true ? '' : null;
    case 'other':
      return null;
  }
}

/** The change moved past the accepted changes before it in the same place. */
function shifted(plan: PlanDocument, source: string, changes: readonly ReviewChange[], change: ReviewChange): ReviewChange {
  if (!TEXT_KINDS.has(change.kind)) return change;
  const done = decided(plan, source);
  const delta = changes
    .filter(
      (c) =>
        c !== change &&
        TEXT_KINDS.has(c.kind) &&
        targetKey(c) === targetKey(change) &&
        c.end <= change.start &&
        done.get(decisionId(source, c))?.change?.decision === 'accepted',
    )
    .reduce((sum, c) => sum + c.after.length - c.before.length, 0);
  return { ...change, start: change.start + delta, end: change.end + delta };
}

/** A pending change where it shows in the plan now: offsets in its target's current text. */
export interface PendingMark {
  readonly change: ReviewChange;
  readonly start: number;
  readonly end: number;
}

/**
 * The pending changes to draw in the text, each at its place now (moved by the changes accepted
 * before it). A change whose place is gone or whose words were edited since is left out: drawing
 * it would strike words the reviewer never saw. A new paragraph shows at the end of the one it follows.
 */
export function pendingMarks(plan: PlanDocument, source: string, changes: readonly ReviewChange[]): PendingMark[] {
  return pendingChanges(plan, source, changes).flatMap((change) => {
    const moved = shifted(plan, source, changes, change);
    const text = currentText(plan, moved);
    if (text === null) return [];
    if (TEXT_KINDS.has(moved.kind))
      return text.slice(moved.start, moved.end).toLocaleUpperCase('vi') === moved.before.toLocaleUpperCase('vi')
        ? [{ change, start: moved.start, end: moved.end }]
        : [];
    if (change.kind === 'delete-paragraph') return [{ change, start: 0, end: text.length }];
    return [{ change, start: text.length, end: text.length }];
  });
}

/**
 * The plan with one change accepted or rejected, and the decision recorded. Accepting a change
 * whose place is gone or was edited since throws a ReviewConflictError in Vietnamese.
 */
export function decideReviewChange(
  plan: PlanDocument,
  source: string,
  changes: readonly ReviewChange[],
  change: ReviewChange,
  decision: Decision,
  newId: () => string,
): PlanDocument {
  let next = plan;
  if (decision === 'accepted') {
    const moved = shifted(plan, source, changes, change);
    const text = currentText(plan, moved);
    if (text === null) {
      throw new ReviewConflictError(
        change.target.part === 'other'
          ? `${change.place}: phần này là thông tin văn bản, hãy sửa trong bảng "Thông tin".`
          : `${change.place}: chỗ này đã bị xoá khỏi kế hoạch, không chấp nhận được thay đổi.`,
      );
    }
    if (TEXT_KINDS.has(moved.kind) && text.slice(moved.start, moved.end).toLocaleUpperCase('vi') !== moved.before.toLocaleUpperCase('vi')) {
      throw new ReviewConflictError(`${change.place}: đoạn này đã được sửa sau khi gửi đi, hãy sửa tay theo góp ý.`);
    }
    next = applyReviewChanges(plan, [moved], newId);
  }
  const record: PlanComment = {
    id: decisionId(source, change),
    anchor: anchorOfTarget(change.target, change.before, change.start),
    quote: change.before,
    author: change.author,
    date: change.date,
    text: describeChange(change),
    resolved: true,
    replies: [],
    source,
    response: decision === 'accepted' ? 'Tiếp thu.' : '',
    change: { decision, summary: describeChange(change) },
  };
  return { ...next, comments: [...next.comments, record] };
}
