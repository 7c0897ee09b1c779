/**
 * The pixel size an image file declares, read from its header before anything is decoded, so
 * that a 20,000 × 20,000 image (1.6 GB of pixels) is refused instead of filling the memory.
 */
import UTIF from 'utif2';

export type ImageKind = 'png' | 'jpeg' | 'tiff';

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const ii = bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0;
  const mm = bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a;
  return ii || mm ? 'tiff' : null;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24) return null;
  return { width: view(bytes).getUint32(16), height: view(bytes).getUint32(20) };
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the frame's size. */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  const data = view(bytes);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = data.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: data.getUint16(at + 7), height: data.getUint16(at + 5) };
    }
    at += 2 + length;
  }
  return null;
}

function tagNumber(ifd: UTIF.IFD, tag: string): number {
  const value = ifd[tag];
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : 0;
}

/** The pages of a TIFF (its image directories), each with its size. */
export function tiffPages(bytes: Uint8Array): { ifd: UTIF.IFD; size: ImageSize }[] {
  const ifds = UTIF.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return ifds
    .map((ifd) => ({ ifd, size: { width: tagNumber(ifd, 't256'), height: tagNumber(ifd, 't257') } }))
    .filter((p) => p.size.width > 0 && p.size.height > 0);
}

/** The size the header declares, or null when the header is not readable. */
export function declaredSize(kind: ImageKind, bytes: Uint8Array): ImageSize | null {
  if (kind === 'png') return pngSize(bytes);
  if (kind === 'jpeg') return jpegSize(bytes);
  const pages = tiffPages(bytes);
  if (pages.length === 0) return null;
  return pages.reduce((big, p) => (p.size.width * p.size.height > big.width * big.height ? p.size : big), { width: 0, height: 0 });
}
