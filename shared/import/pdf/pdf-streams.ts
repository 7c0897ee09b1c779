/**
 * The compressed streams of a PDF, measured before pdf.js reads it. pdf.js inflates a stream whole
 * into memory when it reads one (a page's content, a font, an object stream) and has no cap of its
 * own: a megabyte of deflated zeros is a gigabyte inflated, and a stream deflated twice (a filter
 * chain) multiplies that again. Every Flate stream but an image's is inflated here, counting, and
 * the PDF is refused as soon as one stream or all of them together pass their cap. Images are left
 * to pdf.js's `maxImageSize`: it reads from an image only the bytes its width and height need.
 *
 * A stream this scan cannot measure (encrypted, or behind a filter other than Flate) is left to
 * the isolation process's memory limit, which holds whatever the reader does.
 */
import { Unzlib } from 'fflate';
import { ImportError } from '../import-error';

export const PDF_STREAM_LIMITS = {
  /** One stream inflated: the content of a 300-page plan is a few megabytes, a font a few more. */
  maxStreamBytes: 64 * 1024 * 1024,
  /** All streams but images, inflated. */
  maxTotalBytes: 256 * 1024 * 1024,
};

/** How far back from "stream" its dictionary is looked for; real ones are a few hundred bytes. */
const DICTIONARY_WINDOW = 4096;
/** Input is given to the inflater in slices, so that its output between two counts stays bounded (at most ~1000 times a slice). */
const SLICE = 16 * 1024;

const ascii = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');

class OverCap extends Error {}

const tooLarge = (): ImportError =>
  new ImportError('too-large', 'Tệp PDF có dữ liệu nén bung ra quá lớn (nghi là "bom giải nén"); không đọc tệp này.');

function indexOf(bytes: Uint8Array, pattern: readonly number[], from: number): number {
  const first = pattern[0] ?? 0;
  for (let i = bytes.indexOf(first, from); i >= 0 && i + pattern.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let match = true;
    for (let k = 1; k < pattern.length && match; k++) match = bytes[i + k] === pattern[k];
    if (match) return i;
  }
  return -1;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

interface StreamInfo {
  readonly start: number;
  readonly end: number;
  /** How many Flate stages its filter chain starts with (0 when it does not start with Flate). */
  readonly flateStages: number;
  readonly image: boolean;
}

/** The filter names of a stream dictionary, in order: "/Filter /FlateDecode" or "/Filter [/A85 /Fl]". */
function filters(dictionary: string): string[] {
  const at = dictionary.lastIndexOf('/Filter');
  if (at < 0) return [];
  const rest = dictionary.slice(at + '/Filter'.length).trimStart();
  const list = rest.startsWith('[') ? rest.slice(1, Math.max(1, rest.indexOf(']'))) : (/^\/[^\s/<>[\]()]+/u.exec(rest)?.[0] ?? '');
  return list.split('/').flatMap((name) => {
    const trimmed = name.trim();
    return trimmed === '' ? [] : [trimmed];
  });
}

function leadingFlate(names: readonly string[]): number {
  let count = 0;
  while (names[count] === 'FlateDecode' || names[count] === 'Fl') count++;
  return count;
}

/** The next stream after `from`, or null. */
function nextStream(bytes: Uint8Array, from: number): StreamInfo | null {
  for (let at = indexOf(bytes, STREAM, from); at >= 0; at = indexOf(bytes, STREAM, at + 1)) {
    const isEnd = at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64; // "end"
    if (isEnd) continue;
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a && bytes[start - 1] !== 0x0d) continue;
    if (bytes[start] === 0x0a) start++;
    const window = latin1(bytes.subarray(Math.max(0, at - DICTIONARY_WINDOW), at));
    const dictionary = window.slice(window.lastIndexOf('obj') + 1);
    const endAt = indexOf(bytes, ENDSTREAM, start);
    const end = endAt < 0 ? bytes.length : endAt;
    return { start, end, flateStages: leadingFlate(filters(dictionary)), image: /\/Subtype\s*\/Image\b/u.test(dictionary) };
  }
  return null;
}

/**
 * Inflates `data` once, counting against `budget`; the output only when `keep` (another stage
 * follows), and null when there is none (not zlib data: pdf.js cannot read it either).
 */
function inflate(data: Uint8Array, budget: { left: number; stream: number }, keep: boolean): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    budget.left -= chunk.length;
    if (size > budget.stream || budget.left < 0) throw new OverCap();
    if (keep) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (error) {
    if (error instanceof OverCap) throw tooLarge();
    // Damaged or not zlib: what inflated before the damage was counted, as pdf.js would read it.
  }
  if (!keep || size === 0) return null;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Throws an ImportError ("too-large") when the PDF's streams inflate past their caps. */
export function checkPdfStreams(bytes: Uint8Array): void {
  const budget = { left: PDF_STREAM_LIMITS.maxTotalBytes, stream: PDF_STREAM_LIMITS.maxStreamBytes };
  for (let stream = nextStream(bytes, 0); stream !== null; stream = nextStream(bytes, stream.end)) {
    if (stream.image) continue;
    let data: Uint8Array | null = bytes.subarray(stream.start, stream.end);
    for (let stage = 0; stage < stream.flateStages && data !== null; stage++) data = inflate(data, budget, stage + 1 < stream.flateStages);
  }
}
