/**
 * Where the user is editing, read from the page: the block of a section that holds the caret (its
 * position among the section editor's blocks), a section's title field, or the active row of the
 * appendix grid. It is read a little after the user types or moves (not on every keystroke), and
 * only from the main pane, so working in the preview or the outline leaves it as it was.
 */
import { useEffect, useState } from 'react';
import { sectionAnchor, type MainView } from '../base/workspace-context';
import { PREAMBLE_ID } from '../state/focus';
import { placeKey, type PrintPlace } from './print-places';

const READ_DELAY_MS = 250;
const BLOCK_SELECTOR = '[data-slate-node="element"]:not([data-slate-inline])';
const SECTION_PREFIX = sectionAnchor('');

function bodyPlace(main: Element, active: Element | null): PrintPlace | null {
  if (active === null || !main.contains(active)) return null;
  const section = active.closest('section.body-section');
  if (section === null || !section.id.startsWith(SECTION_PREFIX)) return null;
  const containerId = section.id.slice(SECTION_PREFIX.length);
  const editor = active.closest('[data-slate-editor]');
  if (editor !== null) {
    const focus = document.getSelection()?.focusNode ?? null;
    const block = (focus instanceof Element ? focus : (focus?.parentElement ?? null))?.closest(BLOCK_SELECTOR) ?? null;
    if (block === null || !editor.contains(block)) return null;
    const index = Array.prototype.indexOf.call(editor.querySelectorAll(BLOCK_SELECTOR), block);
    return index < 0 ? null : { kind: 'block', containerId, index };
  }
  if (active.closest('.section-heading') !== null && containerId !== PREAMBLE_ID) return { kind: 'heading', containerId };
  return null;
}

/** The place the main pane shows the user at, or null when it cannot tell. */
export function readEditingPlace(view: MainView): PrintPlace | null {
  const main = document.querySelector('.main-pane');
  if (main === null) return null;
  if (view.kind === 'appendix') {
    const rowId = main.querySelector('.grid-cell.active')?.closest('[data-row]')?.getAttribute('data-row') ?? null;
    return rowId === null ? { kind: 'appendix', appendixId: view.appendixId } : { kind: 'row', appendixId: view.appendixId, rowId };
  }
  return bodyPlace(main, document.activeElement);
}

/**
 * The place being edited, as React state that changes only when the place does: typing within a
 * block keeps it, so the preview does not re-render for each keystroke.
 */
export function useEditingPlace(view: MainView): PrintPlace | null {
  const [place, setPlace] = useState<PrintPlace | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = (): void => {
      timer = null;
      const next = readEditingPlace(view);
      if (next !== null) setPlace((current) => (current !== null && placeKey(current) === placeKey(next) ? current : next));
    };
    const later = (event: Event): void => {
      const target = event.target;
      if (event.type !== 'selectionchange' && !(target instanceof Node && document.querySelector('.main-pane')?.contains(target) === true))
        return;
      timer ??= setTimeout(read, READ_DELAY_MS);
    };
    const events = ['selectionchange', 'focusin', 'keyup', 'pointerup'] as const;
    for (const name of events) document.addEventListener(name, later, true);
    // A new view (an appendix opened from the outline) is a new place even before a click in it.
    timer = setTimeout(read, READ_DELAY_MS);
    return () => {
      for (const name of events) document.removeEventListener(name, later, true);
      if (timer !== null) clearTimeout(timer);
    };
  }, [view]);
  return place;
}
