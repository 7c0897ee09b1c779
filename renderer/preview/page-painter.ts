/**
 * Draws the preview's pages into their places on screen: only pages near the visible part of the
 * list, one at a time, the one nearest the middle first. Each page is drawn off screen (the canvas,
 * then its text layer) and swapped in whole, so what was shown stays until the new page is ready.
 * A new version of the PDF, a new zoom or a page scrolled far away cancels the drawing under way,
 * and every slice of drawing waits for a pause in typing.
 */
import type { PDFPageProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import { pdfJs } from './pdf-engine';
import type { PreviewDocument } from './preview-document';
import type { TypingGate } from './typing-gate';

/** Pages drawn beyond the neighbourhood of the view are dropped past this many (memory). */
const MAX_PAINTED = 10;
/** A page's canvas holds at most this many pixels, whatever the zoom and screen. */
const MAX_PIXELS = 8_000_000;

interface Running {
  readonly index: number;
  readonly key: string;
  cancel(): void;
}

export class PagePainter {
  private doc: PreviewDocument | null = null;
  private scales: readonly number[] = [];
  private readonly sheets = new Map<number, HTMLElement>();
  /** What each sheet shows: the version and scale it was drawn at. */
  private readonly painted = new Map<number, string>();
  private readonly near = new Set<number>();
  private observer: IntersectionObserver | null = null;
  private root: HTMLElement | null = null;
  private running: Running | null = null;
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly gate: TypingGate) {}

  /** Starts watching which pages are near the visible part of `root`, the list's scroller. */
  observe(root: HTMLElement): void {
    this.root = root;
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.index);
          if (entry.isIntersecting) this.near.add(index);
          else this.near.delete(index);
        }
        if (this.running !== null && !this.near.has(this.running.index)) this.stop();
        this.schedule();
      },
      { root, rootMargin: '100% 0px' },
    );
    for (const sheet of this.sheets.values()) this.observer.observe(sheet);
  }

  /** The ref of page `index`'s sheet (the element the drawing goes into). */
  attach(index: number, sheet: HTMLElement | null): void {
    const old = this.sheets.get(index);
    if (old === sheet) return;
    if (old !== undefined) {
      this.observer?.unobserve(old);
      this.sheets.delete(index);
      this.painted.delete(index);
      this.near.delete(index);
      if (this.running?.index === index) this.stop();
    }
    if (sheet !== null) {
      sheet.dataset.index = String(index);
      this.sheets.set(index, sheet);
      this.observer?.observe(sheet);
    }
  }

  /** A version of the PDF and the CSS pixels per PDF point of each of its pages. */
  show(doc: PreviewDocument, scales: readonly number[]): void {
    const previous = this.doc;
    this.doc = doc;
    this.scales = scales;
    if (previous !== null && previous !== doc) {
      // A page whose shape changed (a portrait page now landscape) cannot stand in for the new one.
      for (const [index, sheet] of this.sheets) {
        const before = previous.sizes[index];
        const after = doc.sizes[index];
        if (before?.width !== after?.width || before?.height !== after?.height) {
          sheet.replaceChildren();
          this.painted.delete(index);
        }
      }
    }
    if (this.running !== null && this.running.key !== this.key(this.running.index)) this.stop();
    this.schedule();
  }

  dispose(): void {
    this.stop();
    this.observer?.disconnect();
    this.observer = null;
    if (this.pumpTimer !== null) clearTimeout(this.pumpTimer);
    this.pumpTimer = null;
    this.doc = null;
  }

  private key(index: number): string {
    return `${this.doc?.serial ?? 0}@${(this.scales[index] ?? 0).toFixed(4)}`;
  }

  private stop(): void {
    this.running?.cancel();
    this.running = null;
  }

  private schedule(): void {
    if (this.pumpTimer !== null) return;
    this.pumpTimer = setTimeout(() => {
      this.pumpTimer = null;
      this.pump();
    }, 0);
  }

  /** Starts drawing the next page that needs it, if nothing is being drawn. */
  private pump(): void {
    const doc = this.doc;
    if (this.running !== null || doc === null || this.root === null) return;
    const middle = this.root.scrollTop + this.root.clientHeight / 2;
    let next = -1;
    let distance = Infinity;
    for (const index of this.near) {
      const sheet = this.sheets.get(index);
      if (sheet === undefined || index >= doc.sizes.length || this.painted.get(index) === this.key(index)) continue;
      const d = Math.abs(sheet.offsetTop + sheet.offsetHeight / 2 - middle);
      if (d < distance) {
        distance = d;
        next = index;
      }
    }
    const sheet = this.sheets.get(next);
    if (sheet !== undefined) this.paint(doc, next, sheet);
  }

  private paint(doc: PreviewDocument, index: number, sheet: HTMLElement): void {
    const scale = this.scales[index] ?? 1;
    const key = this.key(index);
    let cancelled = false;
    // A function, so the check after each await is not narrowed away by the one before it.
    const stopped = (): boolean => cancelled;
    let stopWait = (): void => undefined;
    let task: RenderTask | null = null;
    let layer: TextLayer | null = null;
    const running: Running = {
      index,
      key,
      cancel: () => {
        cancelled = true;
        stopWait();
        task?.cancel();
        layer?.cancel();
      },
    };
    this.running = running;
    const quiet = (): Promise<void> =>
      new Promise((resolve) => {
        stopWait = this.gate.whenQuiet(resolve);
      });
    const finish = (): void => {
      if (this.running !== running) return;
      this.running = null;
      this.painted.set(index, key);
      this.evict();
      this.schedule();
    };
    void (async () => {
      try {
        const lib = await pdfJs();
        await quiet();
        if (stopped()) return;
        const page: PDFPageProxy = await doc.proxy.getPage(index + 1);
        const textContent = await doc.textContent(index);
        if (stopped()) return;
        const cssViewport = page.getViewport({ scale });
        const ratio = Math.min(window.devicePixelRatio || 1, 2, Math.sqrt(MAX_PIXELS / (cssViewport.width * cssViewport.height)));
        const viewport = page.getViewport({ scale: scale * ratio });
        const canvas = document.createElement('canvas');
        canvas.className = 'preview-canvas';
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        task = page.render({ canvas, viewport });
        task.onContinue = (resume: () => void) => {
          stopWait = this.gate.whenQuiet(resume);
        };
        await task.promise;
        await quiet();
        if (stopped()) return;
        const text = document.createElement('div');
        text.className = 'textLayer';
        text.style.setProperty('--total-scale-factor', String(scale));
        layer = new lib.TextLayer({ textContentSource: textContent, container: text, viewport: cssViewport });
        await layer.render();
        if (stopped()) return;
        sheet.replaceChildren(canvas, text);
        finish();
      } catch (error) {
        if (stopped()) return;
        const note = document.createElement('p');
        note.className = 'preview-page-error';
        note.textContent = `Không vẽ được trang này: ${error instanceof Error ? error.message : String(error)}`;
        sheet.replaceChildren(note);
        finish();
      }
    })();
  }

  /** Keeps the memory bounded: drawings far from the view go once there are too many. */
  private evict(): void {
    if (this.painted.size <= MAX_PAINTED) return;
    for (const index of [...this.painted.keys()]) {
      if (this.painted.size <= MAX_PAINTED) break;
      if (this.near.has(index)) continue;
      this.sheets.get(index)?.replaceChildren();
      this.painted.delete(index);
    }
  }
}
