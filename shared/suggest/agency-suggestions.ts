/**
 * Suggestions for an agency cell as the user types: organs and collective phrases of the directory
 * whose name, short form or alias starts with (or contains) what was typed, without regard to case
 * or diacritics; abbreviations are read as the directory reads them ("UBND" is Ủy ban nhân dân).
 * Organs that no longer exist are left out.
 */
import type { AgencyDirectoryData } from '../model/agency.schema';
import { nameKey } from '../model/agency-names';
import { searchKey } from './search-key';

export interface AgencySuggestion {
  /** What the cell receives: the organ's or phrase's usual name. */
  readonly name: string;
  /** The short form or alias the query matched, when it is not the name itself. */
  readonly matched: string;
  readonly kind: 'organ' | 'collective';
}

/** A name as the query is compared with it, folded once per directory. */
interface Variant {
  readonly text: string;
  readonly folded: string;
  readonly key: string;
  readonly words: readonly string[];
}

interface Candidate {
  readonly name: string;
  readonly variants: readonly Variant[];
  readonly kind: AgencySuggestion['kind'];
}

function variant(text: string): Variant {
  const folded = searchKey(text);
  return { text, folded, key: nameKey(text), words: folded.split(/[^a-z0-9&]+/) };
}

/** Per directory: the country's has 27,000 organs, too many to fold again at each keystroke. */
const prepared = new WeakMap<AgencyDirectoryData, Candidate[]>();

function candidates(data: AgencyDirectoryData): Candidate[] {
  const known = prepared.get(data);
  if (known !== undefined) return known;
  const list = [
    ...data.organs
      .filter((o) => o.until === '')
      .map((o) => ({ name: o.name, variants: [o.name, ...o.short, ...o.aliases].map(variant), kind: 'organ' as const })),
    ...data.collectives.map((c) => ({ name: c.name, variants: [c.name, ...c.aliases].map(variant), kind: 'collective' as const })),
  ];
  prepared.set(data, list);
  return list;
}

/** 0 best; null when the variant does not match. */
function score({ folded, key, words: own }: Variant, query: string, queryKey: string): number | null {
  if (folded.startsWith(query)) return 0;
  if (folded.includes(` ${query}`)) return 1;
  if (queryKey !== '' && key.startsWith(queryKey)) return 1;
  if (queryKey !== '' && key.includes(` ${queryKey}`)) return 2;
  if (folded.includes(query)) return 3;
  const words = query.split(' ');
  return words.every((w) => own.some((o) => o.startsWith(w))) ? 4 : null;
}

export function suggestAgencies(data: AgencyDirectoryData, query: string, limit = 8): AgencySuggestion[] {
  const folded = searchKey(query);
  if (folded === '') return [];
  const queryKey = nameKey(query);
  const found: { suggestion: AgencySuggestion; score: number; order: number }[] = [];
  candidates(data).forEach((candidate, order) => {
    let best: { score: number; variant: string } | null = null;
    for (const one of candidate.variants) {
      const s = score(one, folded, queryKey);
      if (s !== null && (best === null || s < best.score)) best = { score: s, variant: one.text };
    }
    if (best === null) return;
    const matched = best.variant === candidate.name ? '' : best.variant;
    found.push({ suggestion: { name: candidate.name, matched, kind: candidate.kind }, score: best.score, order });
  });
  found.sort((a, b) => a.score - b.score || a.suggestion.name.length - b.suggestion.name.length || a.order - b.order);
  const seen = new Set<string>();
  return found
    .filter(({ suggestion }) => !seen.has(suggestion.name) && seen.add(suggestion.name))
    .slice(0, limit)
    .map((f) => f.suggestion);
}
