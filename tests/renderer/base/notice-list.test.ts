/** Notices never pile up: a repeated one replaces itself, and only the last few stay. */
import { describe, expect, it } from 'vitest';
import { MAX_NOTICES, withNotice, type Notice } from '../../../renderer/base/notice-list';

const error = (id: number, text: string): Notice => ({ id, kind: 'error', text });

describe('withNotice', () => {
  it('shows a failure met again once, as the newest', () => {
    const first = withNotice(
      [error(1, 'Không mở được tệp: tệp bị hỏng.'), error(2, 'Không lưu được.')],
      error(3, 'Không mở được tệp: tệp bị hỏng.'),
    );
    expect(first.map((n) => n.id)).toEqual([2, 3]);
  });

  it('keeps only the last few', () => {
    let list: Notice[] = [];
    for (let i = 1; i <= 8; i++) list = withNotice(list, error(i, `Lỗi ${i}`));
    expect(list.map((n) => n.id)).toEqual([6, 7, 8].slice(-MAX_NOTICES));
    expect(list).toHaveLength(MAX_NOTICES);
  });
});
