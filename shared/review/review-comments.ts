/**
 * A returned file's comments kept on the plan, at their places. A comment the plan already has
 * (our own export coming back carries the comments it was sent with) is recognised by its author,
 * text and place and takes the reviewer's new replies and resolved state instead of being added
 * twice; any other becomes a comment of the plan, marked with the file it came from.
 */
import type { CommentAnchor, PlanComment, PlanDocument } from '../model';
import { anchorOfTarget, type PlacedComment } from './place-review';

function samePlace(a: CommentAnchor, b: CommentAnchor): boolean {
  return JSON.stringify({ ...a, start: 0, end: 0 }) === JSON.stringify({ ...b, start: 0, end: 0 });
}

function sameText(a: string, b: string): boolean {
  return a.normalize('NFC').trim() === b.normalize('NFC').trim();
}

export interface KeptComments {
  readonly plan: PlanDocument;
  /** How many comments were new to the plan, and how many it had and were brought up to date. */
  readonly added: number;
  readonly updated: number;
}

export function keepReviewComments(
  plan: PlanDocument,
  placed: readonly PlacedComment[],
  source: string,
  newId: () => string,
): KeptComments {
  const comments = [...plan.comments];
  let added = 0;
  let updated = 0;
  for (const incoming of placed) {
    const anchor = anchorOfTarget(incoming.target, incoming.quote, incoming.start);
    const replies = incoming.replies.map((r) => ({ author: r.author.normalize('NFC'), date: r.date, text: r.text.normalize('NFC') }));
    const at = comments.findIndex(
      (c) =>
        c.change === undefined && sameText(c.author, incoming.author) && sameText(c.text, incoming.text) && samePlace(c.anchor, anchor),
    );
    const existing = comments[at];
    if (existing !== undefined) {
      const fresh = replies.filter((r) => !existing.replies.some((e) => sameText(e.author, r.author) && sameText(e.text, r.text)));
      if (fresh.length > 0 || existing.resolved !== incoming.resolved) {
        comments[at] = { ...existing, replies: [...existing.replies, ...fresh], resolved: incoming.resolved };
        updated++;
      }
      continue;
    }
    const comment: PlanComment = {
      id: newId(),
      anchor,
      quote: incoming.quote.normalize('NFC'),
      author: incoming.author.normalize('NFC'),
      date: incoming.date,
      text: incoming.text.normalize('NFC'),
      resolved: incoming.resolved,
      replies,
      source,
    };
    comments.push(comment);
    added++;
  }
  return { plan: added + updated === 0 ? plan : { ...plan, comments }, added, updated };
}
