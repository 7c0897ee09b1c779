/**
 * Words with a returned file's pending changes drawn in them, as Word draws tracked changes: the
 * words a change removes struck through, the words it adds after them. Each drawn piece carries its
 * change's id (data-review-change), so a click or Alt+Enter on it picks that change to decide.
 */
import type { ReactNode } from 'react';

export interface TextMark {
  /** The change's id in the returned file. */
  readonly id: string;
  /** Offsets in the text that the change replaces. */
  readonly start: number;
  readonly end: number;
  readonly after: string;
  /** Who proposed what, shown on hover. */
  readonly note: string;
}

export function ReviewedText({ text, prefix, marks }: { text: string; prefix: string; marks: readonly TextMark[] }): ReactNode {
  const pieces: ReactNode[] = [prefix];
  let at = 0;
  [...marks]
    .sort((a, b) => a.start - b.start)
    .forEach((mark) => {
      if (mark.start < at) return;
      pieces.push(text.slice(at, mark.start));
      const drawn = { title: mark.note, 'data-review-change': mark.id };
      if (mark.end > mark.start)
        pieces.push(
          <del key={`d${mark.id}`} {...drawn}>
            {text.slice(mark.start, mark.end)}
          </del>,
        );
      if (mark.after !== '')
        pieces.push(
          <ins key={`i${mark.id}`} {...drawn}>
            {mark.after}
          </ins>,
        );
      at = mark.end;
    });
  pieces.push(text.slice(at));
  return pieces;
}
