/**
 * The OCR engine of the app and the command line: tesseract.js (Tesseract 5 compiled to
 * WebAssembly) in worker threads, with the Vietnamese LSTM model of @tesseract.js-data/vie read
 * from node_modules. Nothing is downloaded at run time: the model path is a folder (tesseract.js
 * fetches only URLs), the core is required from tesseract.js-core, and the model is not cached to
 * disk (cacheMethod 'none' writes nothing into the working folder).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import { ImportError } from '../../../shared/import';
import { CANCELLED_MESSAGE, toPgm, type CancelSignal, type GrayImage, type OcrEngine, type OcrLine } from '../../../shared/import/ocr';

const require = createRequire(import.meta.url);

/**
 * A file inside the packaged app's asar archive runs from its unpacked copy: a worker thread and
 * the WebAssembly core need real files (electron-builder.yml unpacks these packages).
 */
function unpacked(path: string): string {
  const outside = path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return outside !== path && existsSync(outside) ? outside : path;
}

/**
 * The Vietnamese models @tesseract.js-data/vie ships: `best_int`, the integer-quantised "best" LSTM
 * (1.4 MB compressed), which the app reads; `standard`, tessdata's model (the legacy engine's data
 * with an LSTM beside it, 3.8 MB), measured against it in bench/ocr-models.ts. The package has no
 * "fast" model.
 */
export const VIETNAMESE_MODELS = { best_int: '4.0.0_best_int', standard: '4.0.0' } as const;
export type VietnameseModel = keyof typeof VIETNAMESE_MODELS;

function modelFolder(model: VietnameseModel = 'best_int'): string {
  return unpacked(join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), VIETNAMESE_MODELS[model]));
}

function workerScript(): string {
  return unpacked(join(dirname(require.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js'));
}

/** The file of the model the engine reads (gzip), for the benchmark's reference run. */
export function vietnameseModelFile(): string {
  return join(modelFolder(), 'vie.traineddata.gz');
}

function cancelled(): ImportError {
  return new ImportError('cancelled', CANCELLED_MESSAGE);
}

function toLines(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lines.push({
          rowHeight: line.rowAttributes.rowHeight,
          words: line.words.map((w) => ({
            text: w.text,
            x0: w.bbox.x0,
            y0: w.bbox.y0,
            x1: w.bbox.x1,
            y1: w.bbox.y1,
            confidence: w.confidence / 100,
          })),
        });
      }
    }
  }
  return lines;
}

/**
 * A pool of tesseract.js workers, one page each at a time. Cancelling terminates every worker,
 * so a page half read stops at once and nothing is left running; the engine is then closed.
 */
export class TesseractEngine implements OcrEngine {
  private readonly workers: Promise<Tesseract.Worker>[] = [];
  private readonly idle: Tesseract.Worker[] = [];
  private readonly waiting: ((worker: Tesseract.Worker) => void)[] = [];
  private closed = false;
  /** The pages being read settle as cancelled when the engine closes. */
  private readonly stops = new Set<() => void>();

  constructor(
    readonly parallelism: number,
    private readonly model: VietnameseModel = 'best_int',
  ) {}

  private async spawn(): Promise<Tesseract.Worker> {
    const worker = await Tesseract.createWorker('vie', Tesseract.OEM.LSTM_ONLY, {
      langPath: modelFolder(this.model),
      workerPath: workerScript(),
      cacheMethod: 'none',
      gzip: true,
      logger: () => undefined,
      errorHandler: () => undefined,
    });
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO });
    return worker;
  }

  private async take(): Promise<Tesseract.Worker> {
    const ready = this.idle.pop();
    if (ready !== undefined) return ready;
    if (this.workers.length < this.parallelism) {
      const spawned = this.spawn();
      this.workers.push(spawned);
      return spawned;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(worker: Tesseract.Worker): void {
    if (this.closed) return;
    const next = this.waiting.shift();
    if (next !== undefined) next(worker);
    else this.idle.push(worker);
  }

  async recognize(image: GrayImage, dpi: number, signal?: CancelSignal): Promise<readonly OcrLine[]> {
    if (this.closed || signal?.aborted === true) throw cancelled();
    // A terminated tesseract.js worker never settles its jobs: the abort settles the page instead.
    let stop = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      stop = () => {
        void this.close();
        reject(cancelled());
      };
    });
    signal?.addEventListener('abort', stop, { once: true });
    this.stops.add(stop);
    try {
      const worker = await Promise.race([this.take(), aborted]);
      try {
        // Tesseract sizes its noise and line filters by the resolution; a PGM carries none.
        await Promise.race([worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) }), aborted]);
        const result = await Promise.race([worker.recognize(Buffer.from(toPgm(image)), {}, { blocks: true, text: false }), aborted]);
        return toLines(result.data);
      } finally {
        this.give(worker);
      }
    } finally {
      signal?.removeEventListener('abort', stop);
      this.stops.delete(stop);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const stop of [...this.stops]) stop();
    const workers = await Promise.allSettled(this.workers);
    await Promise.allSettled(workers.map((w) => (w.status === 'fulfilled' ? w.value.terminate() : Promise.resolve())));
  }
}
