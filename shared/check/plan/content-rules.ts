/**
 * The content: sections with a title and some text, no template guidance left behind, Unicode
 * NFC everywhere, a trích yếu without abbreviations, and the numbering forms of the system.
 */
import { appendixNumberStyle } from '../../format';
import { isTaskRow, appendixLabel, cellOf, cellText, clip, inlineText, oneLine, type PlanDocument } from '../../model';
import type { PlanPath } from '../finding';
import { abbreviationsIn, expandAbbreviations } from './abbreviations';
import type { PlanRule } from './plan-rule';

export const emptySectionRule: PlanRule = {
  id: 'muc-trong',
  title: 'Mục không có nội dung',
  concept: 'content',
  severity: 'cảnh báo',
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
  concept: 'headings',
  severity: 'lỗi',
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

/**
 * A task row that names no lead organ or no deadline is a blank in the table: a clone leaves these
 * for the unit to fill, and a row still without them is not ready to sign. A cell joined to the one
 * above it is filled by that one; a row with no text at all is another matter.
 */
function* emptyTaskCells(plan: PlanDocument): Generator<{ path: PlanPath; label: string }> {
  for (const [a, appendix] of plan.appendices.entries()) {
    const slots = appendix.columns.filter((c) => c.type === 'agency' || c.type === 'deadline');
    const texts = appendix.columns.filter((c) => c.type === 'text');
    for (const [r, row] of appendix.rows.entries()) {
      if (!isTaskRow(row) || !texts.some((c) => cellText(cellOf(row, c.id) ?? '').trim() !== '')) continue;
      for (const column of slots) {
        if (row.mergeAbove?.includes(column.id) === true || cellText(cellOf(row, column.id) ?? '').trim() !== '') continue;
        const label = column.label.replace(/\s+/gu, ' ').trim();
        yield { path: ['appendices', a, 'rows', r, 'cells', column.id], label: label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) };
      }
    }
  }
}

export const unfilledTemplateRule: PlanRule = {
  id: 'chua-dien',
  title: 'Phần chưa xong: hướng dẫn của mẫu, chỗ trống "…"',
  concept: 'template',
  severity: 'cảnh báo',
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
    for (const { path, label } of emptyTaskCells(plan)) {
      yield { at: path, message: `Ô còn trống: ghi ${label} trước khi trình ký`, unfinished: true };
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
  concept: 'encoding',
  severity: 'lỗi',
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
  concept: 'abbreviations',
  severity: 'cảnh báo',
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
  concept: 'appendixNumbering',
  severity: 'lỗi',
  *check({ plan, profile }) {
    if (plan.appendices.length < 2) return;
    const wanted = appendixNumberStyle(profile);
    for (const [i, appendix] of plan.appendices.entries()) {
      if (appendix.numberStyle === wanted) continue;
      const label = appendixLabel({ numberStyle: wanted }, i, plan.appendices.length);
      yield {
        at: ['appendices', i, 'numberStyle'],
        message: `${appendixLabel(appendix, i, plan.appendices.length)}: ${profile.shortName} đánh số phụ lục bằng chữ số ${wanted === 'roman' ? 'La Mã' : 'Ả Rập'} ("${label}")`,
        fix: { kind: 'set-field', path: ['appendices', i, 'numberStyle'], value: wanted, label: `Ghi là ${label}` },
      };
    }
  },
};

export const sectionNumberingRule: PlanRule = {
  id: 'danh-so-muc',
  title: 'Cách đánh số mục (I. hay I-)',
  concept: 'sectionNumbering',
  severity: 'cảnh báo',
  *check({ plan, profile }) {
    const wanted = profile.headings.sectionNumbering;
    if (plan.sectionNumbering === wanted || plan.sections.length === 0) return;
    const form = wanted === 'roman-dash' ? 'I-' : 'I.';
    yield {
      at: ['sectionNumbering'],
      message: `Mục lớn thường đánh số "${form}" trong ${profile.name}`,
      fix: { kind: 'set-field', path: ['sectionNumbering'], value: wanted, label: `Đánh số ${form}` },
    };
  },
};
