/**
 * Places of a plan named as a reader says them ("Mục II, 1.2.", "Phụ lục I, dòng 3, cột Nhiệm
 * vụ", "Trích yếu"), for find results, compare and review lists. Numbers are computed once per
 * plan; places are given by ids, so a name follows the plan as it is now.
 */
import { appendixLabel, numberRows } from './appendix-numbering';
import { numberItems, sectionNumber } from './body-numbering';
import type { CommentAnchor } from './comment.schema';
import type { PlanDocument } from './plan.schema';

/** The editor's and the find's id of the preamble, which has no section id of its own. */
export const PREAMBLE_ID = '__preamble__';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  'meta.parentOrgan': 'Cơ quan chủ quản',
  'meta.issuingOrgan.header': 'Tên cơ quan ban hành',
  'meta.issuingOrgan.citation': 'Tên cơ quan trong câu văn',
  'meta.place': 'Địa danh',
  'meta.typeName': 'Tên loại văn bản',
  'meta.summary': 'Trích yếu',
  'meta.markings.circulation': 'Chỉ dẫn phạm vi lưu hành',
  'meta.markings.draft': 'Dấu dự thảo',
  'signer.position': 'Chức vụ người ký',
  'signer.name': 'Họ tên người ký',
  archive: 'Nơi lưu',
};

/** A place's name inside a sentence ("Mục II" as "mục II"): only the first letter is lowered, never a number. */
export function inSentence(place: string): string {
  return `${place.charAt(0).toLocaleLowerCase('vi')}${place.slice(1)}`;
}

export class PlaceNamer {
  private readonly blockNames = new Map<string, string>();
  private readonly rowNames = new Map<string, string>();

  constructor(private readonly plan: PlanDocument) {
    const nameBlocks = (container: string, blocks: PlanDocument['preamble']): void => {
      const numbers = numberItems(blocks);
      blocks.forEach((block, i) => {
        const label = numbers.get(block.id)?.label;
        this.blockNames.set(block.id, label === undefined ? `${container}, đoạn ${i + 1}` : `${container}, ${label}`);
      });
    };
    nameBlocks('Phần mở đầu', plan.preamble);
    plan.sections.forEach((section, i) => {
      nameBlocks(`Mục ${sectionNumber(i)}`, section.blocks);
    });
    plan.appendices.forEach((appendix, a) => {
      const label = appendixLabel(appendix, a, plan.appendices.length);
      const numbers = numberRows(appendix);
      appendix.rows.forEach((row, r) => {
        const stt = numbers.get(row.id)?.stt ?? '';
        this.rowNames.set(`${appendix.id}/${row.id}`, `${label}, ${stt === '' ? `dòng thứ ${r + 1}` : `dòng ${stt}`}`);
      });
    });
  }

  section(sectionId: string): string {
    if (sectionId === PREAMBLE_ID) return 'Phần mở đầu';
    const index = this.plan.sections.findIndex((s) => s.id === sectionId);
    return index === -1 ? 'Mục đã xoá' : `Mục ${sectionNumber(index)}`;
  }

  block(blockId: string): string {
    return this.blockNames.get(blockId) ?? 'Đoạn đã xoá';
  }

  appendix(appendixId: string): string {
    const index = this.plan.appendices.findIndex((a) => a.id === appendixId);
    const appendix = this.plan.appendices[index];
    return appendix === undefined ? 'Phụ lục đã xoá' : appendixLabel(appendix, index, this.plan.appendices.length);
  }

  row(appendixId: string, rowId: string): string {
    return this.rowNames.get(`${appendixId}/${rowId}`) ?? `${this.appendix(appendixId)}, dòng đã xoá`;
  }

  cell(appendixId: string, rowId: string, columnId: string): string {
    const column = this.plan.appendices.find((a) => a.id === appendixId)?.columns.find((c) => c.id === columnId);
    return `${this.row(appendixId, rowId)}, cột ${column?.label ?? columnId}`;
  }

  /** Where a comment (or a returned file's change) sits. */
  anchor(anchor: CommentAnchor): string {
    switch (anchor.part) {
      case 'block':
        return this.block(anchor.blockId);
      case 'section':
        return `Tên ${inSentence(this.section(anchor.sectionId))}`;
      case 'cell':
        return this.cell(anchor.appendixId, anchor.rowId, anchor.columnId);
      case 'row':
        return this.row(anchor.appendixId, anchor.rowId);
      case 'document':
        return 'Phần đầu, chữ ký hoặc nơi nhận';
    }
  }

  /** A field by its path in the plan: a property, a section or appendix title, a column label. */
  field(path: readonly (string | number)[]): string {
    const [head, index, key, sub] = path;
    const known = FIELD_NAMES[path.join('.')];
    if (known !== undefined) return known;
    if (head === 'sections' && typeof index === 'number') return `Tên mục ${sectionNumber(index)}`;
    if (head === 'appendices' && typeof index === 'number') {
      const appendix = this.plan.appendices[index];
      const label = appendix === undefined ? 'Phụ lục' : appendixLabel(appendix, index, this.plan.appendices.length);
      if (key === 'columns' && typeof sub === 'number') return `${label}, tên cột ${sub + 1}`;
      if (key === 'notes') return `${label}, ghi chú dưới bảng`;
      return `Tên ${label}`;
    }
    if (head === 'basis' && typeof index === 'number') return `Căn cứ ${index + 1}`;
    if (head === 'signer') return 'Thẩm quyền ký';
    if (head === 'recipients') return 'Nơi nhận';
    return 'Thông tin văn bản';
  }
}
