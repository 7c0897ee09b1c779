/**
 * Appendices in the profile's form: how they are numbered, the "(Kèm theo Kế hoạch số … ngày … của
 * …)" line under the title and the mark under it, and whether their pages are numbered apart.
 */
import { formatLongDate, formatShortDate } from '../model/dates';
import type { Meta } from '../model/meta.schema';
import { sentenceCase } from '../model/text';
import { numberCode } from './number-symbol';
import type { FormatProfile, RuleMark } from './profile';

/** Roman (Phụ lục I, II) or Arabic (Phụ lục 1, 2) when there are two or more. */
export function appendixNumberStyle(profile: FormatProfile): 'roman' | 'arabic' {
  return profile.appendix.numbering;
}

/** "(Kèm theo Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy)" in the profile's form. */
export function appendixRefLine(
  meta: Pick<Meta, 'number' | 'symbol' | 'date' | 'typeName' | 'issuingOrgan'>,
  profile: FormatProfile,
): string {
  const code = numberCode(meta.number, meta.symbol, profile);
  const when =
    profile.appendix.refDate === 'long'
      ? ` ${formatLongDate(meta.date)}`
      : `${profile.citation.dateSeparator}ngày ${formatShortDate(meta.date)}`;
  // An issuer not yet known is left out rather than printed as "của )".
  const issuer = meta.issuingOrgan.citation === '' ? '' : ` của ${meta.issuingOrgan.citation}`;
  return `(Kèm theo ${sentenceCase(meta.typeName)} số ${code}${when}${issuer})`;
}

/** The mark under the reference line (a short rule, "-----"), or null. */
export function appendixRefLineMark(profile: FormatProfile): RuleMark | null {
  return profile.appendix.refLineMark;
}

/** Whether each appendix numbers its pages from 1 (its first page unnumbered), or runs on from the body. */
export function appendixPageNumbering(profile: FormatProfile): { readonly restart: boolean; readonly hideOnFirstPage: boolean } {
  const restart = profile.appendix.restartPageNumbers;
  return { restart, hideOnFirstPage: restart && profile.pageNumber.hideOnFirstPage };
}
