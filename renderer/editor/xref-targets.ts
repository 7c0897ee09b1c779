/**
 * What a cross-reference can point to (an appendix, or a numbered row of one) and the text each
 * reference shows. The resolver is built once per version of the appendices and shared by every
 * reference on screen, so typing in the body never recomputes row numbers.
 */
import {
  cellOf,
  appendixLabel,
  cellText,
  createCrossRefResolver,
  numberRows,
  type CrossRef,
  type CrossRefResolver,
  type PlanDocument,
} from '../../shared/model';
import { matchKey } from '../../shared/import/normalize/clean-text';

const resolvers = new WeakMap<PlanDocument['appendices'], CrossRefResolver>();

export function resolverFor(appendices: PlanDocument['appendices']): CrossRefResolver {
  let resolver = resolvers.get(appendices);
  if (resolver === undefined) {
    resolver = createCrossRefResolver({ appendices });
    resolvers.set(appendices, resolver);
  }
  return resolver;
}

export interface XrefTarget {
  readonly ref: CrossRef;
  /** "điểm 1.1 Phụ lục II" or "Phụ lục II": the text the reference will show. */
  readonly label: string;
  /** The appendix title or the row's main text, to recognize it by. */
  readonly detail: string;
  readonly search: string;
}

export function xrefTargets(appendices: PlanDocument['appendices']): XrefTarget[] {
  const resolve = resolverFor(appendices);
  return appendices.flatMap((appendix, index) => {
    const label = appendixLabel(appendix, index, appendices.length);
    const own: XrefTarget = {
      ref: { type: 'xref', appendixId: appendix.id, children: [{ text: '' }] },
      label,
      detail: appendix.title,
      search: matchKey(`${label} ${appendix.title}`),
    };
    const numbers = numberRows(appendix);
    const rows = appendix.rows.flatMap((row): XrefTarget[] => {
      if (numbers.get(row.id)?.citation === '') return [];
      const ref: CrossRef = { type: 'xref', appendixId: appendix.id, rowId: row.id, children: [{ text: '' }] };
      const text = resolve(ref);
      const detail = cellText(cellOf(row, appendix.mainColumn));
      return [{ ref, label: text, detail, search: matchKey(`${text} ${detail}`) }];
    });
    return [own, ...rows];
  });
}

/** Targets whose label or text contains every word typed, with or without diacritics. */
export function searchTargets(targets: readonly XrefTarget[], query: string): XrefTarget[] {
  const words = matchKey(query)
    .split(' ')
    .filter((w) => w !== '');
  return targets.filter((t) => words.every((w) => t.search.includes(w)));
}
