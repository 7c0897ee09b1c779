/**
 * Names a model path the way a drafter names the place: "Mục II, khoản 2.1", "Phụ lục I, dòng STT 3,
 * cột Thời gian thực hiện", "Người ký". Numbers come from the same numbering the renderer uses.
 */
import { appendixLabel, numberItems, numberRows, sectionNumber, type Block, type PlanDocument } from '../../model';
import type { PlanPath } from '../finding';

const META_LABELS: Readonly<Record<string, string>> = {
  docType: 'Ký hiệu tên loại',
  typeName: 'Tên loại văn bản',
  summary: 'Trích yếu',
  parentOrgan: 'Tên cơ quan chủ quản',
  issuingOrgan: 'Tên cơ quan ban hành',
  place: 'Địa danh',
  number: 'Số văn bản',
  symbol: 'Ký hiệu văn bản',
  date: 'Ngày ban hành',
  markings: 'Độ mật, độ khẩn, dự thảo',
};

function blockLabel(blocks: readonly Block[], index: number, where: string): string {
  const block = blocks[index];
  if (block === undefined) return where;
  if (block.hint === true) return `${where}, hướng dẫn của mẫu`;
  if (block.type === 'item') {
    const number = numberItems(blocks).get(block.id)?.number ?? '';
    return `${where}, ${block.level === 1 && block.marker === 'decimal' ? 'khoản' : 'điểm'} ${number}`;
  }
  return `${where}, đoạn ${index + 1}${block.type === 'bullet' ? ' (gạch đầu dòng)' : ''}`;
}

function appendixPlace(plan: PlanDocument, path: PlanPath): string {
  const index = Number(path[1]);
  const appendix = plan.appendices[index];
  if (appendix === undefined) return 'Phụ lục';
  const label = appendixLabel(appendix, index, plan.appendices.length);
  if (path[2] === 'title') return `${label}, tên phụ lục`;
  if (path[2] === 'refLine') return `${label}, dòng "Kèm theo"`;
  if (path[2] === 'notes') return `${label}, ghi chú dưới bảng`;
  if (path[2] === 'columns') return `${label}, tiêu đề cột ${Number(path[3]) + 1}`;
  if (path[2] !== 'rows') return label;
  const rowIndex = Number(path[3]);
  const row = appendix.rows[rowIndex];
  if (row === undefined) return label;
  const stt = numberRows(appendix).get(row.id)?.stt ?? '';
  const rowName = stt === '' ? `dòng ${rowIndex + 1}` : `dòng STT ${stt}`;
  const column = path[4] === 'cells' ? appendix.columns.find((c) => c.id === path[5]) : undefined;
  return column === undefined ? `${label}, ${rowName}` : `${label}, ${rowName}, cột "${column.label}"`;
}

export function describePath(plan: PlanDocument, path: PlanPath): string {
  const [head, second] = path;
  switch (head) {
    case 'meta':
      return META_LABELS[String(second)] ?? 'Thông tin văn bản';
    case 'basis':
      return `Căn cứ ${Number(second) + 1}`;
    case 'preamble':
      return blockLabel(plan.preamble, Number(path[1]), 'Phần mở đầu');
    case 'sections': {
      const index = Number(second);
      const section = plan.sections[index];
      if (section === undefined) return 'Nội dung';
      const where = `Mục ${sectionNumber(index)}`;
      if (path[2] === undefined) return where;
      if (path[2] === 'title') return `${where}, tiêu đề`;
      return blockLabel(section.blocks, Number(path[3]), where);
    }
    case 'appendices':
      return appendixPlace(plan, path);
    case 'signer':
      return 'Người ký';
    case 'recipients':
      return `Nơi nhận, dòng ${Number(second) + 1}`;
    case 'archive':
      return 'Nơi nhận, dòng lưu';
    case 'sectionNumbering':
      return 'Cách đánh số mục';
    case undefined:
    default:
      return 'Kế hoạch';
  }
}
