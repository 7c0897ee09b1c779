/**
 * The superior's tasks for the unit, each covered or not: a covered one names the child's rows
 * that take it up (a click goes there), a missing one can be added in one click, and a child
 * deadline later than the superior's is flagged.
 */
import { memo, useState, type ReactNode } from 'react';
import type { ChildPlace, CoverageMatch } from '../../shared/clone';
import { ROLE_LABEL, viaNote } from './assignment-groups';

type Filter = 'all' | 'missing' | 'late';

interface CoverageListProps {
  readonly matches: readonly CoverageMatch[];
  /** "Kế hoạch số 58-KH/TU": said once above the list, not after every reference. */
  readonly superiorName: string;
  readonly onGo: (place: ChildPlace) => void;
  readonly onAdd: (index: number) => void;
}

const CoverageEntry = memo(function CoverageEntry({
  match,
  index,
  superiorName,
  onGo,
  onAdd,
}: { match: CoverageMatch; index: number } & Omit<CoverageListProps, 'matches'>): ReactNode {
  const { item, assignment, places } = match;
  const parentRef = item.parentRef.endsWith(` ${superiorName}`) ? item.parentRef.slice(0, -superiorName.length - 1) : item.parentRef;
  const first = places[0];
  const via = viaNote(assignment);
  return (
    <li className={`coverage-item ${item.covered ? 'covered' : 'missing'}${item.lateDeadline ? ' late' : ''}`}>
      <div className="coverage-item-head">
        <span className="coverage-status">{item.covered ? 'Đã có' : 'Chưa có'}</span>
        <span className="coverage-ref">{parentRef}</span>
        <span className="coverage-role">{ROLE_LABEL[item.role]}</span>
        {via !== '' && <span className="coverage-via">{via}</span>}
      </div>
      {first === undefined ? (
        <p className="coverage-text">{item.text}</p>
      ) : (
        <button
          type="button"
          className="coverage-text"
          title={`Đến ${first.ref}`}
          onClick={() => {
            onGo(first);
          }}
        >
          {item.text}
        </button>
      )}
      <div className="coverage-where">
        {places.map((place) => (
          <button
            key={place.kind === 'row' ? place.rowId : place.blockId}
            type="button"
            className="coverage-place"
            aria-label={`Đến ${place.ref}`}
            onClick={() => {
              onGo(place);
            }}
          >
            → {place.ref}
          </button>
        ))}
        {!item.covered && (
          <button
            type="button"
            className="coverage-add"
            aria-label={`Thêm vào kế hoạch: ${item.parentRef}`}
            onClick={() => {
              onAdd(index);
            }}
          >
            Thêm vào kế hoạch
          </button>
        )}
        {item.lateDeadline && <span className="coverage-late">Thời hạn muộn hơn cấp trên ({assignment.task.deadline})</span>}
      </div>
    </li>
  );
});

const FILTERS: readonly { readonly id: Filter; readonly label: string; readonly test: (m: CoverageMatch) => boolean }[] = [
  { id: 'all', label: 'Tất cả', test: () => true },
  { id: 'missing', label: 'Chưa có', test: (m) => !m.item.covered },
  { id: 'late', label: 'Muộn hạn', test: (m) => m.item.lateDeadline },
];

export function CoverageList({ matches, superiorName, onGo, onAdd }: CoverageListProps): ReactNode {
  const [filter, setFilter] = useState<Filter>('all');
  const test = FILTERS.find((f) => f.id === filter)?.test ?? (() => true);
  return (
    <>
      <div className="coverage-filter" role="radiogroup" aria-label="Lọc nhiệm vụ">
        {FILTERS.map((f) => (
          <label key={f.id} className={filter === f.id ? 'active' : undefined}>
            <input
              type="radio"
              name="coverage-filter"
              checked={filter === f.id}
              onChange={() => {
                setFilter(f.id);
              }}
            />
            {f.label} ({matches.filter(f.test).length})
          </label>
        ))}
      </div>
      <ul className="coverage-items" aria-label="Nhiệm vụ được giao">
        {matches.map((match, index) =>
          test(match) ? (
            <CoverageEntry
              key={match.assignment.task.itemId}
              match={match}
              index={index}
              superiorName={superiorName}
              onGo={onGo}
              onAdd={onAdd}
            />
          ) : null,
        )}
      </ul>
      {!matches.some(test) && <p className="clone-hint">Không có nhiệm vụ nào như vậy.</p>}
    </>
  );
}
