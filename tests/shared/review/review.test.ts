/**
 * A returned DOCX's tracked changes and comments placed on the plan: our own export reviewed with
 * Word-style edits (scripted OOXML) lands on the embedded model's ids; LibreOffice's file lands on
 * the plan imported from it, by position and wording. Accepting applies each change where it
 * belongs; accepting none gives back exactly the plan that was sent out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/import';
import { inlineText, serializePlan, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { applyReviewChanges, reviewOf } from '../../../shared/review';
import { partyPlan } from '../model/ops/plans';
import { addComments, reviewDocx, trackDeleteParagraph, trackNewParagraph, trackReplace } from './word-edits';

const NOW = new Date('2026-05-04T08:00:00Z');
const SO_TAI_CHINH = { author: 'Sở Tài chính', date: '2026-05-12T10:00:00Z' };
const VAN_PHONG = { author: 'Văn phòng Tỉnh ủy', date: '2026-05-13T08:30:00Z' };
let ids = 0;
const newId = (): string => `moi-${String(++ids)}`;

function blockText(plan: PlanDocument, id: string): string {
  const block = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].find((b) => b.id === id);
  return inlineText(block?.children ?? []);
}

async function returnedFile(): Promise<{ plan: PlanDocument; bytes: Uint8Array }> {
  const plan = partyPlan();
  const bytes = await reviewDocx(await renderDocx(plan, { now: NOW }), async (xml, zip) => {
    let out = trackReplace(xml, 'nghiêm túc, sâu sắc', 'nghiêm túc', SO_TAI_CHINH);
    out = trackNewParagraph(out, 'tỉnh Ninh Bình.', 'Bổ sung nhiệm vụ rà soát văn bản.', SO_TAI_CHINH);
    out = trackDeleteParagraph(out, 'Phân đầu tốc độ tăng trưởng', VAN_PHONG);
    return addComments(zip, out, [
      { id: 1, ...SO_TAI_CHINH, anchor: 'Quán triệt', text: 'Đề nghị làm rõ đối tượng quán triệt.' },
      { id: 2, ...VAN_PHONG, anchor: 'Quán triệt', text: 'Đã tiếp thu.', replyTo: 1 },
    ]);
  });
  return { plan, bytes };
}

describe('our own export, returned with tracked changes and comments', () => {
  it("places each change and comment on the embedded model's ids, with who made it", async () => {
    const { plan, bytes } = await returnedFile();
    const review = await reviewOf(plan, bytes);
    expect(review.source).toBe('model');
    const first = plan.sections[0]?.blocks[0];
    const replace = review.changes.find((c) => c.kind === 'replace');
    expect(replace).toMatchObject({
      target: { part: 'block', blockId: first?.id },
      place: 'Mục I, 1.',
      before: 'nghiêm túc, sâu sắc',
      after: 'nghiêm túc',
      author: 'Sở Tài chính',
    });
    expect(review.changes.find((c) => c.kind === 'insert-paragraph')).toMatchObject({
      after: 'Bổ sung nhiệm vụ rà soát văn bản.',
      target: { part: 'block', blockId: first?.id },
    });
    const deleted = review.changes.find((c) => c.kind === 'delete-paragraph');
    expect(deleted?.author).toBe('Văn phòng Tỉnh ủy');
    expect(deleted?.before).toContain('Phân đầu tốc độ tăng trưởng');
    expect(review.comments).toEqual([
      expect.objectContaining({
        target: { part: 'block', blockId: first?.id },
        quote: 'Quán triệt',
        author: 'Sở Tài chính',
        text: 'Đề nghị làm rõ đối tượng quán triệt.',
        resolved: false,
        replies: [{ author: 'Văn phòng Tỉnh ủy', date: '2026-05-13T08:30:00Z', text: 'Đã tiếp thu.' }],
      }),
    ]);
  });

  it('accepts all, one, or none; none gives back exactly the plan that was sent out', async () => {
    const { plan, bytes } = await returnedFile();
    const review = await reviewOf(plan, bytes);
    const firstId = plan.sections[0]?.blocks[0]?.id ?? '';
    const all = applyReviewChanges(review.plan, review.changes, newId);
    expect(blockText(all, firstId)).toMatch(/^Quán triệt nghiêm túc; triển khai/u);
    expect(all.sections[0]?.blocks[1]).toMatchObject({ type: 'paragraph', children: [{ text: 'Bổ sung nhiệm vụ rà soát văn bản.' }] });
    expect(JSON.stringify(all)).not.toContain('Phân đầu tốc độ tăng trưởng');

    const one = applyReviewChanges(
      review.plan,
      review.changes.filter((c) => c.kind === 'replace'),
      newId,
    );
    expect(blockText(one, firstId)).toMatch(/^Quán triệt nghiêm túc; triển khai/u);
    expect(one.sections[0]?.blocks).toHaveLength(plan.sections[0]?.blocks.length ?? 0);

    expect(serializePlan(applyReviewChanges(review.plan, [], newId))).toBe(serializePlan(plan));
  });
});

describe('a file made by LibreOffice, placed by position and wording', () => {
  it("lands on the plan imported from it and, accepted, gives the reviewer's text", async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url)));
    const sent = (await importDocx(bytes, { revisions: 'reject' })).plan;
    const review = await reviewOf(sent, bytes);
    expect(review.source).toBe('content');
    expect(review.changes.map((c) => [c.kind, c.place, c.before, c.after])).toEqual([
      ['insert', 'Mục I, 1.', '', 'quản lý, '],
      ['delete', 'Mục I, 2.', 'trong năm 2026 ', ''],
      ['insert', 'Mục II, đoạn 2', '', 'Sở Tài chính bố trí kinh phí thực hiện.'],
    ]);
    expect(review.comments.map((c) => [c.place, c.author, c.text])).toEqual([
      ['Mục II, 1.', 'Sở Tư pháp', 'Đề nghị nêu rõ thời hạn hoàn thành.'],
    ]);
    const accepted = applyReviewChanges(sent, review.changes, newId);
    const reviewer = (await importDocx(bytes, { revisions: 'accept' })).plan;
    const texts = (plan: PlanDocument, n: number): string[] => plan.sections[n]?.blocks.map((b) => inlineText(b.children)) ?? [];
    expect(texts(accepted, 0)).toEqual(texts(reviewer, 0));
    // The sent item "2." had no text of its own, so the importer kept it as a paragraph; the insertion follows it.
    expect(texts(accepted, 1).join('\n')).toContain('Sở Tài chính bố trí kinh phí thực hiện.');
  });
});

describe('hostile returned files', () => {
  it('reads 10,000 revisions and comments, one anchored nowhere, and nested revisions, leaving the plan intact', async () => {
    const plan = partyPlan();
    const many = Array.from(
      { length: 10_000 },
      (_, i) => `<w:ins w:id="${i}" w:author="A" w:date="2026-05-01T00:00:00Z"><w:r><w:t>x</w:t></w:r></w:ins>`,
    ).join('');
    // An insertion inside a deletion (text someone added and another removed) and a deletion inside an insertion.
    const nested =
      '<w:del w:id="20001" w:author="B" w:date="2026-05-01T00:00:00Z"><w:ins w:id="20002" w:author="A" w:date="2026-05-01T00:00:00Z"><w:r><w:delText>y</w:delText></w:r></w:ins></w:del>';
    const bytes = await reviewDocx(await renderDocx(plan, { now: NOW }), (xml, zip) => {
      const out = xml.replace('</w:body>', `<w:p>${many}${nested}</w:p></w:body>`);
      zip.file(
        'word/comments.xml',
        `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${Array.from({ length: 10_000 }, (_, i) => `<w:comment w:id="${i}" w:author="C"><w:p><w:r><w:t>ý kiến ${i}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`,
      );
      return out;
    });
    const before = serializePlan(plan);
    const review = await reviewOf(plan, bytes);
    expect(review.comments).toHaveLength(10_000);
    expect(review.comments[0]).toMatchObject({ target: { part: 'other' }, quote: '', text: 'ý kiến 0' });
    expect(serializePlan(plan)).toBe(before);
    expect(serializePlan(applyReviewChanges(review.plan, [], newId))).toBe(before);
  });
});
