/**
 * Edits of the plan's comments: add one on a place, reply, resolve or reopen, remove, and write
 * the clerk's tiếp thu / giải trình. Text is stored NFC like every other field of the plan.
 */
import type { CommentReply, PlanComment } from '../model/comment.schema';
import type { PlanDocument } from '../model/plan.schema';

function withComment(plan: PlanDocument, id: string, edit: (comment: PlanComment) => PlanComment): PlanDocument {
  const index = plan.comments.findIndex((c) => c.id === id);
  const comment = plan.comments[index];
  if (comment === undefined) return plan;
  const next = edit(comment);
  if (next === comment) return plan;
  const comments = [...plan.comments];
  comments[index] = next;
  return { ...plan, comments };
}

export function addComment(plan: PlanDocument, comment: PlanComment): PlanDocument {
  return {
    ...plan,
    comments: [...plan.comments, { ...comment, text: comment.text.normalize('NFC'), author: comment.author.normalize('NFC') }],
  };
}

export function replyToComment(plan: PlanDocument, id: string, reply: CommentReply): PlanDocument {
  const text = reply.text.normalize('NFC').trim();
  if (text === '') return plan;
  return withComment(plan, id, (c) => ({ ...c, replies: [...c.replies, { ...reply, author: reply.author.normalize('NFC'), text }] }));
}

export function setCommentResolved(plan: PlanDocument, id: string, resolved: boolean): PlanDocument {
  return withComment(plan, id, (c) => (c.resolved === resolved ? c : { ...c, resolved }));
}

export function setCommentResponse(plan: PlanDocument, id: string, response: string): PlanDocument {
  const nfc = response.normalize('NFC');
  return withComment(plan, id, (c) => (c.response === nfc ? c : { ...c, response: nfc }));
}

export function removeComment(plan: PlanDocument, id: string): PlanDocument {
  return plan.comments.some((c) => c.id === id) ? { ...plan, comments: plan.comments.filter((c) => c.id !== id) } : plan;
}
