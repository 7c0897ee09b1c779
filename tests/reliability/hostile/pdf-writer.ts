/**
 * PDFs written by hand for hostile tests, since PDF libraries only write honest ones: one page
 * whose content stream and extra objects can be anything (a deflate bomb, a filter chain), with a
 * correct cross-reference table. Streams are deflated piece by piece, never held inflated whole.
 */
import { createDeflate } from 'node:zlib';

export interface PdfObject {
  /** The dictionary, without "<<" and ">>"; its /Length is added. */
  readonly dict: string;
  readonly stream?: Uint8Array;
}

/** `size` bytes of `byte` repeated after `prefix`, zlib-deflated (as a PDF's /FlateDecode) `times` times over. */
export async function deflatedRun(prefix: string, byte: number, size: number, times = 1): Promise<Uint8Array> {
  const chunk = Buffer.alloc(1024 * 1024, byte);
  let data = await new Promise<Uint8Array>((resolve, reject) => {
    const deflate = createDeflate({ level: 9 });
    const out: Buffer[] = [];
    deflate.on('data', (piece: Buffer) => out.push(piece));
    deflate.on('end', () => {
      resolve(Buffer.concat(out));
    });
    deflate.on('error', reject);
    deflate.write(Buffer.from(prefix, 'latin1'));
    const pump = (left: number): void => {
      if (left <= 0) {
        deflate.end();
        return;
      }
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      if (deflate.write(piece)) pump(left - piece.length);
      else
        deflate.once('drain', () => {
          pump(left - piece.length);
        });
    };
    pump(size);
  });
  for (let i = 1; i < times; i++) {
    const once = data;
    data = await new Promise<Uint8Array>((resolve, reject) => {
      const deflate = createDeflate({ level: 9 });
      const out: Buffer[] = [];
      deflate.on('data', (piece: Buffer) => out.push(piece));
      deflate.on('end', () => {
        resolve(Buffer.concat(out));
      });
      deflate.on('error', reject);
      deflate.end(once);
    });
  }
  return data;
}

export const PAGE_TEXT = 'BT /F1 12 Tf 72 720 Td (KE HOACH) Tj 0 -20 Td (I. MUC DICH, YEU CAU) Tj ET\n';

/**
 * A one-page PDF: catalog (1), pages (2), page (3) drawing content (4) in Helvetica (5), then
 * `extra` objects from 6 on (name them "6 0 R"… in the content's dictionary or the page's).
 */
export function writePdf(content: PdfObject, extra: readonly PdfObject[] = [], pageExtra = ''): Uint8Array {
  const objects: PdfObject[] = [
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: '/Type /Pages /Kids [3 0 R] /Count 1' },
    { dict: `/Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${pageExtra}` },
    content,
    { dict: '/Type /Font /Subtype /Type1 /BaseFont /Helvetica' },
    ...extra,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(offset);
    const length = object.stream === undefined ? '' : ` /Length ${String(object.stream.length)}`;
    const head = Buffer.from(`${String(i + 1)} 0 obj\n<< ${object.dict}${length} >>\n`, 'latin1');
    const body =
      object.stream === undefined
        ? [Buffer.from('endobj\n')]
        : [Buffer.from('stream\n'), Buffer.from(object.stream), Buffer.from('\nendstream\nendobj\n')];
    for (const piece of [head, ...body]) {
      parts.push(piece);
      offset += piece.length;
    }
  });
  const xref = [
    `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(
    Buffer.from(`${xref.join('')}trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(offset)}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

/**
 * `prefix` then about `size` bytes of `byte` as a PDF /LZWDecode stream (EarlyChange 1, as pdf.js
 * reads it). A run is LZW's best case: each code stands for one byte more than the one before, so
 * one dictionary's worth (cleared when full) is 7 MB from 5 kB, a ratio of about 1,300. Written
 * code by code, never held decoded. No scan before pdf.js measures LZW, as pdf-streams.ts does
 * Flate: what it costs is the isolation process's to hold.
 */
export function lzwRun(prefix: string, byte: number, size: number): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let pending = 0;
  let width = 9;
  let next = 258;
  const emit = (code: number): void => {
    pending = (pending << width) | code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      out.push((pending >> bits) & 0xff);
    }
    pending &= (1 << bits) - 1;
  };
  // After each code but the first of a table, the decoder adds an entry and widens its codes one early.
  const added = (): void => {
    next++;
    if (((next + 1) & next) === 0) width = Math.min(12, width + 1);
  };
  const clear = (): void => {
    emit(256);
    width = 9;
    next = 258;
  };
  clear();
  let first = true;
  for (const char of Buffer.from(prefix, 'latin1')) {
    emit(char);
    if (first) first = false;
    else added();
  }
  let written = 0;
  clear();
  emit(byte);
  written += 1;
  while (written < size) {
    if (next >= 4094) {
      clear();
      emit(byte);
      written += 1;
      continue;
    }
    // The code not yet in the table: the previous string and its first byte again, one byte longer.
    written += next - 256;
    emit(next);
    added();
  }
  emit(257);
  if (bits > 0) out.push((pending << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}
