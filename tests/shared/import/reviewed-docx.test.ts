/**
 * A Word file returned after review, with pending tracked changes and comments (issue 15, point 4):
 * never applied or dropped silently. Refused without a choice, with the counts; read with the
 * changes accepted or rejected when the user says so, and the report says which. Files from
 * LibreOffice (a flat ODT with tracked changes and a comment, converted by soffice) and from
 * Word-style edits scripted onto our own export; rejecting everything in ours gives back the plan
 * that was sent out, exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocx } from '../../../shared/import';
import { inlineText, serializePlan, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { partyPlan } from '../model/ops/plans';
import { addComments, reviewDocx, trackNewParagraph, trackReplace } from '../review/word-edits';

const LIBREOFFICE = new Uint8Array(readFileSync(new URL('../../fixtures/review/gop-y-so-tu-phap.docx', import.meta.url)));
const WHO = { author: 'Sở Tài chính', date: '2026-05-12T10:00:00Z' };
const NOW = new Date('2026-05-04T08:00:00Z');

function bodyText(plan: PlanDocument): string {
  return plan.sections.flatMap((s) => s.blocks.map((b) => inlineText(b.children))).join('\n');
}

describe('a reviewed DOCX made by LibreOffice', () => {
  it('is refused without a choice, with what is pending', async () => {
    const error = await importDocx(LIBREOFFICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('pending-review');
    expect((error as ImportError).message).toBe(
      'Tệp còn 2 chỗ chèn, 1 chỗ xoá, 1 ý kiến (comment) chưa được xử lý. Hãy chọn chấp nhận tất cả hoặc từ chối tất cả các thay đổi trước khi nhập.',
    );
  });

  it('accepted: insertions in, deletions out; rejected: the other way; the report says which', async () => {
    const accepted = await importDocx(LIBREOFFICE, { revisions: 'accept' });
    expect(bodyText(accepted.plan)).toContain('Nâng cao hiệu quả quản lý, điều hành');
    expect(bodyText(accepted.plan)).toContain('Sở Tài chính bố trí kinh phí');
    expect(bodyText(accepted.plan)).not.toContain('trong năm 2026');
    expect(accepted.report.warnings.join('\n')).toContain('đã chấp nhận tất cả các thay đổi được theo dõi');

    const rejected = await importDocx(LIBREOFFICE, { revisions: 'reject' });
    expect(bodyText(rejected.plan)).toContain('Nâng cao hiệu quả điều hành');
    expect(bodyText(rejected.plan)).toContain('Hoàn thành trong năm 2026 việc số hóa');
    expect(bodyText(rejected.plan)).not.toContain('Sở Tài chính bố trí kinh phí');
    expect(rejected.report.warnings.join('\n')).toMatch(/đã từ chối tất cả .*1 ý kiến \(comment\)/u);
  });
});

describe('our own export, reviewed in Word', () => {
  async function reviewed(): Promise<Uint8Array> {
    const plan = partyPlan();
    return reviewDocx(await renderDocx(plan, { now: NOW }), async (xml, zip) => {
      let out = trackReplace(xml, 'nghiêm túc, sâu sắc', 'nghiêm túc', WHO);
      out = trackNewParagraph(out, 'nghiêm túc', 'Bổ sung nhiệm vụ rà soát văn bản.', WHO);
      return addComments(zip, out, [{ id: 1, ...WHO, anchor: 'Quán triệt', text: 'Đề nghị làm rõ đối tượng quán triệt.' }]);
    });
  }

  it('rejected, gives back exactly the plan that was sent out (its embedded model)', async () => {
    const result = await importDocx(await reviewed(), { revisions: 'reject' });
    expect(result.report.source).toBe('docx-model');
    expect(serializePlan(result.plan)).toBe(serializePlan(partyPlan()));
  });

  it("accepted, is read from its content with the reviewer's words", async () => {
    const result = await importDocx(await reviewed(), { revisions: 'accept' });
    expect(result.report.source).not.toBe('docx-model');
    expect(bodyText(result.plan)).toContain('Quán triệt nghiêm túc; triển khai');
    expect(bodyText(result.plan)).toContain('Bổ sung nhiệm vụ rà soát văn bản.');
  });

  it('without comments or changes, imports as before, asking nothing', async () => {
    const result = await importDocx(await renderDocx(partyPlan(), { now: NOW }));
    expect(result.report.source).toBe('docx-model');
  });
});
