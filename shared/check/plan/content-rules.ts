/**
 * The content: sections with a title and some text, no template guidance left behind, Unicode
 * NFC everywhere, a trích yếu without abbreviations, and the numbering forms of the system.
 */
import { appendixLabel, clip, inlineText, oneLine } from '../../model';
import type { PlanPath } from '../finding';
import { both } from '../rule';
import { abbreviationsIn, expandAbbreviations } from './abbreviations';
import type { PlanRule } from './plan-rule';

export const emptySectionRule: PlanRule = {
  id: 'muc-trong',
  title: 'Mục không có nội dung',
  sources: both('cảnh báo', 'NĐ 30/2020, Phụ lục I, mục II.6.c', 'HD 36-HD/VPTW, mục II.1.6'),
  *check({ plan }) {
    for (const [i, section] of plan.sections.entries()) {
      const written = section.blocks.some((b) => b.hint !== true && inlineText(b.children).trim() !== '');
      if (!written) yield { at: ['sections', i], message: 'Mục chưa có nội dung' };
    }
  },
};

export const sectionTitleRule: PlanRule = {
  id: 'tieu-de-muc',
  title: 'Tiêu đề mục',
  sources: {
    'nd30-2020': { severity: 'lỗi', cite: 'NĐ 30/2020, Phụ lục I, mục II.6.d' },
    'hd36-2018': { severity: 'cảnh báo', cite: 'HD 36-HD/VPTW, mục II.1.6' },
  },
  *check({ plan }) {
    for (const [i, section] of plan.sections.entries()) {
      if (section.title.trim() === '') yield { at: ['sections', i, 'title'], message: 'Mục chưa có tiêu đề' };
    }
  },
};

/**
 * A blank left to fill: "…", "..." or "___" standing for a word or a number ("Nghị quyết số
 * …-NQ/TU", "đạt …%/năm", "Sở …"). An ellipsis right after a word ("văn hóa, xã hội…") is prose.
 * The plan's own number and day are no slot: they are blank fields the văn thư fills.
 */
const SLOT = /(?<![\p{L}\p{N}])(?:…|\.\.\.|___)/u;

/** Values the drafter never types: links to the superior plan, as they were printed there. */
const NOT_TYPED = new Set(['trace', 'sourceRef']);

