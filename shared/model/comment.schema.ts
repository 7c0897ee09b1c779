/**
 * Comments on a plan (ý kiến góp ý): each anchored on a passage of a paragraph, a section title, an
 * appendix row or a cell, with its author, time, replies and open or resolved state. Comments that
 * came back in a reviewed Word file keep the unit they came from, and the clerk's tiếp thu /
 * giải trình for the góp ý summary table. An optional part of the plan that old files satisfy.
 */
import { z } from 'zod';

/** Where a comment sits. A passage is found again by its quote near its offsets, so edits around it do not lose it. */
export const CommentAnchorSchema = z.discriminatedUnion('part', [
  z.object({
    part: z.literal('block'),
    blockId: z.string().min(1),
    /** Offsets in the paragraph's printed text (cross-references as printed), the quote's place when made. */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  }),
  z.object({ part: z.literal('section'), sectionId: z.string().min(1) }),
  z.object({ part: z.literal('row'), appendixId: z.string().min(1), rowId: z.string().min(1) }),
  z.object({ part: z.literal('cell'), appendixId: z.string().min(1), rowId: z.string().min(1), columnId: z.string().min(1) }),
  /** The header, title, signature or nơi nhận, or a comment a returned file anchored nowhere. */
  z.object({ part: z.literal('document') }),
]);
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

export const CommentReplySchema = z.object({
  author: z.string(),
  /** ISO date and time. */
  date: z.string(),
  text: z.string(),
});
export type CommentReply = z.infer<typeof CommentReplySchema>;

/** A tracked change of a returned file that the clerk accepted or rejected, kept for the góp ý table. */
export const ChangeRecordSchema = z.object({
  decision: z.enum(['accepted', 'rejected']),
  /** What the reviewer proposed, in words: "sửa «a» thành «b»". */
  summary: z.string(),
});

export const PlanCommentSchema = z.object({
  id: z.string().min(1),
  anchor: CommentAnchorSchema,
  /** The words commented on, as they were when the comment was made. */
  quote: z.string().default(''),
  author: z.string(),
  date: z.string(),
  text: z.string(),
  resolved: z.boolean().default(false),
  replies: z.array(CommentReplySchema).default([]),
  /** The returned file it came from (its name), when it was not written in the app. */
  source: z.string().optional(),
  /** Ý kiến tiếp thu, giải trình written by the clerk, for the góp ý summary table. */
  response: z.string().optional(),
  /** Set when this record is a reviewer's tracked change rather than a comment. */
  change: ChangeRecordSchema.optional(),
});
export type PlanComment = z.infer<typeof PlanCommentSchema>;
