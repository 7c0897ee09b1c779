/**
 * Undo and redo across everything the user edits (section text, appendix cells, outline,
 * properties). Each step records the whole plan before and after: plans are immutable and share
 * unchanged parts, so a step costs little. Consecutive edits with the same key (typing in one
 * section or one cell) within a short pause merge into one step, as in a word processor.
 */
export interface Step<S, F> {
  readonly before: S;
  readonly after: S;
  /** Where the user was before and after the edit, to put them back there. */
  readonly focusBefore: F | null;
  readonly focusAfter: F | null;
  readonly key: string | null;
  readonly at: number;
}

export interface UndoHistoryOptions {
  readonly limit?: number;
  readonly mergeWithinMs?: number;
}

export class UndoHistory<S, F> {
  private past: Step<S, F>[] = [];
  private future: Step<S, F>[] = [];
  private open = true;
  private readonly limit: number;
  private readonly mergeWithinMs: number;

  constructor({ limit = 500, mergeWithinMs = 1200 }: UndoHistoryOptions = {}) {
    this.limit = limit;
    this.mergeWithinMs = mergeWithinMs;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** `untilSealed`: merge with the open step of the same key however long the pause. */
  record(step: Step<S, F>, untilSealed = false): void {
    const top = this.past[this.past.length - 1];
    if (
      this.open &&
      top !== undefined &&
      step.key !== null &&
      top.key === step.key &&
      (untilSealed || step.at - top.at <= this.mergeWithinMs)
    ) {
      this.past[this.past.length - 1] = { ...top, after: step.after, focusAfter: step.focusAfter, at: step.at };
    } else {
      this.past.push(step);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.open = true;
    this.future = [];
  }

  /** The next edit starts a new step even if it has the same key (after undo, save, a click). */
  seal(): void {
    this.open = false;
  }

  undo(): Step<S, F> | null {
    const step = this.past.pop();
    if (step === undefined) return null;
    this.future.push(step);
    this.open = false;
    return step;
  }

  redo(): Step<S, F> | null {
    const step = this.future.pop();
    if (step === undefined) return null;
    this.past.push(step);
    this.open = false;
    return step;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
