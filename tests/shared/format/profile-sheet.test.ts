/**
 * docs/profiles.md is the profiles' own account of their values, provisions, confidence and
 * sources: regenerated here, so a profile changed without its documentation fails.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HD05_2026, HD36_2018, ND30_2020, PROFILES, profileSheet } from '../../../shared/format';

const DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'profiles.md');

describe('docs/profiles.md', () => {
  it('is the sheet of every registered profile', async () => {
    await expect(profileSheet(Object.values(PROFILES))).toMatchFileSnapshot(DOC);
  });

  it('shows what differs between HD 36 and HD 05 as printed, with the confidence of each provision', () => {
    const hd36 = profileSheet([HD36_2018]);
    const hd05 = profileSheet([HD05_2026]);
    expect(hd05).toContain('- Số và ký hiệu: `Số 58-KH/TU`');
    expect(hd05).toContain('số trang riêng từng phụ lục');
    expect(hd36).toContain('số trang tiếp theo phần nội dung');
    expect(hd05).toContain('`TỈNH UỶ NINH BÌNH`');
    expect(hd05).toMatch(
      /\*\*Các dòng nơi nhận và dấu cuối dòng\*\* \(`recipientLines`\): HD 05-HD\/VPTW, Phần II, mục I\.9\.2\.5\. \*tin cậy cao/u,
    );
    expect(hd05).toContain('**HD05-TXT**: Hướng dẫn số 05-HD/VPTW ngày 27/5/2026');
    expect(profileSheet([ND30_2020])).toContain('- Số và ký hiệu: `Số: 30/KH-UBND`');
  });
});
