/**
 * One appendix: its number and settings, the filter, and the data grid bound to the model.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { appendixLabel } from '../../shared/model';
import { countRows, filterRows, isFilterActive, type RowFilter } from '../../shared/suggest/appendix-filter';
import { useDocument } from '../state/use-document';
import { AppendixGrid } from './AppendixGrid';
import { AppendixSettings } from './AppendixSettings';
import { FilterBar } from './FilterBar';
import './appendix.css';

const NO_FILTER: RowFilter = { text: '', agency: '' };

export function AppendixView({ appendixId }: { appendixId: string }): ReactNode {
  const appendix = useDocument((s) => s.plan.appendices.find((a) => a.id === appendixId));
  const position = useDocument((s) => [s.plan.appendices.findIndex((a) => a.id === appendixId), s.plan.appendices.length].join('/'));
  // Deadlines are suggested around the plan's year, or this year while the plan's is not known.
  const year = useDocument((s) => s.plan.meta.date.year) ?? new Date().getFullYear();
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const clearFilter = useCallback(() => {
    setFilter(NO_FILTER);
  }, []);
  const filtering = isFilterActive(filter);
  const allRows = appendix?.rows;

  // The rows a filter shows are chosen when the filter or the set of rows changes, not when a cell
  // is typed in: a row being edited does not vanish under the caret.
  const rowKey = useMemo(() => (filtering ? (allRows ?? []).map((r) => r.id).join('\n') : ''), [filtering, allRows]);
  const shownIds = useMemo(
    () => (appendix === undefined || !filtering ? null : new Set(filterRows(appendix, filter))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed by rowKey, not by cell text
    [filter, filtering, rowKey],
  );
  const rows = useMemo(
    () => (shownIds === null ? (allRows ?? []) : (allRows ?? []).filter((r) => shownIds.has(r.id))),
    [allRows, shownIds],
  );

  if (appendix === undefined) return null;
  const [index = 0, count = 1] = position.split('/').map(Number);
  return (
    <div className="appendix-view">
      <header className="appendix-head">
        <h2>{appendixLabel(appendix, index, count)}</h2>
        <p className="appendix-heading-title" title={appendix.title}>
          {appendix.title}
        </p>
      </header>
      <AppendixSettings appendix={appendix} />
      <FilterBar
        appendix={appendix}
        filter={filter}
        onFilter={setFilter}
        shown={countRows(rows)}
        total={countRows(appendix.rows)}
        active={filtering}
      />
      <AppendixGrid appendix={appendix} rows={rows} filtered={filtering} onClearFilter={clearFilter} year={year} />
    </div>
  );
}
