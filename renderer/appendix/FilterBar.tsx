/**
 * The filter over the grid: text (without regard to diacritics) and an agency. It only hides rows,
 * keeps their group rows for context, and says plainly that the view is filtered.
 */
import { memo, useState, type ReactNode } from 'react';
import type { Appendix } from '../../shared/model';
import { agenciesIn, type RowFilter } from '../../shared/suggest/appendix-filter';

export interface FilterBarProps {
  readonly appendix: Appendix;
  readonly filter: RowFilter;
  readonly onFilter: (filter: RowFilter) => void;
  /** Counts of the rows shown and of all rows. */
  readonly shown: { readonly rows: number; readonly groups: number };
  readonly total: { readonly rows: number; readonly groups: number };
  readonly active: boolean;
}

function FilterBarView({ appendix, filter, onFilter, shown, total, active }: FilterBarProps): ReactNode {
  // The agency list is read when the user opens it, not on every keystroke in the grid.
  const [agencies, setAgencies] = useState<string[]>([]);
  const refresh = (): void => {
    setAgencies(agenciesIn(appendix));
  };
  const options = filter.agency !== '' && !agencies.includes(filter.agency) ? [filter.agency, ...agencies] : agencies;
  return (
    <div className={`filter-bar${active ? ' active' : ''}`}>
      <input
        type="search"
        aria-label="Lọc dòng"
        placeholder="Lọc dòng theo nội dung…"
        value={filter.text}
        onChange={(event) => {
          onFilter({ ...filter, text: event.currentTarget.value });
        }}
      />
      <select
        aria-label="Lọc theo cơ quan"
        value={filter.agency}
        onFocus={refresh}
        onPointerDown={refresh}
        onChange={(event) => {
          onFilter({ ...filter, agency: event.currentTarget.value });
        }}
      >
        <option value="">Mọi cơ quan</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {active && (
        <button
          type="button"
          onClick={() => {
            onFilter({ text: '', agency: '' });
          }}
        >
          Bỏ lọc
        </button>
      )}
      <span className="row-count" role="status" aria-label="Số dòng">
        {active
          ? `Đang lọc: ${shown.rows}/${total.rows} dòng, ${shown.groups}/${total.groups} nhóm`
          : `${total.rows} dòng, ${total.groups} nhóm`}
      </span>
    </div>
  );
}

export const FilterBar = memo(FilterBarView);
