/**
 * A place in the document the user can be at. Undo and redo bring the user back to where the
 * undone edit happened: the text position in a section, the cell of an appendix, a field.
 */
import type { Range } from 'slate';

/** The preamble is edited like a section; this is its container id. */
export { PREAMBLE_ID } from '../../shared/model';

export type Focus =
  | { readonly kind: 'text'; readonly containerId: string; readonly selection: Range | null }
  | { readonly kind: 'cell'; readonly appendixId: string; readonly rowId: string; readonly columnId: string }
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'outline'; readonly id: string };

/** A request to move the user's focus, with a serial so the same place can be asked twice. */
export interface FocusRequest {
  readonly focus: Focus;
  readonly serial: number;
}
