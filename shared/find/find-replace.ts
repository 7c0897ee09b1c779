/**
 * Find and replace across the whole plan. A search returns every match with its text unit (the
 * place it is in); replacing edits those units' text and keeps formatting and cross-references
 * around the match. The result is validated: a replacement that would empty a required field
 * (an organ's name, a recipient) is refused as a whole.
 */
import { PlanDocumentSchema, normalizeNfc, type Inline, type PlanDocument } from '../model';
import { FixError, updateAt } from '../check';
import { spliceInlineText } from './inline-splice';
import { comparisonForm, matchesInForm, type MatchOptions } from './match-text';
import { planTexts, type TextUnit } from './plan-texts';

export interface FoundMatch {
  readonly unit: TextUnit;
  readonly start: number;
  readonly end: number;
}

/** Between units in the joined text: no search string contains it, so no match crosses a unit. */
const SEPARATOR = '\u0000';

/** A plan's text units joined once, with where each starts, in one comparison form. */
interface SearchableText {
  readonly units: readonly TextUnit[];
  readonly starts: readonly number[];
  readonly form: string;
}

/**
 * The find panel searches again on every keystroke while the plan stays the same object (plans
 * are never changed in place), so the joined and folded text is kept per plan and options.
 */
const searchable = new WeakMap<PlanDocument, Map<string, SearchableText>>();

function searchableText(plan: PlanDocument, options: MatchOptions): SearchableText {
  const key = `${String(options.matchCase)}${String(options.matchAccents)}`;
  const perOptions = searchable.get(plan) ?? new Map<string, SearchableText>();
  searchable.set(plan, perOptions);
  const known = perOptions.get(key);
  if (known !== undefined) return known;
  const units = planTexts(plan);
  const starts: number[] = [];
  let length = 0;
  for (const unit of units) {
    starts.push(length);
    length += unit.text.length + SEPARATOR.length;
  }
  const text = { units, starts, form: comparisonForm(units.map((unit) => unit.text).join(SEPARATOR), options) };
  perOptions.set(key, text);
  return text;
}

export function findInPlan(plan: PlanDocument, query: string, options: MatchOptions): FoundMatch[] {
  const needle = query.replaceAll(SEPARATOR, '');
  if (needle === '') return [];
  // One search over the whole plan's text: a comparison form per unit would cost a call per cell.
  const { units, starts, form } = searchableText(plan, options);
  const found: FoundMatch[] = [];
  let u = 0;
  for (const { start, end } of matchesInForm(form, needle, options)) {
    while (u + 1 < units.length && (starts[u + 1] ?? Infinity) <= start) u++;
    const unit = units[u];
    const offset = starts[u] ?? 0;
    if (unit !== undefined) found.push({ unit, start: start - offset, end: end - offset });
  }
  return found;
}

function replaceIn(value: unknown, edits: readonly FoundMatch[], replacement: string): unknown {
  // From the last match to the first, so earlier offsets stay right.
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  if (typeof value === 'string') return ordered.reduce((text, m) => text.slice(0, m.start) + replacement + text.slice(m.end), value);
  if (value !== null && typeof value === 'object' && 'children' in value) {
    const block = value as { children: Inline[] };
    return { ...block, children: ordered.reduce((children, m) => spliceInlineText(children, m.start, m.end, replacement), block.children) };
  }
  if (value !== null && typeof value === 'object' && 'runs' in value) {
    const cell = value as { runs: Inline[] };
    return { runs: ordered.reduce((runs, m) => spliceInlineText(runs, m.start, m.end, replacement), cell.runs) };
  }
  throw new FixError('Không thay được: chỗ tìm thấy đã thay đổi.');
}

/** The plan with each match replaced; matches must come from a search of this same plan. */
export function replaceMatches(plan: PlanDocument, matches: readonly FoundMatch[], replacement: string): PlanDocument {
  if (matches.length === 0) return plan;
  const text = replacement.normalize('NFC');
  const byPath = new Map<string, FoundMatch[]>();
  for (const match of matches) {
    const key = JSON.stringify(match.unit.path);
    byPath.set(key, [...(byPath.get(key) ?? []), match]);
  }
  let changed: unknown = plan;
  for (const edits of byPath.values()) {
    const path = edits[0]?.unit.path ?? [];
    changed = updateAt(changed, path, (value) => replaceIn(value, edits, text));
  }
  const result = PlanDocumentSchema.safeParse(normalizeNfc(changed));
  if (!result.success) {
    throw new FixError('Không thay được: sau khi thay, một trường bắt buộc (tên cơ quan, tên loại, nơi nhận…) sẽ bị trống.');
  }
  return result.data;
}
