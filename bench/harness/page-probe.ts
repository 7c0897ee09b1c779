/**
 * Measures inside the page, so the figures are the page's own clock, not the driver's:
 * - per keystroke: from the keydown event's time stamp to the end of the work it caused (the last
 *   DOM mutation observed before the next frame — React's commit and what Slate writes — or, for a
 *   key that changes only a text field's value, the end of its input event, which a window
 *   listener sees after React's handler and its synchronous commit), and to the next painted
 *   frame (a message posted from requestAnimationFrame runs after the paint);
 * - at load: the moment the first section editor exists (the plan is editable).
 * Installed with `page.addInitScript` before the app's own scripts run.
 */
export interface KeystrokeSample {
  readonly handling: number;
  readonly frame: number;
}

export interface ProbeReadout {
  readonly samples: KeystrokeSample[];
  readonly editableAt: number | null;
}

declare global {
  interface Window {
    __benchProbe?: ProbeReadout & { reset(): void };
  }
}

/** Runs in the page. Self-contained: it is serialised by Playwright. */
export function installProbe(editableSelector: string): void {
  const samples: KeystrokeSample[] = [];
  let pending: { start: number; lastWork: number | null } | null = null;
  const probe = {
    samples,
    editableAt: null as number | null,
    reset() {
      samples.length = 0;
    },
  };
  window.__benchProbe = probe;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (pending !== null) pending.lastWork = now;
    if (probe.editableAt === null && document.querySelector(editableSelector) !== null) probe.editableAt = now;
  });
  window.addEventListener('input', () => {
    if (pending !== null) pending.lastWork = performance.now();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key.length !== 1) return;
      const sample = { start: event.timeStamp, lastWork: null as number | null };
      pending = sample;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now();
          if (sample.lastWork !== null) samples.push({ handling: sample.lastWork - sample.start, frame: painted - sample.start });
          if (pending === sample) pending = null;
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}
