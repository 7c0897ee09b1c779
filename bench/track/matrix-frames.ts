/**
 * Frames of the tracking matrix in the page, measured by the page itself: while the matrix
 * scrolls a step each frame (down, then across), the time between consecutive frames; and for
 * each filter change or search typed, the time from the click or key to the frame that shows it.
 * Before each filter change, the same span with nothing changed (the next frame after doing
 * nothing) is the reference: about one display frame on an idle machine, longer on a busy one.
 */
import type { Page } from 'playwright-core';

export interface MatrixFrames {
  readonly scroll: number[];
  readonly filter: number[];
  /** The reference: from a painted frame to the next one, nothing changed, once before each filter change. */
  readonly idle: number[];
  readonly heapMb: number;
}

/** Each search typed by the keyboard, from its input event to the frame that shows the rows left. */
async function measureSearch(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const samples: number[] = [];
    Object.assign(window, { searchFrames: samples });
    document.querySelector('input[aria-label="Tìm đơn vị"]')?.addEventListener('input', (event) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push(performance.now() - event.timeStamp);
        };
        channel.port2.postMessage(null);
      });
    });
  });
  const box = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
  for (const text of ['x', 'xa', 'xa a', 'xa an', 'xa an l', '']) await box.fill(text);
  await page.waitForTimeout(200);
  return page.evaluate(() => [...((window as Window & { searchFrames?: number[] }).searchFrames ?? [])]);
}

export async function measureMatrixFrames(page: Page): Promise<MatrixFrames> {
  const frames = await measureScrollAndFilters(page);
  return { ...frames, filter: [...frames.filter, ...(await measureSearch(page))] };
}

async function measureScrollAndFilters(page: Page): Promise<MatrixFrames> {
  // tsx compiles with keepNames: a named function inside the page's code would call a `__name`
  // helper the page does not have, so the helpers are methods of one object literal.
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.matrix-scroll');
    if (scroller === null) throw new Error('no matrix on the page');
    const scroll: number[] = [];
    const filter: number[] = [];
    const idle: number[] = [];
    const probe = {
      last: 0,
      /** Resolves after the next frame is painted: a message posted from the frame's callback runs after it. */
      painted(): Promise<number> {
        return new Promise((resolve) => {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              resolve(performance.now());
            };
            channel.port2.postMessage(null);
          });
        });
      },
      async scrollBy(top: number, left: number): Promise<void> {
        scroller.scrollTop += top;
        scroller.scrollLeft += left;
        const painted = await probe.painted();
        scroll.push(painted - probe.last);
        probe.last = painted;
      },
      async change(act: () => void): Promise<void> {
        const before = await probe.painted();
        idle.push((await probe.painted()) - before);
        const start = performance.now();
        act();
        filter.push((await probe.painted()) - start);
      },
    };
    probe.last = await probe.painted();
    for (let i = 0; i < 120; i++) await probe.scrollBy(90, 0);
    for (let i = 0; i < 120; i++) await probe.scrollBy(0, 80);
    for (let i = 0; i < 60; i++) await probe.scrollBy(-150, 0);

    const radios = [...document.querySelectorAll<HTMLInputElement>('[aria-label="Lọc bảng theo dõi"] input[type="radio"]')];
    for (let round = 0; round < 5; round++) {
      for (const radio of [...radios.slice(1), radios[0]]) {
        if (radio !== undefined) {
          await probe.change(() => {
            radio.click();
          });
        }
      }
    }
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { scroll, filter, idle, heapMb: (memory?.usedJSHeapSize ?? 0) / 1024 / 1024 };
  });
}
