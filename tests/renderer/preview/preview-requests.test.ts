/**
 * When the preview prints: after a pause in changes, one request at a time, the newest plan, and
 * never a plan already printed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewRequests } from '../../../renderer/preview/preview-requests';

interface Plan {
  readonly name: string;
}

function harness() {
  let current: Plan = { name: 'start' };
  const printed: string[] = [];
  const pending: { plan: Plan; resolve: () => void; reject: (e: Error) => void }[] = [];
  const results: string[] = [];
  const errors: string[] = [];
  const busy: boolean[] = [];
  const requests = new PreviewRequests<Plan, string>({
    delayMs: 800,
    current: () => current,
    print: (plan) => {
      printed.push(plan.name);
      return new Promise((resolve, reject) => {
        pending.push({
          plan,
          resolve: () => {
            resolve(`pdf:${plan.name}`);
          },
          reject,
        });
      });
    },
    onResult: (_plan, result) => results.push(result),
    onError: (plan, error) => errors.push(`${plan.name}: ${(error as Error).message}`),
    onBusy: (b) => busy.push(b),
  });
  return {
    requests,
    printed,
    results,
    errors,
    busy,
    set(name: string) {
      this.setPlan({ name });
    },
    setPlan(plan: Plan) {
      current = plan;
      requests.changed();
    },
    get current() {
      return current;
    },
    async finish() {
      const next = pending.shift();
      next?.resolve();
      await vi.advanceTimersByTimeAsync(0);
    },
    async fail(message: string) {
      pending.shift()?.reject(new Error(message));
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe('PreviewRequests', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints at once when opened, then only after changes have paused', async () => {
    const h = harness();
    h.requests.start(null);
    expect(h.printed).toEqual(['start']);
    await h.finish();
    expect(h.results).toEqual(['pdf:start']);
    for (const name of ['a', 'ab', 'abc']) {
      h.set(name);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(h.printed).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(500);
    expect(h.printed).toEqual(['start', 'abc']);
    await h.finish();
    expect(h.results).toEqual(['pdf:start', 'pdf:abc']);
    expect(h.busy).toEqual([true, false, true, false]);
  });

  it('keeps one request out; plans changed meanwhile are replaced by the newest', async () => {
    const h = harness();
    h.requests.start(null);
    h.set('one');
    await vi.advanceTimersByTimeAsync(800);
    h.set('two');
    await vi.advanceTimersByTimeAsync(800);
    h.set('three');
    await vi.advanceTimersByTimeAsync(800);
    expect(h.printed).toEqual(['start']);
    await h.finish();
    expect(h.printed).toEqual(['start', 'three']);
    await h.finish();
    expect(h.results).toEqual(['pdf:start', 'pdf:three']);
    expect(h.busy.at(-1)).toBe(false);
  });

  it('does not print a plan already shown, or one changed back before the pause ended', async () => {
    const h = harness();
    const shown = h.current;
    h.requests.start(shown);
    h.requests.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.printed).toEqual([]);
    expect(h.busy).toEqual([]);
    h.set('typed');
    await vi.advanceTimersByTimeAsync(300);
    // Undone before the pause ended: the shown plan is current again.
    h.setPlan(shown);
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.printed).toEqual([]);
    expect(h.busy).toEqual([true, false]);
  });

  it('reports a failure once, prints again on the next change or on retry', async () => {
    const h = harness();
    h.requests.start(null);
    await h.fail('Không tìm thấy trình duyệt');
    expect(h.errors).toEqual(['start: Không tìm thấy trình duyệt']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.printed).toEqual(['start']);
    h.requests.retry();
    expect(h.printed).toEqual(['start', 'start']);
    await h.finish();
    h.set('next');
    await vi.advanceTimersByTimeAsync(800);
    expect(h.printed).toEqual(['start', 'start', 'next']);
  });

  it('does nothing after it is disposed', async () => {
    const h = harness();
    h.requests.start(null);
    h.set('late');
    h.requests.dispose();
    await h.finish();
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.printed).toEqual(['start']);
    expect(h.results).toEqual([]);
  });
});
