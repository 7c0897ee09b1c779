/**
 * The list under an organ search box (the properties panel's "Chọn từ danh mục", the clone
 * dialog's unit): one option per match, picked on mouse down so the box keeps its focus (losing
 * it first would close the list), the pointer moving the active option as the arrows do.
 */
import type { ReactNode } from 'react';
import type { Organ } from '../../shared/model';
import type { OrganMatch } from '../../shared/suggest/organ-search';

interface OrganOptionsProps {
  /** The box's id: options are `${id}-opt-${i}`, the list `${id}-list`, for aria-activedescendant. */
  readonly id: string;
  readonly label: string;
  readonly className: string;
  readonly hidden: boolean;
  readonly matches: readonly OrganMatch[];
  readonly active: number;
  readonly onActive: (index: number) => void;
  readonly onPick: (organ: Organ) => void;
  readonly children: (match: OrganMatch) => ReactNode;
}

export function OrganOptions({ id, label, className, hidden, matches, active, onActive, onPick, children }: OrganOptionsProps): ReactNode {
  return (
    <ul id={`${id}-list`} role="listbox" aria-label={label} className={className} hidden={hidden}>
      {matches.map((match, i) => (
        <li
          key={match.organ.id}
          id={`${id}-opt-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(match.organ);
          }}
          onMouseEnter={() => {
            onActive(i);
          }}
        >
          {children(match)}
        </li>
      ))}
    </ul>
  );
}
