/**
 * Choosing the unit from the agency directory: typing filters the organs (accents, short forms
 * and aliases do not matter), each shown with its rule system, level and the organ it belongs to.
 * An organ that no longer exists is shown with its successor, and choosing it chooses the successor,
 * which takes over the tasks given under the old name.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { AgencyDirectory, Organ } from '../../shared/model';
import type { OrganMatch } from '../../shared/suggest/organ-search';
import { useDirectoryAnswer } from '../base/use-directory-answer';
import { OrganOptions } from '../components/OrganOptions';
import { systemLabel } from '../../shared/format';
import { LEVEL_LABEL, belongsTo, goneNote, isGone, todayIso } from './organ-labels';

interface UnitPickerProps {
  readonly directory: AgencyDirectory;
  readonly unit: Organ | null;
  readonly onPick: (unit: Organ, note: string) => void;
  readonly label: string;
  readonly autoFocus?: boolean;
}

/** Rule system, level, parent: what tells two organs with similar names apart. */
export function OrganFacts({ organ, directory }: { organ: Organ; directory: AgencyDirectory }): ReactNode {
  const parent = belongsTo(organ, directory);
  return (
    <span className="clone-organ-facts">
      <span className={`badge badge-${organ.system}`}>{systemLabel(organ.system)}</span>
      <span>{LEVEL_LABEL[organ.level]}</span>
      {parent !== '' && <span>{parent}</span>}
    </span>
  );
}

function MatchOption({ match, directory, today }: { match: OrganMatch; directory: AgencyDirectory; today: string }): ReactNode {
  const { organ, via } = match;
  return (
    <>
      <span className="clone-organ-name">{organ.name}</span>
      <OrganFacts organ={organ} directory={directory} />
      {via !== '' && <span className="clone-organ-via">“{via}”</span>}
      {isGone(organ, today) && <span className="clone-organ-gone">{goneNote(organ, directory)}</span>}
    </>
  );
}

export function UnitPicker({ directory, unit, onPick, label, autoFocus = false }: UnitPickerProps): ReactNode {
  const id = useId();
  const today = useMemo(todayIso, []);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const answer = useDirectoryAnswer('agencies.search', query.trim() === '' ? null : { query, limit: 12 });
  const matches = answer ?? [];
  const listed = query.trim() !== '' && matches.length > 0;

  const pick = (organ: Organ): void => {
    const successor = isGone(organ, today) && organ.successor !== '' ? directory.organ(organ.successor) : undefined;
    setQuery('');
    setActive(0);
    if (successor === undefined) onPick(organ, '');
    else onPick(successor, `${organ.name} ${goneNote(organ, directory)}: nhiệm vụ giao cho ${organ.name} được tính cho ${successor.name}.`);
  };

  return (
    <div className="clone-unit-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      {unit !== null && (
        <p className="clone-unit-chosen">
          <span className="clone-organ-name">{unit.name}</span>
          <OrganFacts organ={unit} directory={directory} />
        </p>
      )}
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={`${id}-list`}
        {...(listed ? { 'aria-activedescendant': `${id}-opt-${active}` } : {})}
        placeholder={unit === null ? 'Gõ tên, tên viết tắt: Đảng ủy UBND tỉnh, Sở Tài chính…' : 'Chọn đơn vị khác…'}
        autoComplete="off"
        spellCheck={false}
        // The dialog opens to choose a unit: the caret starts here.
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing || !listed) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((n) => (n + step + matches.length) % matches.length);
          } else if (event.key === 'Enter') {
            const chosen = matches[active];
            if (chosen !== undefined) {
              event.preventDefault();
              pick(chosen.organ);
            }
          } else if (event.key === 'Escape') {
            // Clears the search rather than closing the dialog.
            event.preventDefault();
            event.stopPropagation();
            setQuery('');
          }
        }}
      />
      <OrganOptions
        id={id}
        label="Đơn vị trong danh mục"
        className="clone-unit-list"
        hidden={!listed}
        matches={matches}
        active={active}
        onActive={setActive}
        onPick={pick}
      >
        {(match) => <MatchOption match={match} directory={directory} today={today} />}
      </OrganOptions>
      {query.trim() !== '' && answer?.length === 0 && <p className="clone-hint">Không thấy đơn vị nào có tên như vậy trong danh mục.</p>}
    </div>
  );
}
