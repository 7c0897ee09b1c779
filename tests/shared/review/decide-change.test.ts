/**
 * A returned file's tracked changes decided one by one: each accepted change lands where the
 * reviewer made it even after others in the same paragraph changed its length, each decision is
 * recorded for the góp ý table, a rejected one leaves the text, and a place edited since is
 * refused in Vietnamese rather than patched blindly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/import';
import { inlineText, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import {
  decideReviewChange,
  pendingChanges,
  pendingMarks,
  reviewOf,
  ReviewConflictError,
  type ReviewChange,
  type ReviewOfFile,
} from '../../../shared/review';
import { partyPlan } from '../edit/plans';
import { reviewDocx, trackReplace } from './word-edits';

const NOW = new Date('2026-05-04T08:00:00Z');
const WHO = { author: 'Sở Tư pháp', date: '2026-05-12T10:00:00Z' };
let ids = 0;
const newId = (): string => `moi-${String(++ids)}`;

function firstText(plan: PlanDocument): string {
  return inlineText(plan.sections[0]?.blocks[0]?.children ?? []);
}

/** The first paragraph of the Party plan returned with two words replaced, and its two changes. */
async function twoReplacements(): Promise<{ plan: PlanDocument; review: ReviewOfFile; first: ReviewChange; second: ReviewChange }> {
  const plan = partyPlan();
  const bytes = await reviewDocx(await renderDocx(plan, { now: NOW }), (xml) =>
    trackReplace(trackReplace(xml, 'nghiêm túc, sâu sắc', 'nghiêm túc', WHO), 'quyết liệt', 'kiên quyết', WHO),
  );
  const review = await reviewOf(plan, bytes);
  const [first, second] = review.changes;
  if (first === undefined || second === undefined) throw new Error('two changes');
  return { plan, review, first, second };
}

describe('tracked changes decided one by one', () => {
  it('accepts the later change of a paragraph after an earlier one changed its length, and records each decision', async () => {
    const { plan, review, first, second } = await twoReplacements();
    expect([first.before, second.before]).toEqual(['nghiêm túc, sâu sắc', 'quyết liệt']);

    const one = decideReviewChange(plan, 'tp.docx', review.changes, first, 'accepted', newId);
    const two = decideReviewChange(one, 'tp.docx', review.changes, second, 'accepted', newId);
    expect(firstText(two)).toMatch(/^Quán triệt nghiêm túc; triển khai đồng bộ, kiên quyết, hiệu quả/u);
    expect(pendingChanges(two, 'tp.docx', review.changes)).toEqual([]);
    expect(two.comments.map((c) => [c.change?.decision, c.text, c.author, c.response])).toEqual([
      ['accepted', 'sửa «nghiêm túc, sâu sắc» thành «nghiêm túc»', 'Sở Tư pháp', 'Tiếp thu.'],
      ['accepted', 'sửa «quyết liệt» thành «kiên quyết»', 'Sở Tư pháp', 'Tiếp thu.'],
    ]);

    // In the other order too: a change after is not moved by one not yet accepted.
    const later = decideReviewChange(plan, 'tp.docx', review.changes, second, 'accepted', newId);
    expect(firstText(later)).toContain('nghiêm túc, sâu sắc; triển khai đồng bộ, kiên quyết');

    const rejected = decideReviewChange(plan, 'tp.docx', review.changes, first, 'rejected', newId);
    expect(firstText(rejected)).toBe(firstText(plan));
    expect(pendingChanges(rejected, 'tp.docx', review.changes)).toEqual([second]);
    expect(rejected.comments[0]?.change?.decision).toBe('rejected');
  });

  it('refuses a change whose words were edited since the file was sent', async () => {
    const plan = partyPlan();
    const bytes = await reviewDocx(await renderDocx(plan, { now: NOW }), (xml) =>
      trackReplace(xml, 'nghiêm túc, sâu sắc', 'nghiêm túc', WHO),
    );
    const review = await reviewOf(plan, bytes);
    const change = review.changes[0];
    if (change === undefined) throw new Error('one change');
    const block = plan.sections[0]?.blocks[0];
    const edited: PlanDocument = {
      ...plan,
      sections: plan.sections.map((s, i) =>
        i === 0 ? { ...s, blocks: s.blocks.map((b) => (b === block ? { ...b, children: [{ text: 'Quán triệt đầy đủ.' }] } : b)) } : s,
      ),
    };
    expect(() => decideReviewChange(edited, 'tp.docx', review.changes, change, 'accepted', newId)).toThrow(ReviewConflictError);
    expect(() => decideReviewChange(edited, 'tp.docx', review.changes, change, 'accepted', newId)).toThrow(/đã được sửa sau khi gửi đi/u);
  });

  it('marks each pending change where it now is in the text, and none whose words were edited', async () => {
    const { plan, review, first, second } = await twoReplacements();
    const words = (p: PlanDocument): string[] => pendingMarks(p, 'tp.docx', review.changes).map((m) => firstText(p).slice(m.start, m.end));
    expect(words(plan)).toEqual(['nghiêm túc, sâu sắc', 'quyết liệt']);

    // The first accepted: the second is drawn where it moved to, the first no more.
    const one = decideReviewChange(plan, 'tp.docx', review.changes, first, 'accepted', newId);
    expect(pendingMarks(one, 'tp.docx', review.changes).map((m) => m.change)).toEqual([second]);
    expect(words(one)).toEqual(['quyết liệt']);

    const block = one.sections[0]?.blocks[0];
    const edited: PlanDocument = {
      ...one,
      sections: one.sections.map((s, i) =>
        i === 0 ? { ...s, blocks: s.blocks.map((b) => (b === block ? { ...b, children: [{ text: 'Quán triệt đầy đủ.' }] } : b)) } : s,
      ),
    };
    expect(pendingMarks(edited, 'tp.docx', review.changes)).toEqual([]);
  });

  it("accepts LibreOffice's changes one at a time to the reviewer's text", async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url)));
    const sent = (await importDocx(bytes, { revisions: 'reject' })).plan;
    const review = await reviewOf(sent, bytes);
    const all = review.changes.reduce((plan, c) => decideReviewChange(plan, 'lo.docx', review.changes, c, 'accepted', newId), sent);
    const reviewer = (await importDocx(bytes, { revisions: 'accept' })).plan;
    const texts = (plan: PlanDocument): string[] => plan.sections[0]?.blocks.map((b) => inlineText(b.children)) ?? [];
    expect(texts(all)).toEqual(texts(reviewer));
    expect(all.comments).toHaveLength(review.changes.length);
  });
});
