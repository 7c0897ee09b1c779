/** The structure score that the OCR round trip is judged by (bench/lib/structure-score.ts). */
import { describe, expect, it } from 'vitest';
import { structureScore } from '../../../../bench/lib/structure-score';
import type { PlanSummary } from '../../../../shared/inspect';

function summary(extra: Partial<PlanSummary> = {}): PlanSummary {
  return {
    system: 'nha-nuoc',
    docType: 'KH',
    title: 'KẾ HOẠCH',
    summary: '',
    issuer: '',
    number: '',
    symbol: '',
    date: '',
    basis: [],
    sections: [
      { number: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', children: [{ number: '1', title: 'Mục đích', children: [] }] },
      { number: 'II', title: 'TỔ CHỨC THỰC HIỆN', children: [] },
    ],
    appendices: [{ number: '', title: 'NHIỆM VỤ', orientation: 'landscape', columns: ['STT', 'Nội dung', 'Chủ trì'], groups: 2, rows: 10 }],
    signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
    recipients: 4,
    ...extra,
  };
}

describe('structureScore', () => {
  it('is 1 for the same structure, whatever the body text', () => {
    expect(structureScore(summary(), summary({ summary: 'khác' })).score).toBe(1);
    expect(structureScore(summary(), summary()).expected).toBe(6 + 1 + 3 + 2 + 3 + 1);
  });

  it('takes a title misread in a letter or two as found, a wrong one as missing', () => {
    const misread = summary();
    const [first] = misread.sections;
    if (first === undefined) throw new Error('no section');
    const sections = [
      { ...first, title: 'MỤC ĐICH, YÊU CÂU' },
      { number: 'II', title: 'NHIỆM VỤ', children: [] },
    ];
    const score = structureScore(summary(), { ...misread, sections });
    expect(score.missing).toEqual(['II TỔ CHỨC THỰC HIỆN']);
  });

  it('counts rows and groups exactly, and extra parts against the score', () => {
    const got = summary({
      appendices: [
        {
          number: 'I',
          title: 'NHIỆM VỤ',
          orientation: 'landscape',
          columns: ['STT', 'Nội dung', 'Chủ trì', 'Ghi chú'],
          groups: 2,
          rows: 9,
        },
      ],
      recipients: 5,
    });
    const score = structureScore(summary(), got);
    expect(score.missing).toEqual(['Phụ lục 1: 10 dòng (đọc được 9)', '4 dòng nơi nhận (đọc được 5)']);
    expect(score.extra).toBe(1);
    expect(score.score).toBeCloseTo(14 / 17, 5);
  });
});
