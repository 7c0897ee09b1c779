/** Preview work waits for a pause in typing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypingGate } from '../../../renderer/preview/typing-gate';

describe('TypingGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs work soon when nobody typed lately, and after the pause when someone did', async () => {
    const gate = new TypingGate(400, () => Date.now());
    const done: string[] = [];
    gate.whenQuiet(() => done.push('idle'));
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toEqual(['idle']);

    gate.noteInput();
    gate.whenQuiet(() => done.push('after typing'));
    await vi.advanceTimersByTimeAsync(300);
    gate.noteInput();
    await vi.advanceTimersByTimeAsync(300);
    expect(done).toEqual(['idle']);
    await vi.advanceTimersByTimeAsync(101);
    expect(done).toEqual(['idle', 'after typing']);
  });

  it('notices keys on the target it listens to, until stopped; waits can be cancelled', async () => {
    const gate = new TypingGate(400, () => Date.now());
    const target = new EventTarget();
    const stop = gate.listen(target);
    const done: string[] = [];
    target.dispatchEvent(new Event('keydown'));
    const cancel = gate.whenQuiet(() => done.push('cancelled'));
    gate.whenQuiet(() => done.push('kept'));
    cancel();
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toEqual([]);
    await vi.advanceTimersByTimeAsync(201);
    expect(done).toEqual(['kept']);
    stop();
    target.dispatchEvent(new Event('keydown'));
    gate.whenQuiet(() => done.push('not held back'));
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toEqual(['kept', 'not held back']);
    const waiting = new Promise<string>((resolve) => {
      void gate.quiet().then(() => {
        resolve('quiet');
      });
    });
    await vi.advanceTimersByTimeAsync(1);
    await expect(waiting).resolves.toBe('quiet');
    gate.noteInput();
    gate.whenQuiet(() => done.push('cleared'));
    gate.clear();
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toEqual(['kept', 'not held back']);
  });
});
