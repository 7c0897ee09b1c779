/**
 * A ZIP writer for hostile packages, since JSZip only writes honest ones: sizes that lie, many
 * entries sharing one compressed block (the "overlapping" zip bomb), names that climb out of the
 * folder. Deflate and CRC-32 come from node:zlib.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** The content; `deflated` stands in for it when a bomb's content is too large to hold. */
  readonly content?: string | Uint8Array;
  readonly deflated?: DeflatedBlock;
  /** The uncompressed size written in the headers, when it should lie. */
  readonly declaredSize?: number;
  /** Index of an earlier entry whose local header and data this one points to. */
  readonly sameDataAs?: number;
}

export interface DeflatedBlock {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly crc: number;
}

export function deflate(content: string | Uint8Array): DeflatedBlock {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes: deflateRawSync(raw, { level: 9 }), size: raw.length, crc: crc32(raw) };
}

/** `size` bytes of one repeated character, deflated a megabyte at a time (never held whole). */
export function deflatedRun(char: string, size: number, prefix = '', suffix = ''): DeflatedBlock {
  const chunk = Buffer.alloc(1024 * 1024, char);
  const parts: Buffer[] = [];
  let crc = 0;
  const stream = (piece: Buffer): void => {
    parts.push(piece);
    crc = crc32(piece, crc);
  };
  stream(Buffer.from(prefix));
  for (let left = size; left > 0; left -= chunk.length) stream(left >= chunk.length ? chunk : chunk.subarray(0, left));
  stream(Buffer.from(suffix));
  const raw = Buffer.concat(parts);
  return { bytes: deflateRawSync(raw, { level: 9 }), size: raw.length, crc };
}

/**
 * The fields local and central headers share, in the same order: flags (UTF-8 names), method
 * (deflate), time, date (1980-01-01), CRC, compressed and uncompressed sizes, name length.
 */
function writeSharedFields(header: Buffer, at: number, block: DeflatedBlock, size: number, nameLength: number): void {
  header.writeUInt16LE(0x0800, at);
  header.writeUInt16LE(8, at + 2);
  header.writeUInt16LE(0x21, at + 6);
  header.writeUInt32LE(block.crc, at + 8);
  header.writeUInt32LE(block.bytes.length, at + 12);
  header.writeUInt32LE(size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const placed: { offset: number; block: DeflatedBlock }[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = Buffer.from(entry.name, 'utf8');
    const shared = entry.sameDataAs === undefined ? undefined : placed[entry.sameDataAs];
    const block = shared?.block ?? entry.deflated ?? deflate(entry.content ?? '');
    const size = entry.declaredSize ?? block.size;
    let localOffset = shared?.offset ?? offset;
    if (shared === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      writeSharedFields(local, 6, block, size, name.length);
      locals.push(local, name, Buffer.from(block.bytes));
      localOffset = offset;
      offset += 30 + name.length + block.bytes.length;
    }
    placed[i] = { offset: localOffset, block };
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    writeSharedFields(header, 8, block, size, name.length);
    header.writeUInt32LE(localOffset, 42);
    central.push(header, name);
  });
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
