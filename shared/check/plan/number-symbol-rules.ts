/**
 * Số và ký hiệu in the form of the plan's profile ("30/KH-UBND" or "58-KH/TU", no spaces,
 * starting with the type abbreviation), and the same for cited documents in their own system's form.
 */
import { describeNumberForm, isSymbolInForm, numberFormOf, symbolGroups, symbolInForm } from '../../format';
import type { PlanRule } from './plan-rule';

export const numberSymbolRule: PlanRule = {
  id: 'so-ky-hieu',
  title: 'Số và ký hiệu văn bản',
  concept: 'numberSymbol',
  severity: 'lỗi',
  *check({ plan, profile }) {
    const { symbol, docType } = plan.meta;
    const form = profile.header.number;
    if (symbol.trim() === '') {
      yield { at: ['meta', 'symbol'], message: `Chưa có ký hiệu văn bản (ví dụ ${symbolInForm([docType, '…'], form)})` };
      return;
    }
    const parts = symbolGroups(symbol);
    const startsRight = parts[0] === docType;
    // A lone group is the organ ("UBND"); otherwise the first group is a wrong type abbreviation.
    const organ = !startsRight && parts.length === 1 ? parts : parts.slice(1);
    const wanted = symbolInForm([docType, ...organ], form);
    if (!isSymbolInForm(symbol, form) || !startsRight) {
      const reason = startsRight ? describeNumberForm(form) : `ký hiệu bắt đầu bằng chữ viết tắt tên loại "${docType}"`;
      yield {
        at: ['meta', 'symbol'],
        message: `Ký hiệu "${symbol}" sai thể thức: ${reason}`,
        fix: { kind: 'set-field', path: ['meta', 'symbol'], value: wanted, label: `Sửa thành ${wanted}` },
      };
    }
  },
};

/** Both guides: a number under 10 is written with a leading 0 ("Số: 07/KH-UBND", "Số 05-HD/VPTW"). */
export const numberZeroRule: PlanRule = {
  id: 'so-van-ban-so-0',
  title: 'Số văn bản nhỏ hơn 10 có số 0 phía trước',
  concept: 'numberSymbol',
  severity: 'cảnh báo',
  *check({ plan }) {
    const { number } = plan.meta;
    if (!/^[1-9]$/u.test(number)) return;
    const wanted = number.padStart(2, '0');
    yield {
      at: ['meta', 'number'],
      message: `Số văn bản "${number}" nhỏ hơn 10: ghi thêm số 0 phía trước ("${wanted}")`,
      fix: { kind: 'set-field', path: ['meta', 'number'], value: wanted, label: `Ghi là ${wanted}` },
    };
  },
};

export const citedSymbolRule: PlanRule = {
  id: 'so-ky-hieu-trich-dan',
  title: 'Số và ký hiệu của văn bản được viện dẫn',
  concept: 'citations',
  severity: 'cảnh báo',
  *check({ plan }) {
    for (const [i, ref] of plan.basis.entries()) {
      const form = numberFormOf(ref.system);
      if (ref.symbol.trim() === '' || isSymbolInForm(ref.symbol, form)) continue;
      const wanted = symbolInForm(symbolGroups(ref.symbol), form);
      yield {
        at: ['basis', i, 'symbol'],
        message: `${ref.typeName} được viện dẫn có ký hiệu "${ref.symbol}" không đúng dạng: ${describeNumberForm(form)}`,
        fix: { kind: 'set-field', path: ['basis', i, 'symbol'], value: wanted, label: `Sửa thành ${wanted}` },
      };
    }
  },
};
