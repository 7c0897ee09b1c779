/**
 * The child's text: preamble citing the parent in its system's style, mục đích / yêu cầu and mục
 * tiêu as editable starting text that refers to the parent, the task groups, and tổ chức thực hiện
 * addressed to the unit's own departments.
 */
import { draftingPhrase, type FormatProfile } from '../format';
import {
  cellText,
  inlineText,
  isCrossRef,
  nameKey,
  type Appendix,
  type Block,
  type DocumentReference,
  type Organ,
  type PlanDocument,
  type Section,
  type TextLeaf,
} from '../model';
import { CHILD_APPENDIX_ID } from './child-appendix';
import { citationWithTitle } from './plan-reference';

export interface ChildTextInput {
  readonly parent: PlanDocument;
  readonly reference: DocumentReference;
  readonly unit: Organ;
  /** The child's profile: how its system words the unit's departments, staff and short names. */
  readonly profile: FormatProfile;
  /** The unit's own departments, as named in the directory. */
  readonly departments: readonly Organ[];
  readonly appendix: Appendix;
}

/** A block before it gets its id. */
type Draft = Block extends infer B ? (B extends Block ? Omit<B, 'id'> : never) : never;

function blocks(prefix: string, list: readonly Draft[]): Block[] {
  return list.map((block, i) => ({ ...block, id: `${prefix}-b${i + 1}` }));
}

const text = (t: string): TextLeaf[] => [{ text: t }];
const heading = (t: string): Draft => ({ type: 'item', level: 1, marker: 'decimal', heading: true, children: text(t) });
const point = (t: string): Draft => ({ type: 'item', level: 2, marker: 'letter', heading: false, children: text(t) });
const para = (t: string): Draft => ({ type: 'paragraph', children: text(t) });

/** "các phòng, đơn vị thuộc Sở Tài chính" or the departments by name. */
function departmentsPhrase(input: ChildTextInput): string {
  const own = input.departments.filter((d) => !d.groups.includes('van-phong'));
  if (own.length > 0) return [...input.departments.filter((d) => d.groups.includes('van-phong')), ...own].map((d) => d.name).join(', ');
  return draftingPhrase(input.profile, 'subordinateUnits', input.unit.name);
}

function officeName(input: ChildTextInput): string {
  return input.departments.find((d) => d.groups.includes('van-phong'))?.name ?? `Văn phòng ${input.unit.name}`;
}

export function childPreamble(input: ChildTextInput): Block[] {
  const short = input.reference.shortName;
  const opening = `Thực hiện ${citationWithTitle(input.reference, input.profile)} (`;
  // The State seed italicises "sau đây gọi tắt là …"; Party plans write "viết tắt" in plain text.
  const phrase = input.profile.drafting.shortNamePhrase;
  const first: TextLeaf[] = phrase.italic
    ? [{ text: opening }, { text: `${phrase.text} ${short}`, italic: true }, { text: ');' }]
    : text(`${opening}${phrase.text} ${short});`);
  return blocks('p', [
    { type: 'paragraph', children: first },
    para(`Căn cứ chức năng, nhiệm vụ được giao, ${input.unit.name} xây dựng Kế hoạch thực hiện với nội dung cụ thể như sau:`),
  ]);
}

/** Blocks of the parent's section whose title starts like `title` ("MỤC TIÊU"). */
function parentSection(parent: PlanDocument, title: string): Section | undefined {
  const key = nameKey(title);
  return parent.sections.find((s) => nameKey(s.title).startsWith(key));
}

function purposeSection(input: ChildTextInput): Section {
  const short = input.reference.shortName;
  const people = input.profile.drafting.staff;
  const departments = departmentsPhrase(input);
  return {
    id: 's1',
    title: 'MỤC ĐÍCH, YÊU CẦU',
    blocks: blocks('s1', [
      heading('Mục đích'),
      point(
        `Quán triệt nghiêm túc, đầy đủ nội dung ${short} đến ${people} của ${input.unit.name}; xác định các nhiệm vụ trọng tâm, giải pháp cụ thể để triển khai có hiệu quả các nhiệm vụ được giao tại ${short}.`,
      ),
      point(
        `Làm cơ sở để ${departments} triển khai và phối hợp triển khai đồng bộ, hiệu quả các nhiệm vụ, giải pháp, bảo đảm về nội dung, tiến độ được giao tại ${short}.`,
      ),
      heading('Yêu cầu'),
      point(
        `Bám sát các mục tiêu, nhiệm vụ, giải pháp tại ${short}; nội dung nhiệm vụ cụ thể, khả thi, phù hợp với chức năng, nhiệm vụ của ${input.unit.name}.`,
      ),
      point(`Phân rõ trách nhiệm chủ trì, phối hợp của ${departments} trong quá trình triển khai thực hiện Kế hoạch.`),
      point(`Tổ chức thực hiện bảo đảm tiến độ ${short} đề ra; thường xuyên đôn đốc, kiểm tra, giám sát việc thực hiện.`),
    ]),
  };
}

