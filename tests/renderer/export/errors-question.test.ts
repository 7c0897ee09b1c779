/** The question before writing a plan with lỗi: the count, the first three with their places, the choices. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/check';
import { errorsQuestion } from '../../../renderer/export/errors-question';

function error(n: number): Finding {
  return {
    ruleId: 'so-ky-hieu',
    severity: 'lỗi',
    message: `Lỗi số ${n} (NĐ 30/2020, Phụ lục I, mục II.3)`,
    source: 'NĐ 30/2020, Phụ lục I, mục II.3',
    location: { kind: 'plan', path: ['meta', 'symbol'], label: `Chỗ ${n}` },
  };
}

describe('errorsQuestion', () => {
  it('names the first three lỗi without their citation and counts the rest', () => {
    const question = errorsQuestion({ errors: [1, 2, 3, 4, 5].map(error), unfinished: [] }, 'xuất PDF', 'xuất');
    expect(question.title).toBe('Kế hoạch còn 5 lỗi thể thức');
    expect(question.message.split('\n')).toEqual([
      '• Chỗ 1: Lỗi số 1',
      '• Chỗ 2: Lỗi số 2',
      '• Chỗ 3: Lỗi số 3',
      '… và 2 lỗi khác.',
      '',
      'Văn bản còn lỗi thể thức thì chưa nên ký và phát hành. Vẫn xuất PDF?',
    ]);
    expect(question.choices.map((c) => c.label)).toEqual(['Xem lỗi', 'Vẫn xuất']);
    expect(question.cancel).toBe('cancel');
  });

  it('lists a single lỗi alone, and names the print button after printing', () => {
    const question = errorsQuestion({ errors: [error(1)], unfinished: [] }, 'in', 'in');
    expect(question.message).not.toContain('khác');
    expect(question.choices.map((c) => c.label)).toEqual(['Xem lỗi', 'Vẫn in']);
  });

  it('asks about unfinished parts as about lỗi, listing them', () => {
    const blank = (n: number): Finding => ({
      ...error(n),
      ruleId: 'chua-dien',
      severity: 'cảnh báo',
      message: 'Còn chỗ trống chưa điền: "Sở …" (văn bản ký ban hành không còn hướng dẫn hay chỗ trống)',
      source: 'văn bản ký ban hành không còn hướng dẫn hay chỗ trống',
      unfinished: true,
    });
    const alone = errorsQuestion({ errors: [], unfinished: [1, 2, 3, 4].map(blank) }, 'xuất DOCX', 'xuất');
    expect(alone.title).toBe('Kế hoạch còn 4 chỗ chưa xong');
    expect(alone.message.split('\n')).toEqual([
      '• Chỗ 1: Còn chỗ trống chưa điền: "Sở …"',
      '• Chỗ 2: Còn chỗ trống chưa điền: "Sở …"',
      '• Chỗ 3: Còn chỗ trống chưa điền: "Sở …"',
      '… và 1 chỗ khác.',
      '',
      'Văn bản còn hướng dẫn của mẫu, chỗ trống "…" hoặc thông tin chưa điền thì chưa ký được. Vẫn xuất DOCX?',
    ]);
    expect(alone.choices.map((c) => c.label)).toEqual(['Xem các chỗ chưa xong', 'Vẫn xuất']);
    const both = errorsQuestion({ errors: [error(1)], unfinished: [blank(2)] }, 'in', 'in');
    expect(both.title).toBe('Kế hoạch còn 1 lỗi thể thức và 1 chỗ chưa xong');
    expect(both.message).toContain('Chưa xong:\n• Chỗ 2');
  });
});
