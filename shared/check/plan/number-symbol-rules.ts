/**
 * Số và ký hiệu in the form of the plan's system: "30/KH-UBND" (State: "/" after the number, "-"
 * between groups) or "58-KH/TU" (Party: "-" after the number, "/" before the organ), no spaces,
 * starting with the type abbreviation. The same forms for cited documents.
 */
import type { System } from '../../model';
import { both } from '../rule';
import type { PlanRule } from './plan-rule';

export const FORMS: Readonly<Record<System, { readonly pattern: RegExp; readonly example: string }>> = {
  'nha-nuoc': { pattern: /^[^\s/-]+(?:-[^\s/-]+)+$/u, example: 'KH-UBND' },
  dang: { pattern: /^[^\s/-]+\/[^\s/-]+(?:-[^\s/-]+)*$/u, example: 'KH/TU' },
};

function groups(symbol: string): string[] {
  return symbol.split(/[\s/-]+/u).filter((g) => g !== '');
}

/** The symbol rewritten in the system's form. */
export function symbolInForm(parts: readonly string[], system: System): string {
  const [first = '', ...rest] = parts;
  if (rest.length === 0) return first;
  return system === 'dang' ? `${first}/${rest.join('-')}` : [first, ...rest].join('-');
}

function describe(system: System): string {
  return system === 'dang'
    ? 'văn bản của Đảng viết số và ký hiệu dạng 58-KH/TU: "-" sau số, "/" trước tên cơ quan, không cách chữ'
    : 'văn bản hành chính viết số và ký hiệu dạng 30/KH-UBND: "/" sau số, "-" giữa các nhóm chữ viết tắt, không cách chữ';
}

export const numberSymbolRule: PlanRule = {
  id: 'so-ky-hieu',
  title: 'Số và ký hiệu văn bản',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.3', 'HD 36-HD/VPTW, mục II.1.3'),
  *check({ plan, profile }) {
    const { symbol, docType } = plan.meta;
    const system = profile.system;
    if (symbol.trim() === '') {
      yield { at: ['meta', 'symbol'], message: `Chưa có ký hiệu văn bản (ví dụ ${docType}-… hoặc ${docType}/…)` };
      return;
    }
    const parts = groups(symbol);
    const startsRight = parts[0] === docType;
    // A lone group is the organ ("UBND"); otherwise the first group is a wrong type abbreviation.
    const organ = !startsRight && parts.length === 1 ? parts : parts.slice(1);
    const wanted = symbolInForm([docType, ...organ], system);
    if (!FORMS[system].pattern.test(symbol) || !startsRight) {
      const reason = startsRight ? describe(system) : `ký hiệu bắt đầu bằng chữ viết tắt tên loại "${docType}"`;
      yield {
        at: ['meta', 'symbol'],
        message: `Ký hiệu "${symbol}" sai thể thức: ${reason}`,
        fix: { kind: 'set-field', path: ['meta', 'symbol'], value: wanted, label: `Sửa thành ${wanted}` },
      };
    }
  },
};

export const citedSymbolRule: PlanRule = {
  id: 'so-ky-hieu-trich-dan',
  title: 'Số và ký hiệu của văn bản được viện dẫn',
  sources: both('cảnh báo', 'NĐ 30/2020, Phụ lục I, mục II.6.b', 'HD 36-HD/VPTW, mục II.1.3'),
  *check({ plan }) {
    for (const [i, ref] of plan.basis.entries()) {
      if (ref.symbol.trim() === '' || FORMS[ref.system].pattern.test(ref.symbol)) continue;
      const wanted = symbolInForm(groups(ref.symbol), ref.system);
      yield {
        at: ['basis', i, 'symbol'],
        message: `${ref.typeName} được viện dẫn có ký hiệu "${ref.symbol}" không đúng dạng: ${describe(ref.system)}`,
        fix: { kind: 'set-field', path: ['basis', i, 'symbol'], value: wanted, label: `Sửa thành ${wanted}` },
      };
    }
  },
};
