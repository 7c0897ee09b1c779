/**
 * The open document: the plan, where it is saved, and the undo history. Every change to the plan
 * goes through `edit`, which records an undo step; React components read it through
 * `useSyncExternalStore` (see use-document.ts), so a keystroke re-renders only what changed.
 */
import type { FileVersion, ReadOnlyReason } from '../../shared/ipc';
import type { PlanDocument } from '../../shared/model';
import type { Focus, FocusRequest } from './focus';
import { UndoHistory } from './undo-history';

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'error'; readonly message: string };

/**
 * The last copy of unsaved work to the recovery folder: its time when it went well; when it
 * failed, why (a full disk), so the status line never keeps showing the last good time; or that
 * someone else changed the file meanwhile, said until a save settles it.
 */
export type AutosaveStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string };

export interface DocumentState {
  readonly plan: PlanDocument;
  /** Where "Lưu" writes; null for a plan without a file yet. */
  readonly path: string | null;
  /** The file at `path` as it was read or last saved, to tell whether someone else changed it since. */
  readonly version: FileVersion | null;
  readonly readOnly: ReadOnlyReason | null;
  /**
   * The plan with nothing to lose: as on disk, or as created from a template. The document is
   * dirty while `plan` differs from it (always, for a restored autosave).
   */
  readonly savedPlan: PlanDocument | null;
  /** Names this editing session's autosave file. */
  readonly sessionId: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly focusRequest: FocusRequest | null;
  readonly saveStatus: SaveStatus;
  readonly autosave: AutosaveStatus;
}

export interface EditOptions {
  /** Edits with the same key in quick succession are undone together. */
  readonly key?: string;
  readonly focusBefore?: Focus | null;
  readonly focusAfter?: Focus | null;
  /** Merge with the open step of the same key until `sealStep`, whatever the pause (a cell edit). */
  readonly untilSealed?: boolean;
}

export function isDirty(state: Pick<DocumentState, 'plan' | 'savedPlan'>): boolean {
  return state.plan !== state.savedPlan;
}

export interface DocumentStoreInit {
  readonly plan: PlanDocument;
  readonly path: string | null;
  readonly version: FileVersion | null;
  readonly readOnly: ReadOnlyReason | null;
  readonly sessionId: string;
  /** False for a restored autosave: it holds work that exists nowhere else. */
  readonly clean: boolean;
  readonly now?: () => number;
}

export class DocumentStore {
  private state: DocumentState;
  private readonly listeners = new Set<() => void>();
  private readonly history = new UndoHistory<PlanDocument, Focus>();
  private readonly now: () => number;
  private serial = 0;

  constructor(init: DocumentStoreInit) {
    this.now = init.now ?? (() => Date.now());
    this.state = {
      plan: init.plan,
      path: init.path,
      version: init.version,
      readOnly: init.readOnly,
      savedPlan: init.clean ? init.plan : null,
      sessionId: init.sessionId,
      canUndo: false,
      canRedo: false,
      focusRequest: null,
      saveStatus: { kind: 'idle' },
      autosave: { kind: 'none' },
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): DocumentState => this.state;

  private set(patch: Partial<DocumentState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private withHistoryFlags(patch: Partial<DocumentState>): Partial<DocumentState> {
    return { ...patch, canUndo: this.history.canUndo, canRedo: this.history.canRedo };
  }

  /** Applies a change to the plan as one undo step (or part of the current one, see `key`). */
  edit(recipe: (plan: PlanDocument) => PlanDocument, options: EditOptions = {}): void {
    const before = this.state.plan;
    const after = recipe(before);
    if (after === before) return;
    this.history.record(
      {
        before,
        after,
        focusBefore: options.focusBefore ?? null,
        focusAfter: options.focusAfter ?? null,
        key: options.key ?? null,
        at: this.now(),
      },
      options.untilSealed === true,
    );
    this.set(this.withHistoryFlags({ plan: after }));
  }

  /** Ends the current typing step: the next edit is undone on its own. */
  sealStep(): void {
    this.history.seal();
  }

  undo(): void {
    const step = this.history.undo();
    if (step === null) return;
    this.set(this.withHistoryFlags({ plan: step.before, focusRequest: this.request(step.focusBefore) }));
  }

  redo(): void {
    const step = this.history.redo();
    if (step === null) return;
    this.set(this.withHistoryFlags({ plan: step.after, focusRequest: this.request(step.focusAfter ?? step.focusBefore) }));
  }

  /** Asks the component that owns `focus` to put the caret there. */
  requestFocus(focus: Focus): void {
    this.set({ focusRequest: this.request(focus) });
  }

  private request(focus: Focus | null): FocusRequest | null {
    return focus === null ? this.state.focusRequest : { focus, serial: ++this.serial };
  }

  /** `plan` (the version that was sent) is now on disk at `path`, as the file `version`. */
  markSaved(plan: PlanDocument, path: string, at: string, version: FileVersion): void {
    this.history.seal();
    this.set({ savedPlan: plan, path, version, readOnly: null, saveStatus: { kind: 'saved', at }, autosave: { kind: 'none' } });
  }

  setSaveStatus(saveStatus: SaveStatus): void {
    this.set({ saveStatus });
  }

  setAutosave(autosave: AutosaveStatus): void {
    this.set({ autosave });
  }
}
