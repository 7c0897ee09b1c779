/** A received plan keeps the profile of its own date, and a year no plan can bear is reported, not fatal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';

const BODY = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seeds', 'ke-hoach-dang-ninh-binh-58-KH-TU.txt'), 'utf8');

/** The seed's text under the header block it lost when extracted, dated `date`. */
function received(date: string): string {
  return ['TỈNH ỦY NINH BÌNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 58-KH/TU', `Ninh Bình, ${date}`, BODY].join('\n');
}

describe('the date of a received plan', () => {
  it('gives it the guide of that date: HD 36 before 27/5/2026, HD 05 after', () => {
    expect(importText(received('ngày 15 tháng 4 năm 2026')).plan.profile).toBe('hd36-2018');
    const june = importText(received('ngày 15 tháng 6 năm 2026')).plan;
    expect(june.meta.date).toEqual({ year: 2026, month: 6, day: 15 });
    expect(june.profile).toBe('hd05-2026');
  });

  it('reports a year before 1945 and asks for the date, without failing the import', () => {
    const { plan, report } = importText(received('ngày 15 tháng 4 năm 1930'));
    expect(report.warnings).toContain(
      'Năm ban hành 1930 không thể có (văn bản theo thể thức này có từ năm 1945); hãy nhập lại ngày của văn bản.',
    );
    expect(plan.meta.date).toEqual({ year: null, month: null, day: null });
    expect(report.toFill).toContain('năm ban hành');
    expect(report.warnings.some((w) => w.startsWith('Không thấy ngày ban hành'))).toBe(false);
  });
});
