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
    const question = errorsQuestion([1, 2, 3, 4, 5].map(error), 'xuất PDF', 'xuất');
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
    const question = errorsQuestion([error(1)], 'in', 'in');
    expect(question.message).not.toContain('khác');
    expect(question.choices.map((c) => c.label)).toEqual(['Xem lỗi', 'Vẫn in']);
  });
});
