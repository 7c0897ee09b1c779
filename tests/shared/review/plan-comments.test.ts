/**
 * Comments stored on the plan: kept in the file (and a plan without any written as before),
 * edited one by one, exported as Word comments on their passages with replies and resolved state,
 * and read back onto the plan from a returned file without being added twice.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addComment, removeComment, replyToComment, setCommentResolved, setCommentResponse } from '../../../shared/edit';
import { importDocx } from '../../../shared/import';
import { findPassage } from '../../../shared/model';
import { parsePlanText, serializePlan } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { keepReviewComments, reviewOf } from '../../../shared/review';
import { partyPlan } from '../edit/plans';
import { commentedPlan } from './plan-comments';
import { addComments, reviewDocx } from './word-edits';

const NOW = new Date('2026-05-04T08:00:00Z');
let ids = 0;
const newId = (): string => `moi-${String(++ids)}`;

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(name)?.async('string')) ?? '';
}

describe('comments in the plan file', () => {
  it('are kept through save and load; a plan without comments is written without them', () => {
    const plan = commentedPlan();
    expect(parsePlanText(serializePlan(plan)).comments).toEqual(plan.comments);
    const bare = partyPlan();
    expect(bare.comments).toEqual([]);
    expect(serializePlan(bare)).not.toContain('"comments"');
  });

  it('are added, answered, resolved, given a response and removed, each leaving the rest as it was', () => {
    const plan = commentedPlan();
    const third = plan.comments[2];
    if (third === undefined) throw new Error('three comments');
    const added = addComment(plan, { ...third, id: 'y4', text: 'Ý kiến mới' });
    expect(added.comments.map((c) => c.id)).toEqual(['y1', 'y2', 'y3', 'y4']);
    const replied = replyToComment(added, 'y3', { author: 'Chuyên viên', date: '2026-05-14T08:00:00Z', text: ' Đồng ý ' });
    expect(replied.comments[2]?.replies).toEqual([{ author: 'Chuyên viên', date: '2026-05-14T08:00:00Z', text: 'Đồng ý' }]);
    expect(replyToComment(added, 'y3', { author: 'A', date: '', text: '  ' })).toBe(added);
    expect(setCommentResolved(replied, 'y3', true).comments[2]?.resolved).toBe(true);
    expect(setCommentResolved(replied, 'y2', true)).toBe(replied);
    expect(setCommentResponse(replied, 'y1', 'Tiếp thu').comments[0]?.response).toBe('Tiếp thu');
    expect(removeComment(replied, 'y1').comments.map((c) => c.id)).toEqual(['y2', 'y3', 'y4']);
    expect(plan.comments).toHaveLength(3);
  });
});

describe('a passage found again after edits', () => {
  it('takes the occurrence nearest its old place, or the whole paragraph when its words are gone', () => {
    expect(findPassage('a xin b xin c', 'xin', 8, 11)).toEqual({ start: 8, end: 11 });
    expect(findPassage('thêm a xin b xin c', 'xin', 2, 5)).toEqual({ start: 7, end: 10 });
    expect(findPassage('không còn', 'xin', 2, 5)).toEqual({ start: 0, end: 9 });
    expect(findPassage('abc', '', 0, 0)).toEqual({ start: 0, end: 3 });
  });
});

describe('comments exported as Word comments', () => {
  it('anchors each on its passage, paragraph or cell, with author, time, replies and resolved state', async () => {
    const bytes = await renderDocx(commentedPlan(), { now: NOW });
    const document = await part(bytes, 'word/document.xml');
    // The passage alone is inside the range: the run is cut where it starts and ends.
    expect(document).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">nghiêm túc, sâu sắc<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/u,
    );
    expect(document).toMatch(/<w:commentRangeStart w:id="3"\/><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">II\. MỤC TIÊU/u);
    for (const id of [0, 1, 2, 3]) expect(document).toContain(`<w:commentReference w:id="${String(id)}"/>`);
    const comments = await part(bytes, 'word/comments.xml');
    expect(comments).toMatch(/<w:comment w:id="0" w:initials="STP" w:author="Sở Tư pháp" w:date="2026-05-12T10:00:00(?:\.000)?Z"/u);
    expect(comments).toContain('Đã tiếp thu, sửa lại.');
    const extended = await part(bytes, 'word/commentsExtended.xml');
    expect(extended).toMatch(/w15:paraIdParent="[0-9A-F]+"/u);
    expect(extended).toContain('w15:done="1"');
  });

  it('come back from our own file once, with the replies a reviewer added', async () => {
    const plan = commentedPlan();
    const sent = await renderDocx(plan, { now: NOW });
    const same = await reviewOf(plan, sent);
    expect(same.source).toBe('model');
    const kept = keepReviewComments(plan, same.comments, 'so-tu-phap.docx', newId);
    expect(kept).toMatchObject({ added: 0, updated: 0 });
    expect(kept.plan).toBe(plan);

    const returned = await reviewDocx(await renderDocx(partyPlan(), { now: NOW }), (xml, zip) =>
      addComments(zip, xml, [
        {
          id: 7,
          author: 'Sở Tư pháp',
          date: '2026-05-12T10:00:00Z',
          anchor: 'nghiêm túc, sâu sắc',
          text: 'Đề nghị làm rõ đối tượng quán triệt.',
        },
        {
          id: 8,
          author: 'Sở Tư pháp',
          date: '2026-05-15T09:00:00Z',
          anchor: 'nghiêm túc, sâu sắc',
          text: 'Đồng ý với cách sửa.',
          replyTo: 7,
        },
        { id: 9, author: 'Sở Y tế', date: '2026-05-15T09:30:00Z', anchor: 'Quán triệt', text: 'Bổ sung ngành y tế.' },
      ]),
    );
    const review = await reviewOf(plan, returned);
    const merged = keepReviewComments(plan, review.comments, 'so-tu-phap.docx', newId);
    expect(merged).toMatchObject({ added: 1, updated: 1 });
    expect(merged.plan.comments[0]?.replies.map((r) => r.text)).toEqual(['Đã tiếp thu, sửa lại.', 'Đồng ý với cách sửa.']);
    expect(merged.plan.comments[3]).toMatchObject({
      anchor: { part: 'block', blockId: plan.sections[0]?.blocks[0]?.id, start: 0, end: 10 },
      quote: 'Quán triệt',
      author: 'Sở Y tế',
      source: 'so-tu-phap.docx',
    });
  });

  it("from another's file land by position and wording, not dropped", async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url)));
    const sent = (await importDocx(bytes, { revisions: 'reject' })).plan;
    const review = await reviewOf(sent, bytes);
    const kept = keepReviewComments(sent, review.comments, 'gop-y-so-tu-phap.docx', newId);
    const item = sent.sections[1]?.blocks.find((b) => b.type === 'item');
    expect(kept.plan.comments).toEqual([
      expect.objectContaining({
        // LibreOffice's comment is made on a point (the paragraph's end): it covers the paragraph.
        anchor: { part: 'block', blockId: item?.id ?? '', start: 77, end: 77 },
        author: 'Sở Tư pháp',
        text: 'Đề nghị nêu rõ thời hạn hoàn thành.',
        source: 'gop-y-so-tu-phap.docx',
      }),
    ]);
  });
});
