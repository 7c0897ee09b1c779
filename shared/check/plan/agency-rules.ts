/**
 * Agency names in the "chủ trì" / "phối hợp" columns: each names an organ or a collective phrase of
 * the agency directory; an unknown name is reported with the closest names the directory knows.
 */
import type { Resolution } from '../../model';
import type { PlanRule } from './plan-rule';
import { cellEntries } from './plan-texts';

/** Null when the name is right; a near miss (a typo the directory can still read) is reported too. */
function suggestionsFor(resolution: Resolution): readonly string[] | null {
  if (resolution.kind === 'unknown') return resolution.suggestions;
  if (resolution.kind === 'organ' && !resolution.exact) return [resolution.organ.name];
  return null;
}

export const agencyNameRule: PlanRule = {
  id: 'co-quan-ngoai-danh-ba',
  title: 'Tên cơ quan không có trong danh bạ',
  concept: 'agencyNames',
  severity: 'gợi ý',
  *check({ plan, agencies }) {
    if (agencies === undefined) return;
    const agencyColumns = new Set(
      plan.appendices.flatMap((a) => a.columns.filter((c) => c.type === 'agency' || c.type === 'agencies').map((c) => c.id)),
    );
    for (const cell of cellEntries(plan)) {
      if (!agencyColumns.has(cell.columnId)) continue;
      const names = cell.text
        .split(/[;\n]/u)
        .map((n) => n.trim())
        .filter((n) => n !== '' && !n.includes('…'));
      for (const name of names) {
        const suggestions = suggestionsFor(agencies.resolve(name));
        if (suggestions === null) continue;
        const [closest] = suggestions;
        yield {
          at: cell.path,
          message: `"${name}" không có trong danh bạ cơ quan${closest === undefined ? '' : `; gần nhất: "${suggestions.join('", "')}"`}`,
          ...(closest !== undefined && name === cell.text.trim()
            ? { fix: { kind: 'set-field' as const, path: cell.path, value: closest, label: `Ghi là ${closest}` } }
            : {}),
        };
      }
    }
  },
};
