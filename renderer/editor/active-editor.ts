/**
 * The body has one formatting toolbar for all its section editors: it acts on the editor that had
 * the focus last, and shows that editor's marks and block kind. Editors report here; the toolbar
 * subscribes and re-renders only when what it shows changes.
 */
import { createContext, useContext } from 'react';
import type { Editor, Range } from 'slate';
import { formatState, type FormatState } from './block-commands';

export interface EditorHandle {
  readonly editor: Editor;
  readonly containerId: string;
  /** Runs a command as its own undo step and gives the focus back to the text. */
  command(run: (editor: Editor) => void): void;
}

const NOTHING: FormatState = { bold: false, italic: false, underline: false, kind: null };

const stateKey = (s: FormatState): string => JSON.stringify(s);

export class ActiveEditor {
  private handle: EditorHandle | null = null;
  private state: FormatState = NOTHING;
  private key = stateKey(NOTHING);
  /** Where the caret was when a dialog (the cross-reference picker) took the focus. */
  savedSelection: Range | null = null;
  private readonly listeners = new Set<() => void>();

  get current(): EditorHandle | null {
    return this.handle;
  }

  activate(handle: EditorHandle): void {
    const changed = this.handle !== handle;
    this.handle = handle;
    this.refresh(handle.editor, changed);
  }

  /** Drops an editor that goes away (its section was removed). */
  release(editor: Editor): void {
    if (this.handle?.editor !== editor) return;
    this.handle = null;
    this.publish(NOTHING, true);
  }

  /** Called by an editor after each change; only the active one counts. */
  refresh(editor: Editor, force = false): void {
    if (this.handle?.editor !== editor) return;
    this.publish(formatState(editor), force);
  }

  private publish(state: FormatState, force: boolean): void {
    const key = stateKey(state);
    if (key === this.key && !force) return;
    this.key = key;
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): FormatState => this.state;
}

export const ActiveEditorContext = createContext<ActiveEditor | null>(null);

export function useActiveEditor(): ActiveEditor {
  const active = useContext(ActiveEditorContext);
  if (active === null) throw new Error('useActiveEditor outside ActiveEditorContext');
  return active;
}
