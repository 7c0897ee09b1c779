/**
 * Appendices and the body must point at each other: every appendix is referred to in the body
 * (NĐ 30 requires it), and every reference, computed or typed, points at something that exists.
 */
import { appendixLabel, fromRoman, isCrossRef, numberRows, type PlanDocument } from '../../model';
import type { PlanPath } from '../finding';
import type { PlanRule } from './plan-rule';
import { bodyFields } from './plan-texts';

const NUMBER = String.raw`([IVXLC]+|\d+)(?![\p{L}\d])`;
const APPENDIX = new RegExp(String.raw`phụ lục\s+${NUMBER}`, 'giu');
const POINT = new RegExp(String.raw`(?:điểm|mục)\s+((?:\d+\.)*\d+|[IVXLC]+|[a-zđ])\s+(?:của\s+|tại\s+)?phụ lục\s+${NUMBER}`, 'giu');
/** "Phụ lục I Nghị định 30/2020…", "phụ lục kèm theo Quyết định…": another document's appendix. */
const OTHER_DOCUMENT =
  /^\s*(?:,\s*)?(?:của\s+|kèm theo\s+|ban hành kèm theo\s+)?(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Kế hoạch|Chương trình|Chỉ thị|Kết luận|Luật|Văn bản|Hướng dẫn|Quy định|Thông báo|Công văn)(?!\s+này)/iu;
const ALL_APPENDICES = /các phụ lục|phụ lục kèm theo/iu;

function appendixIndex(number: string): number {
  const n = /^\d+$/u.test(number) ? Number(number) : (fromRoman(number) ?? 0);
  return n - 1;
}

interface Mention {
  readonly path: PlanPath;
  readonly text: string;
  readonly index: number;
  readonly point?: string;
}

function typedMentions(plan: PlanDocument): { mentions: Mention[]; all: boolean } {
  const mentions: Mention[] = [];
  let all = false;
  for (const field of bodyFields(plan)) {
    if (ALL_APPENDICES.test(field.text)) all = true;
    for (const match of field.text.matchAll(APPENDIX)) {
      const after = field.text.slice(match.index + match[0].length);
      if (OTHER_DOCUMENT.test(after)) continue;
      mentions.push({ path: field.path, text: match[0], index: appendixIndex(match[1] ?? '') });
    }
    for (const match of field.text.matchAll(POINT)) {
      const after = field.text.slice(match.index + match[0].length);
      if (OTHER_DOCUMENT.test(after)) continue;
      mentions.push({
        path: field.path,
        text: match[0],
        index: appendixIndex(match[2] ?? ''),
        point: `${match[0].split(/\s/u)[0]?.toLocaleLowerCase('vi') ?? ''} ${match[1] ?? ''}`,
      });
    }
  }
  return { mentions, all };
}

function crossRefs(plan: PlanDocument): { path: PlanPath; appendixId: string; rowId: string | undefined }[] {
  const blocks = [
    ...plan.preamble.map((block, b) => ({ block, path: ['preamble', b] as PlanPath })),
    ...plan.sections.flatMap((s, i) => s.blocks.map((block, b) => ({ block, path: ['sections', i, 'blocks', b] as PlanPath }))),
  ];
  return blocks.flatMap(({ block, path }) =>
    block.children.flatMap((node, k) =>
      isCrossRef(node) ? [{ path: [...path, 'children', k], appendixId: node.appendixId, rowId: node.rowId }] : [],
    ),
  );
}

export const unreferencedAppendixRule: PlanRule = {
  id: 'phu-luc-khong-dan-chieu',
  title: 'Phụ lục không được nhắc đến trong nội dung',
  concept: 'appendixReference',
  severity: 'lỗi',
  *check({ plan }) {
    const { mentions, all } = typedMentions(plan);
    if (all) return;
    const referred = new Set(crossRefs(plan).map((ref) => ref.appendixId));
    for (const [i, appendix] of plan.appendices.entries()) {
      if (referred.has(appendix.id) || mentions.some((m) => m.index === i)) continue;
      yield {
        at: ['appendices', i],
        message: `${appendixLabel(appendix, i, plan.appendices.length)} không được nhắc đến trong nội dung kế hoạch; hãy chèn tham chiếu tới phụ lục`,
      };
    }
  },
};

export const brokenReferenceRule: PlanRule = {
  id: 'dan-chieu-hong',
  title: 'Tham chiếu tới phụ lục hoặc điểm không có',
  concept: 'crossReferences',
  severity: 'lỗi',
  *check({ plan }) {
    const rows = new Map(plan.appendices.map((a) => [a.id, numberRows(a)]));
    for (const ref of crossRefs(plan)) {
      const numbers = rows.get(ref.appendixId);
      if (numbers === undefined) {
        yield { at: ref.path, message: 'Tham chiếu tới một phụ lục đã bị xóa' };
      } else if (ref.rowId !== undefined && !numbers.has(ref.rowId)) {
        yield { at: ref.path, message: 'Tham chiếu tới một dòng phụ lục đã bị xóa' };
      }
    }
    const { mentions } = typedMentions(plan);
    for (const mention of mentions) {
      const appendix = plan.appendices[mention.index];
      if (appendix === undefined) {
        // A point mention also holds its appendix mention, which reports the missing appendix.
        if (mention.point !== undefined) continue;
        yield { at: mention.path, message: `"${mention.text}" không có: kế hoạch có ${plan.appendices.length} phụ lục` };
        continue;
      }
      if (mention.point === undefined) continue;
      const citations = new Set([...(rows.get(appendix.id)?.values() ?? [])].map((n) => n.citation));
      if (!citations.has(mention.point)) yield { at: mention.path, message: `"${mention.text}": phụ lục không có ${mention.point}` };
    }
  },
};
