/**
 * The content: sections with a title and some text, no template guidance left behind, Unicode
 * NFC everywhere, a trích yếu without abbreviations, and the numbering forms of the system.
 */
import { appendixNumberStyle } from '../../format';
import { appendixLabel, inlineText, type PlanDocument } from '../../model';
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

const PLACEHOLDER = /…|\.{3}/u;

function placeholderFields(plan: PlanDocument): { path: PlanPath; text: string }[] {
  const { meta, signer } = plan;
  return [
    { path: ['meta', 'summary'], text: meta.summary },
    { path: ['meta', 'place'], text: meta.place },
    { path: ['meta', 'parentOrgan'], text: meta.parentOrgan },
    { path: ['meta', 'issuingOrgan', 'header'], text: meta.issuingOrgan.header },
    { path: ['meta', 'symbol'], text: meta.symbol },
    ...plan.basis.map((ref, i) => ({ path: ['basis', i] as PlanPath, text: `${ref.title} ${ref.issuer}` })),
    ...plan.appendices.map((a, i) => ({ path: ['appendices', i, 'title'] as PlanPath, text: a.title })),
    { path: ['signer'], text: [...signer.authority.map((a) => a.body), signer.position, signer.name].join(' ') },
  ];
}

export const unfilledTemplateRule: PlanRule = {
  id: 'chua-dien',
  title: 'Nội dung mẫu chưa thay',
  concept: 'template',
  severity: 'cảnh báo',
  *check({ plan }) {
    for (const field of placeholderFields(plan)) {
      if (PLACEHOLDER.test(field.text)) yield { at: field.path, message: 'Còn chỗ "…" chưa điền' };
    }
    const blocks = [
      ...plan.preamble.map((b, j) => ({ b, path: ['preamble', j] as PlanPath })),
      ...plan.sections.flatMap((s, i) => s.blocks.map((b, j) => ({ b, path: ['sections', i, 'blocks', j] as PlanPath }))),
    ];
    for (const { b, path } of blocks) {
      if (b.hint === true) yield { at: path, message: 'Còn đoạn hướng dẫn của mẫu chưa thay bằng nội dung' };
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
