/**
 * Editing one cell in place. Every change is written through to the store at once (NFC, one undo
 * step per cell edit under the key `cell:<row>:<column>`), so a killed session loses at most the
 * autosave interval; the text being typed stays in the input, never rewritten under an input
 * method's composition. Escape takes the edit back; a change from outside (undo from the menu)
 * ends it. In a list of agencies, a name typed after a finished one is separated with "; ".
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { cellOf, type Appendix, type CellValue, type PlanDocument } from '../../shared/model';
import { updateAppendix } from '../../shared/edit/appendix-ops';
import { setCell } from '../../shared/edit/appendix-rows';
import type { DocumentStore } from '../state/document-store';
import { editText, separateAgencies, typedValue } from './grid-model';
import type { CellRef } from './grid-selection';

interface Session {
  readonly cell: CellRef;
  readonly original: CellValue | undefined;
  readonly serial: number;
  /** The plan after this session's last write, to know whether anything came after it. */
  written: PlanDocument | null;
  /** The cell's text as this session last left it in the store. */
  lastText: string;
  /** The text up to the last finished agency name: the cell's text at the start, or a chosen name. */
  finished: string;
  composing: boolean;
}

export interface CellEdit {
  /** The cell being edited and the session's serial, for rendering. */
  readonly editing: { readonly cell: CellRef; readonly serial: number } | null;
  readonly isComposing: () => boolean;
  /** Starts editing; `text` replaces what the input holds (null: keep what was just typed). */
  readonly begin: (cell: CellRef, text: string | null) => void;
  /** Writes the input's text to the cell. */
  readonly write: () => void;
  /** A suggestion was chosen: the cell's whole new text, ending with a finished name. */
  readonly accept: (text: string) => void;
  readonly setComposing: (composing: boolean) => void;
  /** Ends the edit, keeping what was written. */
  readonly commit: () => void;
  /** Ends the edit and puts the cell back as it was. */
  readonly cancel: () => void;
  /** Ends the edit when the cell changed under it (undo, redo); true when it did. */
  readonly yieldToOutsideChange: (appendix: Appendix) => boolean;
}

export function useCellEdit(
  store: DocumentStore,
  appendixId: string,
  input: RefObject<HTMLTextAreaElement | null>,
  getAppendix: () => Appendix,
): CellEdit {
  const session = useRef<Session | null>(null);
  const serial = useRef(0);
  const [editing, setEditing] = useState<CellEdit['editing']>(null);

  const end = useCallback(() => {
    const composing = session.current?.composing ?? false;
    session.current = null;
    const element = input.current;
    if (element !== null) {
      // Ending mid-word (a click elsewhere): blurring ends the input method's composition, so
      // its text does not land in the next cell.
      if (composing && document.activeElement === element) {
        element.blur();
        element.focus({ preventScroll: true });
      }
      element.value = '';
    }
    setEditing(null);
  }, [input]);

  const writeValue = useCallback(
    (s: Session, value: CellValue) => {
      const focus = { kind: 'cell', appendixId, rowId: s.cell.rowId, columnId: s.cell.columnId } as const;
      store.edit((plan) => updateAppendix(plan, appendixId, (a) => setCell(a, s.cell.rowId, s.cell.columnId, value)), {
        key: `cell:${s.cell.rowId}:${s.cell.columnId}`,
        focusBefore: focus,
        focusAfter: focus,
        untilSealed: true,
      });
      s.written = store.getState().plan;
      // Read back from the store: the grid has not been rendered with this write yet.
      const row = s.written.appendices.find((a) => a.id === appendixId)?.rows.find((r) => r.id === s.cell.rowId);
      s.lastText = editText(row === undefined ? undefined : cellOf(row, s.cell.columnId));
    },
    [store, appendixId],
  );

  const begin = useCallback(
    (cell: CellRef, text: string | null) => {
      const row = getAppendix().rows.find((r) => r.id === cell.rowId);
      const original = row === undefined ? undefined : cellOf(row, cell.columnId);
      // Each cell edit is its own undo step, however soon it follows the last one.
      store.sealStep();
      serial.current += 1;
      session.current = {
        cell,
        original,
        serial: serial.current,
        written: null,
        lastText: editText(original),
        finished: text ?? '',
        composing: false,
      };
      const element = input.current;
      if (element !== null && text !== null) {
        element.value = text;
        element.setSelectionRange(text.length, text.length);
      }
      setEditing({ cell, serial: serial.current });
    },
    [store, input, getAppendix],
  );

  const write = useCallback(() => {
    const s = session.current;
    const element = input.current;
    if (s === null || element === null || s.composing) return;
    const column = getAppendix().columns.find((c) => c.id === s.cell.columnId);
    if (column === undefined) return;
    if (column.type === 'agencies') {
      const separated = separateAgencies(s.finished, element.value);
      if (separated !== element.value) {
        element.value = separated;
        element.setSelectionRange(separated.length, separated.length);
      }
    }
    writeValue(s, typedValue(column, element.value));
  }, [input, getAppendix, writeValue]);

  const accept = useCallback(
    (text: string) => {
      const s = session.current;
      const element = input.current;
      if (s === null || element === null) return;
      element.value = text;
      element.setSelectionRange(text.length, text.length);
      s.finished = text;
      write();
    },
    [input, write],
  );

  const commit = useCallback(() => {
    const s = session.current;
    if (s === null) return;
    if (s.composing) {
      // What the input method shows is what the user sees in the cell: keep it.
      s.composing = false;
      write();
      s.composing = true;
    }
    store.sealStep();
    end();
  }, [store, end, write]);

  const cancel = useCallback(() => {
    const s = session.current;
    if (s === null) return;
    if (s.written !== null && store.getState().plan === s.written) {
      // Nothing came after this edit's step: taking the step back restores the cell exactly.
      end();
      store.undo();
      return;
    }
    if (s.written !== null) writeValue(s, s.original ?? '');
    store.sealStep();
    end();
  }, [store, end, writeValue]);

  const yieldToOutsideChange = useCallback(
    (appendix: Appendix) => {
      const s = session.current;
      if (s === null || s.composing) return false;
      const row = appendix.rows.find((r) => r.id === s.cell.rowId);
      if (row !== undefined && editText(cellOf(row, s.cell.columnId)) === s.lastText) return false;
      end();
      return true;
    },
    [end],
  );

  const setComposing = useCallback((composing: boolean) => {
    if (session.current !== null) session.current.composing = composing;
  }, []);

  const isComposing = useCallback(() => session.current?.composing ?? false, []);

  return { editing, isComposing, begin, write, accept, setComposing, commit, cancel, yieldToOutsideChange };
}