/** The parent's objectives carried over as bullets the drafter narrows to the unit's share. */
function goalSection(input: ChildTextInput): Section {
  const short = input.reference.shortName;
  // Guidance, headings and pointers into the parent's own appendices do not carry over.
  const goals = (parentSection(input.parent, 'MỤC TIÊU')?.blocks ?? [])
    .filter((b) => b.hint !== true && !(b.type === 'item' && b.heading) && !b.children.some(isCrossRef))
    .map((b) => inlineText(b.children).trim())
    .filter((t) => t !== '');
  return {
    id: 's2',
    title: 'MỤC TIÊU',
    blocks: blocks('s2', [
      heading('Mục tiêu tổng quát'),
      para(
        `Tổ chức thực hiện đầy đủ, kịp thời, có hiệu quả các nhiệm vụ được giao cho ${input.unit.name} tại ${short}, góp phần hoàn thành các mục tiêu ${short} đề ra.`,
      ),
      heading('Mục tiêu cụ thể'),
      para(
        goals.length === 0
          ? `Cụ thể hóa các mục tiêu, chỉ tiêu tại ${short} thuộc phạm vi ${input.unit.name} phụ trách.`
          : `Góp phần thực hiện các mục tiêu tại ${short}:`,
      ),
      ...goals.map((g): Draft => ({ type: 'bullet', level: 1, children: text(g) })),
    ]),
  };
}

function taskSection(input: ChildTextInput): Section {
  // Two levels: with tasks from several parts of the parent, the top groups only say where they come
  // from ("Nhiệm vụ tại Phụ lục II …") and the parent's own groups are one level down.
  const groups = input.appendix.rows.filter((r) => r.kind === 'group' && r.level <= 1);
  const closing: Draft = {
    type: 'paragraph',
    children: [
      { text: 'Nhiệm vụ cụ thể, thời gian hoàn thành và đơn vị chủ trì, phối hợp trong nội bộ tại ' },
      { type: 'xref', appendixId: CHILD_APPENDIX_ID, children: [{ text: '' }] },
      { text: ' kèm theo Kế hoạch này.' },
    ],
  };
  const empty: Draft = {
    type: 'paragraph',
    hint: true,
    children: text(
      `${input.reference.shortName} không giao nhiệm vụ cụ thể cho ${input.unit.name}: nêu các nhiệm vụ, giải pháp đơn vị triển khai để góp phần thực hiện Kế hoạch.`,
    ),
  };
  return {
    id: 's3',
    title: input.profile.drafting.tasksSectionTitle,
    blocks: blocks('s3', [
      ...groups.map((g): Draft => ({
        type: 'item',
        level: g.level + 1,
        marker: 'decimal',
        heading: false,
        children: text(cellText(g.cells.task)),
      })),
      input.appendix.rows.length === 0 ? empty : closing,
    ]),
  };
}

function organisationSection(input: ChildTextInput): Section {
  const departments = departmentsPhrase(input);
  const office = officeName(input);
  const capital = departments.charAt(0).toLocaleUpperCase('vi') + departments.slice(1);
  const leaders = `Lãnh đạo ${input.unit.name}`;
  const item = (t: string): Draft => ({ type: 'item', level: 1, marker: 'decimal', heading: false, children: text(t) });
  return {
    id: 's4',
    title: 'TỔ CHỨC THỰC HIỆN',
    blocks: blocks('s4', [
      item(
        `${capital} căn cứ chức năng, nhiệm vụ và nhiệm vụ được phân công tại Phụ lục kèm theo, chủ động tổ chức triển khai thực hiện; định kỳ báo cáo kết quả thực hiện về ${office} để tổng hợp.`,
      ),
      item(
        `${office} chủ trì, phối hợp với các đơn vị theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, tham mưu ${leaders} báo cáo ${input.reference.issuer} theo quy định.`,
      ),
      item(
        `Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc hoặc cần điều chỉnh, bổ sung, các đơn vị kịp thời báo cáo ${leaders} (qua ${office}) để xem xét, chỉ đạo.`,
      ),
    ]),
  };
}

export function childSections(input: ChildTextInput): Section[] {
  return [purposeSection(input), goalSection(input), taskSection(input), organisationSection(input)];
}
