/**
 * The notices shown at one time. A failure met again (the same file refused twice, a save that
 * keeps failing) is one notice, the newest, not a pile; and only the last few stay, so notices
 * never stack up over the work.
 */
export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

export const MAX_NOTICES = 3;

export function withNotice(list: readonly Notice[], notice: Notice): Notice[] {
  return [...list.filter((n) => n.text !== notice.text), notice].slice(-MAX_NOTICES);
}
