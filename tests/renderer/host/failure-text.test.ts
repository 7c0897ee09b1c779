/** Issue 16, point 9: a failure notice says what failed once ("Không mở được: Không mở được …"). */
import { describe, expect, it } from 'vitest';
import { failureText } from '../../../renderer/host/host';

describe('failureText', () => {
  it('puts what failed before the reason', () => {
    expect(failureText('Không lưu được', new Error('Ổ đĩa đã đầy.'))).toBe('Không lưu được: Ổ đĩa đã đầy.');
  });

  it('does not say it twice when the reason already begins with it', () => {
    expect(failureText('Không mở được', new Error('Không mở được "ke-hoach.kehoach". Tệp bị hỏng.'))).toBe(
      'Không mở được "ke-hoach.kehoach". Tệp bị hỏng.',
    );
  });
});
