/**
 * One printed version of the plan, opened in pdf.js: its page sizes (portrait or landscape, as
 * printed), and its text per page, extracted once and shared by the text layer of each page and
 * the index that finds where the user is editing.
 */
import type { PDFDocumentProxy, PageViewport } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { openPdf } from './pdf-engine';
import { PdfTextIndex, type PageTextItem } from './text-index';

export interface PageSize {
  /** In PDF points. */
  readonly width: number;
  readonly height: number;
}

let serials = 0;

export class PreviewDocument {
  /** Tells versions apart: a page painted from one is stale under the next. */
  readonly serial = ++serials;
  readonly sizes: readonly PageSize[];
  private readonly texts = new Map<number, Promise<TextContent>>();
  private index: Promise<PdfTextIndex> | null = null;

  private constructor(
    readonly proxy: PDFDocumentProxy,
    private readonly viewports: readonly PageViewport[],
    /** The base64 text it was decoded from, to recognise the same PDF printed again. */
    readonly source: string,
  ) {
    this.sizes = viewports.map((v) => ({ width: v.width, height: v.height }));
  }

  static async open(base64: string): Promise<PreviewDocument> {
    const proxy = await openPdf(decodeBase64(base64));
    const viewports: PageViewport[] = [];
    for (let n = 1; n <= proxy.numPages; n++) viewports.push((await proxy.getPage(n)).getViewport({ scale: 1 }));
    return new PreviewDocument(proxy, viewports, base64);
  }

  textContent(page: number): Promise<TextContent> {
    let text = this.texts.get(page);
    if (text === undefined) {
      text = this.proxy.getPage(page + 1).then((p) => p.getTextContent());
      this.texts.set(page, text);
    }
    return text;
  }

  textIndex(): Promise<PdfTextIndex> {
    this.index ??= (async () => {
      const pages: PageTextItem[][] = [];
      for (let page = 0; page < this.viewports.length; page++) {
        const viewport = this.viewports[page];
        const items = (await this.textContent(page)).items.filter((item): item is TextItem => 'str' in item);
        pages.push(viewport === undefined ? [] : items.map((item) => ({ text: item.str, top: itemTop(item, viewport) })));
      }
      return new PdfTextIndex(pages);
    })();
    return this.index;
  }

  destroy(): void {
    void this.proxy.loadingTask.destroy();
  }
}

/** The top of a run of text (its baseline less its font height), as a fraction of the page height. */
function itemTop(item: TextItem, viewport: PageViewport): number {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as readonly number[];
  const point = viewport.convertToViewportPoint(x, y) as readonly number[];
  const baseline = point[1] ?? 0;
  const fontHeight = Math.hypot(c, d) || Math.hypot(a, b);
  return Math.max(0, (baseline - fontHeight) / viewport.height);
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
