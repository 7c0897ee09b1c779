/** A plan with comments of every kind of place, for the comment tests. */
import type { PlanComment, PlanDocument } from '../../../shared/model';
import { partyPlan } from '../edit/plans';

export function commentedPlan(): PlanDocument {
  const plan = partyPlan();
  const block = plan.sections[0]?.blocks[0];
  const section = plan.sections[1];
  const appendix = plan.appendices[0];
  const row = appendix?.rows.find((r) => r.kind === 'data');
  if (block === undefined || section === undefined || appendix === undefined || row === undefined) throw new Error('58-KH/TU changed');
  const comments: PlanComment[] = [
    {
      id: 'y1',
      anchor: { part: 'block', blockId: block.id, start: 11, end: 30 },
      quote: 'nghiêm túc, sâu sắc',
      author: 'Sở Tư pháp',
      date: '2026-05-12T10:00:00Z',
      text: 'Đề nghị làm rõ đối tượng quán triệt.',
      resolved: false,
      replies: [{ author: 'Văn phòng Tỉnh ủy', date: '2026-05-13T08:00:00Z', text: 'Đã tiếp thu, sửa lại.' }],
    },
    {
      id: 'y2',
      anchor: { part: 'cell', appendixId: appendix.id, rowId: row.id, columnId: appendix.mainColumn },
      quote: '',
      author: 'Sở Tài chính',
      date: '2026-05-12T11:00:00Z',
      text: 'Thời hạn quá ngắn.',
      resolved: true,
      replies: [],
    },
    {
      id: 'y3',
      anchor: { part: 'section', sectionId: section.id },
      quote: '',
      author: 'Sở Nội vụ',
      date: '2026-05-12T11:30:00Z',
      text: 'Đổi tên mục cho gọn.',
      resolved: false,
      replies: [],
    },
  ];
  return { ...plan, comments };
}
