/**
 * Mutation fuzzing with fast-check: an edit is data (where, what, how much), so fast-check can
 * generate lists of edits against a real document and shrink a failing list to the few edits
 * that matter. Positions are fractions of the length, valid for any input.
 */
import fc from 'fast-check';

/** A position as a fraction of the input's length, in millionths. */
const position = fc.nat({ max: 999_999 });
const at = (fraction: number, length: number): number => Math.floor((fraction / 1_000_000) * (length + 1));

/**
 * Long runs of one character (or one token), the input that makes a backtracking regular
 * expression or a pairwise comparison quadratic: at 300,000 characters a quadratic step takes
 * minutes, a linear one milliseconds.
 */
const RUN_CHARACTERS = [' ', '\t', '.', '-', '…', '_', '0', '9', 'a', 'I', '/', '*', ';', ',', '(', '\n', '\u00a0', 'ệ', '=', '\r\n'];

export type TextEdit =
  | { readonly op: 'delete' | 'duplicate' | 'move'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly op: 'insert' | 'replace'; readonly at: number; readonly text: string }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'run'; readonly at: number; readonly char: string; readonly count: number }
  | { readonly op: 'decompose' | 'upper'; readonly at: number; readonly length: number };

/** Edits of text: ranges deleted, duplicated and moved, tokens inserted, runs, NFD and case changes. */
export function textEdit(tokens: readonly string[], options: { maxRun: number }): fc.Arbitrary<TextEdit> {
  const span = fc.integer({ min: 1, max: 400 });
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constantFrom('delete' as const, 'duplicate' as const, 'move' as const),
        at: position,
        length: span,
        to: position,
      }),
    },
    { weight: 4, arbitrary: fc.record({ op: fc.constantFrom('insert' as const, 'replace' as const), at: position, text: token }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('decompose' as const, 'upper' as const), at: position, length: span }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('run' as const),
        at: position,
        char: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...RUN_CHARACTERS) }, { weight: 1, arbitrary: fc.constantFrom(...tokens) }),
        count: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: Math.ceil(options.maxRun / 2), max: options.maxRun })),
      }),
    },
  );
}

export function applyTextEdits(source: string, edits: readonly TextEdit[]): string {
  let text = source;
  for (const edit of edits) {
    const i = at(edit.at, text.length);
    switch (edit.op) {
      case 'delete':
        text = text.slice(0, i) + text.slice(i + edit.length);
        break;
      case 'duplicate':
        text = text.slice(0, i + edit.length) + text.slice(i, i + edit.length) + text.slice(i + edit.length);
        break;
      case 'move': {
        const piece = text.slice(i, i + edit.length);
        const rest = text.slice(0, i) + text.slice(i + edit.length);
        const j = at(edit.to, rest.length);
        text = rest.slice(0, j) + piece + rest.slice(j);
        break;
      }
      case 'insert':
        text = text.slice(0, i) + edit.text + text.slice(i);
        break;
      case 'replace':
        text = text.slice(0, i) + edit.text + text.slice(i + edit.text.length);
        break;
      case 'truncate':
        text = text.slice(0, i);
        break;
      case 'run':
        // `count` characters of the repeated piece, whatever its length.
        text = text.slice(0, i) + edit.char.repeat(Math.ceil(edit.count / Math.max(1, edit.char.length))) + text.slice(i);
        break;
      case 'decompose':
        text = text.slice(0, i) + text.slice(i, i + edit.length).normalize('NFD') + text.slice(i + edit.length);
        break;
      case 'upper':
        text = text.slice(0, i) + text.slice(i, i + edit.length).toUpperCase() + text.slice(i + edit.length);
        break;
    }
  }
  return text;
}

export type ByteEdit =
  | { readonly op: 'set'; readonly at: number; readonly value: number }
  | { readonly op: 'flip'; readonly at: number; readonly bit: number }
  | { readonly op: 'delete' | 'duplicate'; readonly at: number; readonly length: number }
  | { readonly op: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly op: 'truncate'; readonly at: number };

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x20, 0x0a, 0x3c, 0x3e, 0x2f, 0x25];

/** Edits of bytes: values set or flipped, ranges deleted, duplicated or inserted, truncation. */
export function byteEdit(tokens: readonly string[] = []): fc.Arbitrary<ByteEdit> {
  const encoder = new TextEncoder();
  const inserted =
    tokens.length === 0
      ? fc.uint8Array({ maxLength: 16 })
      : fc.oneof(
          fc.uint8Array({ maxLength: 16 }),
          fc.constantFrom(...tokens).map((t) => encoder.encode(t)),
        );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('set' as const),
        at: position,
        value: fc.oneof(fc.constantFrom(...INTERESTING_BYTES), fc.nat({ max: 255 })),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.nat({ max: 7 }) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constantFrom('delete' as const, 'duplicate' as const),
        at: position,
        length: fc.integer({ min: 1, max: 512 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, bytes: inserted }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
  );
}

export function applyByteEdits(source: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let bytes = source;
  const splice = (start: number, end: number, middle: Uint8Array): Uint8Array => {
    const out = new Uint8Array(start + middle.length + Math.max(0, bytes.length - end));
    out.set(bytes.subarray(0, start));
    out.set(middle, start);
    out.set(bytes.subarray(end), start + middle.length);
    return out;
  };
  for (const edit of edits) {
    const i = at(edit.at, bytes.length - 1);
    switch (edit.op) {
      case 'set':
      case 'flip':
        if (bytes.length === 0) break;
        bytes = bytes.slice();
        bytes[i] = edit.op === 'set' ? edit.value : (bytes[i] ?? 0) ^ (1 << edit.bit);
        break;
      case 'delete':
        bytes = splice(i, i + edit.length, new Uint8Array());
        break;
      case 'duplicate':
        bytes = splice(i, i, bytes.slice(i, i + edit.length));
        break;
      case 'insert':
        bytes = splice(i, i, edit.bytes);
        break;
      case 'truncate':
        bytes = bytes.slice(0, i);
        break;
    }
  }
  return bytes;
}
