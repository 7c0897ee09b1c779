/**
 * "Chọn từ danh mục": a combobox over the agency directory. Typing filters the organs (accents and
 * abbreviations do not matter); arrows move, Enter or a click picks, Escape closes.
 */
import { useId, useState, type ReactNode } from 'react';
import { systemLabel } from '../../shared/format';
import type { Organ } from '../../shared/model';
import { OrganOptions } from '../components/OrganOptions';
import { useDirectoryAnswer } from '../base/use-directory-answer';

interface AgencyPickerProps {
  readonly onPick: (organ: Organ) => void;
}

export function AgencyPicker({ onPick }: AgencyPickerProps): ReactNode {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const answer = useDirectoryAnswer('agencies.search', query.trim() === '' ? null : { query, limit: 8 });
  const matches = answer ?? [];
  const shown = open && matches.length > 0;

  const pick = (organ: Organ): void => {
    setQuery('');
    setOpen(false);
    setActive(0);
    onPick(organ);
  };

  return (
    <div className="pp-picker">
      <label htmlFor={`${id}-input`}>Chọn từ danh mục cơ quan</label>
      <input
        id={`${id}-input`}
        data-field="meta:organ"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        {...(shown ? { 'aria-activedescendant': `${id}-opt-${active}` } : {})}
        placeholder="Gõ tên, tên viết tắt: UBND tỉnh, Sở Tài chính…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((n) => (matches.length === 0 ? 0 : (n + step + matches.length) % matches.length));
          } else if (event.key === 'Enter') {
            const chosen = shown ? matches[active] : undefined;
            if (chosen !== undefined) {
              event.preventDefault();
              pick(chosen.organ);
            }
          } else if (event.key === 'Escape' && shown) {
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      <OrganOptions
        id={id}
        label="Cơ quan trong danh mục"
        className="pp-picker-list"
        hidden={!shown}
        matches={matches}
        active={active}
        onActive={setActive}
        onPick={pick}
      >
        {(match) => (
          <>
            <span className="pp-picker-name">{match.organ.name}</span>
            <span className="pp-picker-meta">
              <span className={`badge badge-${match.organ.system}`}>{systemLabel(match.organ.system)}</span>
              {match.organ.symbol !== '' && <span>{match.organ.symbol}</span>}
              {match.via !== '' && <span>“{match.via}”</span>}
              {match.organ.until !== '' && (
                <span className="pp-picker-gone">
                  không còn từ {match.organ.until.split('-').reverse().join('/')}
                  {match.successor !== '' && `, nay là ${match.successor}`}
                </span>
              )}
            </span>
          </>
        )}
      </OrganOptions>
      {open && query.trim() !== '' && answer?.length === 0 && (
        <p className="pp-hint">Không thấy cơ quan nào có tên như vậy trong danh mục.</p>
      )}
    </div>
  );
}
