/** Builders and fixture loading shared by the model unit tests. */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanFormatError } from '../../../shared/model';
import { fileURLToPath } from 'node:url';
import type {
  Appendix,
  Block,
  BulletBlock,
  CrossRef,
  ItemBlock,
  ItemMarker,
  LevelStyle,
  ParagraphBlock,
  Row,
  RowNumbering,
} from '../../../shared/model';

export const PARTY_FILE = 'ke-hoach-58-KH-TU.kehoach';
export const STATE_FILE = 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach';

export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
}

export function item(id: string, level: number, marker: ItemMarker = 'decimal'): ItemBlock {
  return { type: 'item', id, level, marker, heading: false, children: [{ text: `nội dung ${id}` }] };
}

export function paragraph(id: string): ParagraphBlock {
  return { type: 'paragraph', id, children: [{ text: `đoạn ${id}` }] };
}

export function bullet(id: string, level: 1 | 2 = 1): BulletBlock {
  return { type: 'bullet', id, level, children: [{ text: `gạch đầu dòng ${id}` }] };
}

export function row(id: string, level: number, kind: Row['kind'] = level === 0 ? 'group' : 'data'): Row {
  return { id, kind, level, cells: { task: `việc ${id}` } };
}

export function levels(...numbering: RowNumbering[]): LevelStyle[] {
  return numbering.map((n) => ({ numbering: n, bold: false, italic: false }));
}

export function makeAppendix(
  id: string,
  rows: Row[],
  levelStyles: LevelStyle[] = levels('roman', 'arabic'),
  numberStyle: Appendix['numberStyle'] = 'roman',
): Appendix {
  return {
    id,
    title: `PHỤ LỤC ${id.toUpperCase()}`,
    orientation: 'landscape',
    numberStyle,
    columns: [
      { id: 'stt', label: 'STT', type: 'stt', width: 1 },
      { id: 'task', label: 'Nhiệm vụ', type: 'text', width: 6 },
    ],
    rows,
    levels: levelStyles,
    groupLayout: 'band',
    mainColumn: 'task',
    notes: [],
  };
}

export function xref(appendixId: string, rowId?: string): CrossRef {
  return rowId === undefined
    ? { type: 'xref', appendixId, children: [{ text: '' }] }
    : { type: 'xref', appendixId, rowId, children: [{ text: '' }] };
}

/** Moves the element at `from` so that it ends up at index `to`, in place. */
export function move(list: unknown[], from: number, to: number): void {
  const [moved] = list.splice(from, 1);
  if (moved === undefined) throw new Error(`no element at ${from}`);
  list.splice(to, 0, moved);
}

/** Labels of the item blocks in order, using a numbering map keyed by id. */
export function labelsOf(blocks: readonly Block[], numbers: ReadonlyMap<string, { label: string }>): (string | undefined)[] {
  return blocks.filter((b) => b.type === 'item').map((b) => numbers.get(b.id)?.label);
}

/** A JSON value as loaded from a file, for tests that corrupt a document before parsing it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function loadJson(text: string): Json {
  return JSON.parse(text) as Json;
}

function child(value: Json, key: string | number): Json {
  if (typeof key === 'number') {
    if (!Array.isArray(value)) throw new Error(`not an array at [${key}]`);
    const found = value[key];
    if (found === undefined) throw new Error(`no element [${key}]`);
    return found;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not an object at .${key}`);
  const found = value[key];
  if (found === undefined) throw new Error(`no field .${key}`);
  return found;
}

export function getPath(root: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((value, key) => child(value, key), root);
}

/** Sets (or with `undefined`, deletes) the value at `path`; every parent must exist. */
export function setPath(root: Json, path: readonly (string | number)[], value: Json | undefined): void {
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  const parent = getPath(root, path.slice(0, -1));
  if (typeof last === 'number') {
    if (!Array.isArray(parent)) throw new Error('parent is not an array');
    if (value === undefined) parent.splice(last, 1);
    else parent[last] = value;
    return;
  }
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) throw new Error('parent is not an object');
  if (value === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete parent[last];
  } else parent[last] = value;
}

/** Runs fn and returns what it threw; fails when it throws nothing. */
export function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

export function formatError(fn: () => unknown): PlanFormatError {
  const error = catchError(fn);
  expect(error).toBeInstanceOf(PlanFormatError);
  if (!(error instanceof PlanFormatError)) throw new Error('not a PlanFormatError');
  return error;
}

/** Every string and key in a JSON-like value, for NFC checks. */
export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      collectStrings(v, out);
    }
  }
  return out;
}
