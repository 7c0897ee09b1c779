/**
 * Changes a reviewer makes in places other than a paragraph's words, placed on the plan: a section
 * title reworded, words typed into an empty paragraph, a row of the appendix added and one deleted
 * (scripted Word edits of our export).
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/render/docx';
import { applyReviewChanges, reviewOf } from '../../../shared/review';
import { planWithEmptyParagraph } from '../edit/plans';
import { reviewDocx, trackDeleteRow, trackFillEmptyParagraph, trackInsertRow, trackReplace } from './word-edits';

const WHO = { author: 'Sở Nội vụ', date: '2026-05-12T10:00:00Z' };
let ids = 0;
const newId = (): string => `moi-${String(++ids)}`;

describe('a returned file’s changes to titles, empty paragraphs and rows', () => {
  it('places each on its title, paragraph or row, and accepting them edits the plan there', async () => {
    const plan = planWithEmptyParagraph();
    const bytes = await reviewDocx(await renderDocx(plan, { now: new Date('2026-05-04T08:00:00Z') }), (xml) => {
      let out = trackReplace(xml, 'YÊU CẦU', 'YÊU CẦU CHUNG', WHO);
      out = trackFillEmptyParagraph(out, 'nhiệm vụ đặc biệt quan trọng', 'Phân công rõ người, rõ việc.', WHO);
      out = trackInsertRow(out, 'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030', 'Lập đề án phân loại đô thị', WHO);
      return trackDeleteRow(out, 'Lập Quy hoạch chung đô thị Ninh Bình đến năm 2050', WHO);
    });
    const review = await reviewOf(plan, bytes);
    expect(review.changes.map((c) => [c.kind, c.target, c.before, c.after])).toEqual([
      ['replace', { part: 'section', sectionId: 's1' }, 'YÊU CẦU', 'YÊU CẦU CHUNG'],
      ['insert', { part: 'block', blockId: 'trong-1' }, '', 'Phân công rõ người, rõ việc.'],
      [
        'insert-row',
        { part: 'row', appendixId: 'pl1', rowId: 'pl1-r3' },
        '',
        'Lập đề án phân loại đô thị · Đảng ủy Ủy ban nhân dân tỉnh · Năm 2026',
      ],
      [
        'delete-row',
        { part: 'row', appendixId: 'pl1', rowId: 'pl1-r4' },
        'Lập Quy hoạch chung đô thị Ninh Bình đến năm 2050, tầm nhìn đến năm 2075 · Đảng ủy Ủy ban nhân dân tỉnh · 2026-2027',
        '',
      ],
    ]);
    // The places keep their numbers as printed.
    expect(review.changes.map((c) => c.place)).toEqual(['Tên mục I', 'Mục I, đoạn 2', 'Sau phụ lục I, dòng 2', 'Phụ lục I, dòng 3']);
    const accepted = applyReviewChanges(review.plan, review.changes, newId);
    expect(accepted.sections[0]?.title).toBe('MỤC ĐÍCH, YÊU CẦU CHUNG');
    expect(accepted.sections[0]?.blocks[1]?.children).toEqual([{ text: 'Phân công rõ người, rõ việc.' }]);
    expect(accepted.appendices[0]?.rows.slice(2, 5).map((r) => r.cells.task)).toEqual([
      'Lập Chương trình phát triển đô thị tỉnh Ninh Bình đến năm 2030',
      'Lập đề án phân loại đô thị',
      'Lập Quy hoạch chung các đô thị trên địa bàn tỉnh',
    ]);
  });

  it('places words typed into an empty numbered item after its printed label', async () => {
    const plan = planWithEmptyParagraph({
      type: 'item',
      id: 'trong-1',
      level: 2,
      marker: 'letter',
      heading: false,
      children: [{ text: '' }],
    });
    const bytes = await reviewDocx(await renderDocx(plan, { now: new Date('2026-05-04T08:00:00Z') }), (xml) =>
      trackFillEmptyParagraph(xml, 'nhiệm vụ đặc biệt quan trọng', 'Phân công rõ người, rõ việc.', WHO),
    );
    const review = await reviewOf(plan, bytes);
    expect(review.changes.map((c) => [c.kind, c.target, c.start, c.after])).toEqual([
      ['insert', { part: 'block', blockId: 'trong-1' }, 0, 'Phân công rõ người, rõ việc.'],
    ]);
    const accepted = applyReviewChanges(review.plan, review.changes, newId);
    expect(accepted.sections[0]?.blocks[1]?.children).toEqual([{ text: 'Phân công rõ người, rõ việc.' }]);
  });
});
