/**
 * When the preview asks the host for a new PDF: a while after the last change (not on every
 * keystroke), one request at a time, always for the newest plan (a plan that changed while a
 * request was out replaces any older pending one), and never for the plan already printed.
 * Plans are immutable, so "changed" is a comparison of identity, O(1) on the typing path.
 */

export interface PreviewRequestsOptions<P, R> {
  /** Quiet time after the last change before printing. */
  readonly delayMs: number;
  readonly current: () => P;
  readonly print: (plan: P) => Promise<R>;
  readonly onResult: (plan: P, result: R) => void;
  readonly onError: (plan: P, error: unknown) => void;
  /** Told when the preview starts or stops being out of date (a request waiting or out). */
  readonly onBusy: (busy: boolean) => void;
}

export class PreviewRequests<P, R> {
  private sent: P | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private busy = false;
  private disposed = false;

  constructor(private readonly options: PreviewRequestsOptions<P, R>) {}

  /**
   * Starts with the plan already shown (from an earlier visit of the panel), or null: the current
   * plan is printed at once if it is not that one.
   */
  start(shown: P | null): void {
    this.sent = shown;
    this.send();
  }

  /** Called on every change of the document: only restarts the timer. */
  changed(): void {
    if (this.disposed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.options.current() === this.sent) {
      this.setBusy(this.inFlight);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, this.options.delayMs);
    this.setBusy(true);
  }

  /** Prints the current plan again, even if it was printed (after an error). */
  retry(): void {
    this.sent = null;
    this.send();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): void {
    if (this.disposed || this.timer !== null) return;
    const plan = this.options.current();
    if (this.inFlight) {
      // The plan is read again when the request out comes back.
      this.setBusy(true);
      return;
    }
    if (plan === this.sent) {
      this.setBusy(false);
      return;
    }
    this.sent = plan;
    this.inFlight = true;
    this.setBusy(true);
    this.options
      .print(plan)
      .then(
        (result) => {
          if (!this.disposed) this.options.onResult(plan, result);
        },
        (error: unknown) => {
          if (!this.disposed) this.options.onError(plan, error);
        },
      )
      .finally(() => {
        this.inFlight = false;
        this.send();
      });
  }

  private setBusy(busy: boolean): void {
    if (busy === this.busy || this.disposed) return;
    this.busy = busy;
    this.options.onBusy(busy);
  }
}
