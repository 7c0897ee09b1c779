/**
 * Where a filter change's time goes in the page, from Chromium's trace: the renderer's main-thread
 * time (thread time, not wall time, so a busy machine's waiting is left out) per change, split
 * into script (React's render and commit), style, layout, pre-paint, paint and layerize. Measured
 * after the frames, on the same clicks as there, so it does not disturb them.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Trace event names of the rendering steps, as Chromium's devtools.timeline category names them. */
const STEPS = {
  script: 'FunctionCall',
  style: 'UpdateLayoutTree',
  layout: 'Layout',
  prepaint: 'PrePaint',
  paint: 'Paint',
  layerize: 'Layerize',
};

type Step = keyof typeof STEPS;

interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly nodeName?: string } };
}

const ROUNDS = 3;

/** Clicks every filter in turn, ROUNDS times, each after the previous one is painted; returns the number of changes. */
function clickFilters(page: Page, rounds: number): Promise<number> {
  return page.evaluate(async (count) => {
    const probe = {
      painted(): Promise<void> {
        return new Promise((resolve) => {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              resolve();
            };
            channel.port2.postMessage(null);
          });
        });
      },
    };
    const radios = [...document.querySelectorAll<HTMLInputElement>('[aria-label="Lọc bảng theo dõi"] input[type="radio"]')];
    let changes = 0;
    for (let round = 0; round < count; round++) {
      for (const radio of [...radios.slice(1), radios[0]]) {
        if (radio === undefined) continue;
        await probe.painted();
        radio.click();
        await probe.painted();
        changes++;
      }
    }
    return changes;
  }, rounds);
}

async function traced(cdp: CDPSession, work: () => Promise<number>): Promise<{ events: TraceEvent[]; changes: number }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: readonly object[] }): void => {
    // The protocol types trace events as string maps; they are the objects above.
    events.push(...(data.value as readonly TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  const changes = await work();
  const complete = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { events, changes };
}

/** Milliseconds of main-thread time per filter change, by rendering step. */
export async function measureFilterWork(page: Page): Promise<Record<`filter_${Step}_ms`, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { events, changes } = await traced(cdp, () => clickFilters(page, ROUNDS));
    const main = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${String(e.pid)}:${String(e.tid)}`),
    );
    const spent = (name: string): number =>
      events
        .filter((e) => e.ph === 'X' && e.name === name && main.has(`${String(e.pid)}:${String(e.tid)}`))
        // Paint events nest (the document, then each layer painted within it): the document's is the whole.
        .filter((e) => name !== 'Paint' || e.args?.data?.nodeName === '#document')
        .reduce((sum, e) => sum + (e.tdur ?? 0), 0) /
      1000 /
      Math.max(changes, 1);
    const entries = Object.entries(STEPS).map(([step, name]) => [`filter_${step}_ms`, spent(name)] as const);
    return Object.fromEntries(entries) as Record<`filter_${Step}_ms`, number>;
  } finally {
    await cdp.detach();
  }
}
