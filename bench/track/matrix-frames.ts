/**
 * Frames of the tracking matrix in the page, measured by the page itself: while the matrix
 * scrolls a step each frame (down, then across), the time between consecutive frames; and for
 * each filter change or search typed, the time from the click or key to the frame that shows it.
 */
import type { Page } from 'playwright-core';

export interface MatrixFrames {
  readonly scroll: number[];
  readonly filter: number[];
  readonly heapMb: number;
}

export async function measureMatrixFrames(page: Page): Promise<MatrixFrames> {
  return page.evaluate(async () => {
    const nextFrame = (): Promise<number> =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          // A message posted from the frame's callback runs after that frame is painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            resolve(performance.now());
          };
          channel.port2.postMessage(null);
        });
      });
    const scroller = document.querySelector<HTMLElement>('.matrix-scroll');
    if (scroller === null) throw new Error('no matrix on the page');
    const scroll: number[] = [];
    let last = await nextFrame();
    const step = async (move: () => void): Promise<void> => {
      move();
      const painted = await nextFrame();
      scroll.push(painted - last);
      last = painted;
    };
    for (let i = 0; i < 120; i++) await step(() => (scroller.scrollTop += 90));
    for (let i = 0; i < 120; i++) await step(() => (scroller.scrollLeft += 80));
    for (let i = 0; i < 60; i++) await step(() => (scroller.scrollTop -= 150));

    const filter: number[] = [];
    const radios = [...document.querySelectorAll<HTMLInputElement>('[aria-label="Lọc bảng theo dõi"] input[type="radio"]')];
    for (let round = 0; round < 5; round++) {
      for (const radio of [...radios.slice(1), radios[0]]) {
        if (radio === undefined) continue;
        await nextFrame();
        const start = performance.now();
        radio.click();
        filter.push((await nextFrame()) - start);
      }
    }
    const search = document.querySelector<HTMLInputElement>('input[aria-label="Tìm đơn vị"]');
    // React listens to the native value setter, so the value is set through it, as typing does.
    const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    for (const text of ['x', 'xa', 'xa a', 'xa an', 'xa an l', '']) {
      if (search === null || valueProperty === undefined) break;
      await nextFrame();
      const start = performance.now();
      Reflect.apply(valueProperty.set ?? (() => undefined), search, [text]);
      search.dispatchEvent(new Event('input', { bubbles: true }));
      filter.push((await nextFrame()) - start);
    }
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { scroll, filter, heapMb: (memory?.usedJSHeapSize ?? 0) / 1024 / 1024 };
  });
}
