/**
 * PDF text through pdfjs-dist (legacy build, which runs in Node with its bundled fake worker):
 * text items are grouped into lines by their baseline, and a wide horizontal gap inside a line
 * becomes a tab, so table rows reach the text reader as tab-separated cells. Page numbers alone
 * on a line are dropped. Best effort: a scanned PDF has no text and is refused.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../import-error';

export const PDF_LIMITS = { maxPages: 300 };

/** "3", "- 3 -", "–12": a page number alone on a line (tested on trimmed text; a dash allowed on each side). */
const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$/;

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfLine {
  readonly page: number;
  readonly line: number;
  readonly text: string;
}

function toLines(items: readonly Item[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row !== undefined && anchor !== undefined && Math.abs(anchor.y - item.y) <= Math.max(2, anchor.size * 0.45)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | null = null;
    for (const item of row) {
      // pdf.js fills a gap with a space item as wide as the gap; the gap itself says tab or space.
      if (item.str.trim() === '') continue;
      if (end !== null) {
        const gap = item.x - end;
        if (gap > item.size * 1.6) text += '\t';
        else if (gap > item.size * 0.12 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
      }
      text += item.str;
      end = item.x + item.width;
    }
    // Whole runs of spaces and tabs, so that a long run of spaces is not retried from each space.
    return text.replace(/[ \t]+/g, (run) => (run.includes('\t') ? run.replaceAll(' ', '') : run)).trimEnd();
  });
}

/** The text items of one page, or null when pdf.js cannot read the page (a damaged file). */
async function pageItems(doc: PDFDocumentProxy, pageNumber: number): Promise<Item[] | null> {
  try {
    const page = await doc.getPage(pageNumber);
    const content = await page.getTextContent();
    page.cleanup();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform as number[];
      items.push({ str: raw.str, x, y, width: raw.width, size: Math.hypot(a, b) || raw.height || 10 });
    }
    return items;
  } catch {
    return null;
  }
}

/** The lines of a PDF's text layer, page by page; a page pdf.js cannot read is skipped with a warning. */
export async function readPdfLines(bytes: Uint8Array): Promise<{ lines: PdfLine[]; warnings: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const warnings: string[] = [];
  let doc: PDFDocumentProxy;
  try {
    // A plain Uint8Array copy: pdf.js may detach the buffer it is given, and it refuses a Node Buffer
    // (which is what the host's import.file channel decodes base64 into).
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ImportError('unreadable', 'Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi thử lại.');
    throw new ImportError('unreadable', 'Tệp PDF bị hỏng hoặc không phải PDF.');
  }
  try {
    const pages = Math.min(doc.numPages, PDF_LIMITS.maxPages);
    if (doc.numPages > pages) warnings.push(`Tệp PDF có ${doc.numPages} trang; chỉ đọc ${pages} trang đầu.`);
    const lines: PdfLine[] = [];
    const broken: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const items = await pageItems(doc, p);
      if (items === null) {
        broken.push(p);
        continue;
      }
      toLines(items).forEach((text, i, all) => {
        const edge = i < 2 || i >= all.length - 2;
        if (edge && PAGE_NUMBER.test(text.trim())) return;
        lines.push({ page: p, line: i + 1, text });
      });
    }
    if (pages > 0 && broken.length === pages) throw new ImportError('unreadable', 'Tệp PDF bị hỏng: không đọc được trang nào.');
    if (broken.length > 0) warnings.push(`Tệp PDF bị hỏng ở trang ${broken.join(', ')}; đã bỏ qua các trang này.`);
    if (lines.every((l) => l.text.trim() === '')) {
      throw new ImportError('no-text', 'Tệp PDF không có lớp chữ (có thể là bản quét); hãy nhận dạng chữ (OCR) trước hoặc dùng bản DOCX.');
    }
    return { lines, warnings };
  } finally {
    await doc.loadingTask.destroy();
  }
}
