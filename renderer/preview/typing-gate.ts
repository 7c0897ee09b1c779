/**
 * The preview's work on the page's main thread (decoding a new PDF, drawing pages in slices,
 * laying out their text) waits for a pause in typing, so a keystroke never queues behind it. Input
 * is noticed by listeners on the window that only note the time.
 */

const INPUT_EVENTS = ['keydown', 'beforeinput', 'compositionupdate'] as const;

export class TypingGate {
  private lastInput = -Infinity;
  private readonly waiting = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    /** How long after the last input the page counts as quiet. */
    private readonly quietMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  readonly noteInput = (): void => {
    this.lastInput = this.now();
  };

  /** Starts noticing input on `target`; returns the function that stops it. */
  listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    for (const name of INPUT_EVENTS) target.addEventListener(name, this.noteInput, { capture: true, passive: true });
    return () => {
      for (const name of INPUT_EVENTS) target.removeEventListener(name, this.noteInput, { capture: true });
    };
  }

  /** Runs `work` once the user has not typed for a while (soon, if not lately). Returns a cancel. */
  whenQuiet(work: () => void): () => void {
    let timer: ReturnType<typeof setTimeout>;
    const check = (): void => {
      this.waiting.delete(timer);
      const wait = this.lastInput + this.quietMs - this.now();
      if (wait > 0) {
        timer = setTimeout(check, wait);
        this.waiting.add(timer);
      } else {
        work();
      }
    };
    timer = setTimeout(check, 0);
    this.waiting.add(timer);
    return () => {
      clearTimeout(timer);
      this.waiting.delete(timer);
    };
  }

  /** A promise form of `whenQuiet`, for async work that checks its own cancellation afterwards. */
  quiet(): Promise<void> {
    return new Promise((resolve) => {
      this.whenQuiet(resolve);
    });
  }

  /** Drops every pending wait. */
  clear(): void {
    for (const timer of this.waiting) clearTimeout(timer);
    this.waiting.clear();
  }
}
