/**
 * Opening a DOCX package without trusting it: the central directory is checked (entry count,
 * declared uncompressed sizes, encryption) before JSZip sees the bytes, and every part is inflated
 * as a stream that stops as soon as it, or all parts read from the package together, grow past
 * their cap, since declared sizes can lie. Entries are counted as JSZip will read them (record
 * after record while the signature holds), not as the end record declares: it may say 3 and the
 * directory hold 600,000, which JSZip reads all of.
 */
import JSZip from 'jszip';
import { DocxReadError } from './docx-error';

export const ZIP_LIMITS = {
  maxEntries: 5000,
  /** Sum of the declared uncompressed sizes of all entries (images included). */
  maxTotalUncompressed: 400 * 1024 * 1024,
  /**
   * One XML part, measured while inflating: five times the document part of a 1 MB plan (itself
   * ten times a real one). Reading a part costs far more memory than its size, so this is the cap
   * that keeps an import within a few seconds and a few hundred megabytes.
   */
  maxPartChars: 10 * 1024 * 1024,
  /** All parts read from one package: a package of a few thousand small parts, each inflating to its cap, must stop too. */
  maxTotalChars: 40 * 1024 * 1024,
};

/** Characters inflated so far from each package. */
const inflated = new WeakMap<JSZip, number>();

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const tooLarge = (): DocxReadError =>
  new DocxReadError('too-large', 'Tệp DOCX có dung lượng giải nén bất thường (nghi là "zip bomb"); không đọc tệp này.');
const corrupt = (): DocxReadError => new DocxReadError('corrupt', 'Tệp DOCX bị hỏng: không đọc được cấu trúc nén.');

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** Checks the central directory before anything is inflated. */
export function checkZipDirectory(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new DocxReadError(
      'encrypted',
      'Tệp DOCX được đặt mật khẩu (mã hóa) hoặc là tệp Word 97-2003 (.doc); hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx rồi thử lại.',
    );
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new DocxReadError('not-docx', 'Tệp không phải DOCX (không phải gói nén Office Open XML).');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt();
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // DOCX never needs ZIP64; its markers (0xFFFF / 0xFFFFFFFF) only show up in huge or crafted files.
  if (entries === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff || entries > ZIP_LIMITS.maxEntries)
    throw tooLarge();
  // Bytes before the package (a self-extractor's stub) shift every offset; JSZip reads from the shifted place.
  let offset = directoryOffset + Math.max(0, eocd - (directoryOffset + directorySize));
  if (entries > 0 && (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)) throw corrupt();
  let total = 0;
  for (let count = 1; offset + 46 <= view.byteLength && view.getUint32(offset, true) === CENTRAL_SIGNATURE; count++) {
    if (count > ZIP_LIMITS.maxEntries) throw tooLarge();
    const flags = view.getUint16(offset + 8, true);
    if ((flags & 1) !== 0) {
      throw new DocxReadError('encrypted', 'Tệp DOCX có phần bị mã hóa; hãy gỡ mật khẩu rồi thử lại.');
    }
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) throw tooLarge();
    total += size;
    if (total > ZIP_LIMITS.maxTotalUncompressed) throw tooLarge();
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  checkZipDirectory(bytes);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/encrypt/i.test(message)) throw new DocxReadError('encrypted', 'Tệp DOCX bị mã hóa; hãy gỡ mật khẩu rồi thử lại.');
    throw corrupt();
  }
}

/** Inflates one part as text, or returns null when the package has no such part. */
interface ZipStream {
  on(event: 'data', listener: (chunk: string) => void): ZipStream;
  on(event: 'error', listener: (error: unknown) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

interface StreamingZipObject {
  internalStream(type: 'string'): ZipStream;
}

export function readPart(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  if (file === null) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: string[] = [];
    let length = 0;
    // JSZip streams parts chunk by chunk at run time; its type declarations leave this method out.
    const stream = (file as unknown as StreamingZipObject).internalStream('string');
    stream
      .on('data', (chunk: string) => {
        length += chunk.length;
        const total = (inflated.get(zip) ?? 0) + chunk.length;
        inflated.set(zip, total);
        if (length > ZIP_LIMITS.maxPartChars || total > ZIP_LIMITS.maxTotalChars) {
          stream.pause();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => {
        reject(corrupt());
      })
      .on('end', () => {
        resolve(chunks.join(''));
      })
      .resume();
  });
}
