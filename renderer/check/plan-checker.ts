/**
 * Keeps the open plan's findings up to date off the typing path: a change waits for a pause in the
 * typing, then the latest plan goes to the checker; plans that changed while a check ran are never
 * checked, only the newest. The findings, the panel's badge and the properties panel's notes all
 * read this one result.
 */
import type { Finding } from '../../shared/check';
import { superiorPlanId } from '../../shared/clone';
import type { AgencyDirectoryData, PlanDocument } from '../../shared/model';
import type { DocumentStore } from '../state/document-store';
import type { CheckContext } from './check-run';
import type { CheckEngine } from './worker-engine';

/** The findings of one version of the plan; their paths index into that version. */
export interface CheckResult {
  readonly plan: PlanDocument;
  readonly findings: readonly Finding[];
}

export interface CheckSnapshot {
  readonly result: CheckResult | null;
  /** The plan has changed since `result` (or there is none yet). */
  readonly pending: boolean;
  readonly error: string | null;
}

export interface PlanCheckerOptions {
  readonly engine: CheckEngine;
  /** The superior plan with this id, when the app knows where it is. */
  readonly loadParent: (planId: string) => Promise<PlanDocument | null>;
  /** How long typing must pause before a check. */
  readonly delayMs?: number;
}

interface Waiter {
  /** Checks started before the caller asked; the next one to start answers it. */
  readonly since: number;
  readonly resolve: (result: CheckResult) => void;
  readonly reject: (error: Error) => void;
}

export const CHECK_DELAY_MS = 600;

export class PlanChecker {
  private snapshot: CheckSnapshot = { result: null, pending: true, error: null };
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;
  private waiters: Waiter[] = [];
  private runs = 0;
  private seenPlan: PlanDocument | null = null;
  private context: CheckContext = { agencies: null, parent: null };
  /** The context `snapshot.result` was checked with. */
  private checkedContext: CheckContext | null = null;
  private readonly parents = new Map<string, Promise<PlanDocument | null>>();
  private readonly delayMs: number;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: PlanCheckerOptions,
  ) {
    this.delayMs = options.delayMs ?? CHECK_DELAY_MS;
  }

  readonly getSnapshot = (): CheckSnapshot => this.snapshot;

  /** Checking runs while someone listens; the last listener leaving stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.stopWatching === null) this.watch();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.unwatch();
    };
  };

  setAgencies(agencies: AgencyDirectoryData | null): void {
    if (agencies === this.context.agencies) return;
    this.context = { ...this.context, agencies };
    this.contextChanged();
  }

  /**
   * The findings of the plan as it is now (or newer, if the user types meanwhile): at once when
   * they are known, else after a check that starts from now.
   */
  current(): Promise<CheckResult> {
    const known = this.snapshot.result;
    if (known !== null && known.plan === this.store.getState().plan && this.checkedContext === this.context) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      this.waiters.push({ since: this.runs, resolve, reject });
      this.kick();
    });
  }

  private watch(): void {
    this.seenPlan = this.store.getState().plan;
    this.stopWatching = this.store.subscribe(() => {
      const plan = this.store.getState().plan;
      if (plan === this.seenPlan) return;
      this.seenPlan = plan;
      this.publish({ ...this.snapshot, pending: true });
      this.schedule(this.delayMs);
    });
    if (this.snapshot.result?.plan !== this.seenPlan || this.checkedContext !== this.context) this.schedule(0);
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private contextChanged(): void {
    if (this.stopWatching !== null) this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, delay);
  }

  private kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    this.again = false;
    const serial = ++this.runs;
    const plan = this.store.getState().plan;
    try {
      await this.findParent(plan);
      const context = this.context;
      const findings = await this.options.engine.check(plan, context);
      const result: CheckResult = { plan, findings };
      this.checkedContext = context;
      this.publish({ result, pending: this.store.getState().plan !== plan, error: null });
      this.settle(serial, (w) => {
        w.resolve(result);
      });
    } catch (error) {
      const message = `Không kiểm tra được thể thức: ${error instanceof Error ? error.message : String(error)}`;
      this.publish({ ...this.snapshot, error: message });
      this.settle(serial, (w) => {
        w.reject(new Error(message));
      });
    } finally {
      this.running = false;
    }
    // Whatever changed while this check ran is checked now, once, in its newest form.
    if (this.wantsAnotherRun()) this.kick();
  }

  /** A change or a caller arrived while the last check ran. */
  private wantsAnotherRun(): boolean {
    return this.again || this.waiters.length > 0;
  }

  private settle(serial: number, answer: (waiter: Waiter) => void): void {
    const done = this.waiters.filter((w) => w.since < serial);
    this.waiters = this.waiters.filter((w) => w.since >= serial);
    for (const waiter of done) answer(waiter);
  }

  /** Loads the superior plan once per id; without it the checker skips the rule on parent deadlines. */
  private async findParent(plan: PlanDocument): Promise<void> {
    const id = superiorPlanId(plan);
    let loading = id === null ? null : this.parents.get(id);
    if (id !== null && loading === undefined) {
      loading = this.options.loadParent(id).catch(() => null);
      this.parents.set(id, loading);
    }
    const parent = loading === null || loading === undefined ? null : await loading;
    if (parent !== this.context.parent) this.context = { ...this.context, parent };
  }

  private publish(next: CheckSnapshot): void {
    const current = this.snapshot;
    if (next.result === current.result && next.pending === current.pending && next.error === current.error) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