function* stringLeaves(value: unknown, path: PlanPath): Generator<{ path: PlanPath; text: string }> {
  if (typeof value === 'string') {
    yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* stringLeaves(v, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    // Guidance is reported as a whole, once.
    if ('hint' in value && value.hint === true) return;
    for (const [k, v] of Object.entries(value)) if (!NOT_TYPED.has(k)) yield* stringLeaves(v, [...path, k]);
  }
}

/** The slot with a few words around it, so the list says which "…" it is. */
function slotContext(text: string, at: number): string {
  const line = oneLine(text);
  const start = Math.max(0, line.lastIndexOf(' ', Math.max(0, at - 25)));
  const end = line.indexOf(' ', Math.min(line.length, at + 20));
  return `${start > 0 ? '…' : ''}${line.slice(start, end < 0 ? line.length : end).trim()}${end < 0 ? '' : '…'}`;
}

export const unfilledTemplateRule: PlanRule = {
  id: 'chua-dien',
  title: 'Phần chưa xong: hướng dẫn của mẫu, chỗ trống "…"',
  sources: both(
    'cảnh báo',
    'văn bản ký ban hành không còn hướng dẫn hay chỗ trống',
    'văn bản ký ban hành không còn hướng dẫn hay chỗ trống',
  ),
  *check({ plan }) {
    const blocks = [
      ...plan.preamble.map((b, j) => ({ b, path: ['preamble', j] as PlanPath })),
      ...plan.sections.flatMap((s, i) => s.blocks.map((b, j) => ({ b, path: ['sections', i, 'blocks', j] as PlanPath }))),
    ];
    for (const { b, path } of blocks) {
      if (b.hint !== true) continue;
      yield {
        at: path,
        message: `Còn hướng dẫn của mẫu "${clip(oneLine(inlineText(b.children)), 50)}" (không in ra): viết nội dung vào chỗ này`,
        unfinished: true,
      };
    }
    for (const { path, text } of stringLeaves(plan, [])) {
      const slot = SLOT.exec(text);
      if (slot === null) continue;
      yield { at: path, message: `Còn chỗ trống chưa điền: "${slotContext(text, slot.index)}"`, unfinished: true };
    }
  },
};

function* nonNfc(value: unknown, path: PlanPath): Generator<{ path: PlanPath; text: string }> {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* nonNfc(v, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* nonNfc(v, [...path, k]);
  }
}

export const nfcRule: PlanRule = {
  id: 'unicode-nfc',
  title: 'Chữ tiếng Việt dựng sẵn (Unicode NFC)',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục I.4 (Unicode TCVN 6909:2001)', 'HD 36-HD/VPTW, mục II (bộ mã TCVN 6909:2001)'),
  *check({ plan }) {
    for (const { path, text } of nonNfc(plan, [])) {
      yield {
        at: path,
        message: `Chữ có dấu gõ ở dạng tổ hợp (dấu tách khỏi chữ) trong "${text.normalize('NFC').slice(0, 40)}": tìm kiếm và so khớp sẽ sai`,
        fix: { kind: 'set-field', path, value: text.normalize('NFC'), label: 'Chuyển sang dạng dựng sẵn (NFC)' },
      };
    }
  },
};

export const summaryAbbreviationRule: PlanRule = {
  id: 'viet-tat-trich-yeu',
  title: 'Chữ viết tắt trong trích yếu',
  sources: both('cảnh báo', 'NĐ 30/2020, Phụ lục I, mục II.5.a và II.2.a', 'HD 36-HD/VPTW, mục II.1.5'),
  *check({ plan }) {
    const found = [...new Set(abbreviationsIn(plan.meta.summary))];
    if (found.length === 0) return;
    yield {
      at: ['meta', 'summary'],
      message: `Trích yếu có chữ viết tắt ${found.map((w) => `"${w}"`).join(', ')}: trích yếu viết đầy đủ, chỉ tên cơ quan chủ quản được viết tắt`,
      fix: { kind: 'set-field', path: ['meta', 'summary'], value: expandAbbreviations(plan.meta.summary), label: 'Viết đầy đủ' },
    };
  },
};

export const appendixNumberingRule: PlanRule = {
  id: 'so-phu-luc',
  title: 'Cách đánh số phụ lục',
  // Party plans number appendices both ways (HD 36's own annexes are "Phụ lục 1", Kế hoạch
  // 58-KH/TU has "Phụ lục I"), so only the State rule, which prescribes Roman numerals, applies.
  sources: { 'nd30-2020': { severity: 'lỗi', cite: 'NĐ 30/2020, Phụ lục I, mục III.1.a' } },
  *check({ plan }) {
    if (plan.appendices.length < 2) return;
    for (const [i, appendix] of plan.appendices.entries()) {
      if (appendix.numberStyle === 'roman') continue;
      const label = appendixLabel({ numberStyle: 'roman' }, i, plan.appendices.length);
      yield {
        at: ['appendices', i, 'numberStyle'],
        message: `${appendixLabel(appendix, i, plan.appendices.length)}: phụ lục đánh số bằng chữ số La Mã ("${label}")`,
        fix: { kind: 'set-field', path: ['appendices', i, 'numberStyle'], value: 'roman', label: `Ghi là ${label}` },
      };
    }
  },
};

export const sectionNumberingRule: PlanRule = {
  id: 'danh-so-muc',
  title: 'Cách đánh số mục (I. hay I-)',
  // Party plans write both "I-" (HD 36's own headings) and "I." (Kế hoạch 58-KH/TU): no rule to
  // hold a Party plan to, so only the State form is checked.
  sources: { 'nd30-2020': { severity: 'cảnh báo', cite: 'NĐ 30/2020, Phụ lục I, mục V.6.b' } },
  *check({ plan, profile }) {
    if (plan.sectionNumbering === 'roman-dot' || plan.sections.length === 0) return;
    yield {
      at: ['sectionNumbering'],
      message: `Mục lớn thường đánh số "I." trong ${profile.name}`,
      fix: { kind: 'set-field', path: ['sectionNumbering'], value: 'roman-dot', label: 'Đánh số I.' },
    };
  },
};
