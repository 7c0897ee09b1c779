/**
 * Structural mutations of a `.kehoach` document: pick any node of the JSON tree and replace it,
 * delete it, duplicate it (ids then clash), wrap or nest it deeply, or give it a value from the
 * edges of its type; then write the JSON out compact or indented. Beside it, plain JSON values.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonEdit =
  | { readonly op: 'replace'; readonly node: number; readonly value: Json }
  | { readonly op: 'retext'; readonly node: number; readonly text: string }
  | { readonly op: 'delete' | 'duplicate' | 'wrap' | 'swap'; readonly node: number }
  | { readonly op: 'nest'; readonly node: number; readonly depth: number };

const EDGE_VALUES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53,
  5,
  '',
  ' ',
  'x'.repeat(5000),
  'Kế hoạch'.normalize('NFD'),
  '\u0000',
  '\ud800',
  '<w:t>&amp;</w:t>',
  '../../etc/passwd',
  [],
  {},
  [null],
  { '': '' },
];

export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      node: fc.nat(),
      value: fc.oneof(fc.constantFrom(...EDGE_VALUES), fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'wrap' as const), node: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('nest' as const),
      node: fc.nat(),
      depth: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.constant(100_000)),
    }),
  },
);

/**
 * Edits that keep the plan's shape, so most results still load and reach the checker: a text
 * becomes another (from the tokens, any Unicode, NFD), two neighbours in a list change places.
 */
export function keepShapeEdit(tokens: readonly string[]): fc.Arbitrary<JsonEdit> {
  const text = fc.oneof(
    fc.constantFrom(...tokens),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 10 }),
    fc.constantFrom(...tokens).map((t) => t.normalize('NFD')),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('retext' as const), node: fc.nat(), text }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swap' as const), node: fc.nat() }) },
  );
}

interface Slot {
  readonly parent: Json[] | { [key: string]: Json } | null;
  readonly key: number | string;
}

/** Every node of the tree, preorder, as the place that holds it. */
function slots(root: { value: Json }): Slot[] {
  const out: Slot[] = [{ parent: null, key: 0 }];
  const stack: Json[] = [root.value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        stack.push(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        out.push({ parent: node, key });
        stack.push(child);
      }
    }
  }
  return out;
}

/** Deeper than JSON.stringify can recurse: a marker, expanded into brackets by writeJson. */
const DEEP_MARKER = '\u0000deep:';
const DEEP_IN_TEXT = /"\\u0000deep:(\d+)"/g;

function nested(value: Json, depth: number): Json {
  if (depth > 1000) return `${DEEP_MARKER}${String(depth)}`;
  let out = value;
  for (let i = 0; i < depth; i++) out = i % 2 === 0 ? [out] : { x: out };
  return out;
}

export function applyJsonEdits(source: unknown, edits: readonly JsonEdit[]): unknown {
  const root = { value: structuredClone(source) as Json };
  for (const edit of edits) {
    const all = slots(root);
    const slot = all[edit.node % all.length];
    if (slot === undefined) continue;
    const { parent, key } = slot;
    const get = (): Json => (parent === null ? root.value : ((parent as Record<string | number, Json>)[key] ?? null));
    const set = (value: Json): void => {
      if (parent === null) root.value = value;
      else (parent as Record<string | number, Json>)[key] = value;
    };
    switch (edit.op) {
      case 'replace':
        set(structuredClone(edit.value));
        break;
      case 'retext':
        if (typeof get() === 'string') set(edit.text);
        break;
      case 'swap':
        if (Array.isArray(parent) && Number(key) + 1 < parent.length) {
          const i = Number(key);
          [parent[i], parent[i + 1]] = [parent[i + 1] ?? null, parent[i] ?? null];
        }
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else if (parent !== null) Reflect.deleteProperty(parent, key);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(get()));
        else set([get(), structuredClone(get())]);
        break;
      case 'wrap':
        set([get()]);
        break;
      case 'nest':
        set(nested(get(), edit.depth));
        break;
    }
  }
  return root.value;
}

export type JsonLayout = 'indented' | 'compact' | 'bom' | 'trailing-nul';

/** JSON text the way files arrive: indented, compact, with a BOM or trailing bytes. */
export const jsonLayout = fc.constantFrom<JsonLayout>('indented', 'compact', 'bom', 'trailing-nul');

export function writeJson(value: unknown, layout: JsonLayout): string {
  const text = (layout === 'indented' ? JSON.stringify(value, null, 2) : JSON.stringify(value)).replace(
    DEEP_IN_TEXT,
    (_, depth: string) => `${'['.repeat(Number(depth))}0${']'.repeat(Number(depth))}`,
  );
  if (layout === 'bom') return `\uFEFF${text}`;
  return layout === 'trailing-nul' ? `${text}\u0000` : layout === 'indented' ? `${text}\n` : text;
}
