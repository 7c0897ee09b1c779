/**
 * The grid's one text input. It stays focused over the active cell, invisible until the user edits,
 * so the first keystroke (or an input method's composition) lands in it and starts editing in place.
 * Agency cells suggest names from the directory, deadline cells the usual values; both take any text.
 * A suggestion is taken only when the user chooses it (arrows then Enter or Tab, or a click): Tab
 * and Enter otherwise keep what was typed and move on, as in a spreadsheet.
 */
import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { Column } from '../../shared/model';
import type { AgencySuggestion } from '../../shared/suggest/agency-suggestions';
import { suggestDeadlines } from '../../shared/suggest/deadline-suggestions';
import { useDirectoryAnswer } from '../base/use-directory-answer';

export interface CellEditorProps {
  readonly inputRef: RefObject<HTMLTextAreaElement | null>;
  /** The box the grid places over the active cell. */
  readonly boxRef: Ref<HTMLDivElement>;
  /** The column being edited, or null when not editing. */
  readonly column: Column | null;
  /** Changes with each edit session, to read the text it starts with. */
  readonly session: number;
  readonly label: string;
  readonly year: number;
  readonly onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  readonly onInput: () => void;
  readonly onCompositionStart: () => void;
  readonly onCompositionEnd: () => void;
  readonly onBlur: () => void;
  readonly onFocus: () => void;
  /** " bold", " italic": the emphasis of the active row's level, for the text being edited. */
  readonly emphasis: string;
  readonly onCopy: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  readonly onCut: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  readonly onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  /** A suggestion was chosen: the cell's whole new text. */
  readonly onAccept: (text: string) => void;
}

/** The part of an agency list being typed: after the last ";" or line break. */
function lastSegment(text: string): { head: string; query: string } {
  const cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf('\n'));
  const head = cut < 0 ? '' : `${text.slice(0, cut + 1).trimEnd()} `;
  return { head: cut < 0 ? '' : head.replace(/\n $/, '\n'), query: text.slice(cut + 1).trim() };
}

/** The name being typed in an agency cell, and the text before it; null in any other cell. */
function agencyQuery(column: Column | null, text: string): { head: string; query: string } | null {
  if (column === null || (column.type !== 'agency' && column.type !== 'agencies')) return null;
  return column.type === 'agencies' ? lastSegment(text) : { head: '', query: text.trim() };
}

function suggestionsFor(
  column: Column | null,
  text: string,
  agencies: readonly AgencySuggestion[],
  year: number,
): { head: string; values: string[]; notes: string[] } {
  if (column?.type === 'deadline') return { head: '', values: suggestDeadlines(year, text), notes: [] };
  return { head: agencyQuery(column, text)?.head ?? '', values: agencies.map((s) => s.name), notes: agencies.map((s) => s.matched) };
}

export function CellEditor(props: CellEditorProps): ReactNode {
  const { column, inputRef, session } = props;
  const listId = useId();
  const [text, setText] = useState('');
  /** The suggestion the user moved to with the arrows; -1 while none is. */
  const [highlight, setHighlight] = useState(-1);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  useLayoutEffect(() => {
    setText(inputRef.current?.value ?? '');
    setHighlight(-1);
    setClosedFor(null);
  }, [inputRef, session, column]);
  const typed = agencyQuery(column, text)?.query ?? '';
  const agencies = useDirectoryAnswer('agencies.suggest', typed === '' ? null : { query: typed });
  const { head, values, notes } = useMemo(
    () => suggestionsFor(column, text, agencies ?? [], props.year),
    [column, text, agencies, props.year],
  );
  const open = values.length > 0 && closedFor !== text && !(values.length === 1 && values[0] === text.trim());
  const listRef = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ above: boolean; maxHeight: number | undefined }>({ above: false, maxHeight: undefined });
  // The list opens on the side of the cell with more room in the grid, and scrolls if it must.
  useLayoutEffect(() => {
    const list = listRef.current;
    const area = list?.closest('.appendix-grid-scroll')?.getBoundingClientRect();
    const cell = list?.parentElement?.getBoundingClientRect();
    if (list === null || area === undefined || cell === undefined) return;
    const below = area.bottom - cell.bottom;
    const room = cell.top - area.top;
    const above = list.scrollHeight > below && room > below;
    setPlace({ above, maxHeight: Math.max(80, (above ? room : below) - 6) });
  }, [open, values.length]);
  const chosen = highlight < values.length ? highlight : -1;

  const accept = (value: string): void => {
    const whole = `${head}${value}`;
    setHighlight(-1);
    setText(whole);
    setClosedFor(whole);
    props.onAccept(whole);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (open && !event.nativeEvent.isComposing) {
      const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (move !== 0 && !event.altKey) {
        event.preventDefault();
        const first = move > 0 ? 0 : values.length - 1;
        setHighlight(chosen < 0 ? first : (chosen + move + values.length) % values.length);
        return;
      }
      const value = values[chosen];
      const plain = !event.altKey && !event.shiftKey && !event.ctrlKey && !event.metaKey;
      if ((event.key === 'Enter' || event.key === 'Tab') && plain && value !== undefined) {
        // Enter takes the chosen name and stays, to add another; Tab takes it and moves on.
        accept(value);
        if (event.key === 'Enter') {
          event.preventDefault();
          return;
        }
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setClosedFor(text);
        return;
      }
    }
    props.onKeyDown(event);
  };

  return (
    <div className="cell-editor" ref={props.boxRef}>
      <textarea
        ref={props.inputRef}
        className={`cell-input${column === null ? '' : ' editing'}${props.emphasis}`}
        aria-label={props.label}
        aria-autocomplete={open ? 'list' : undefined}
        aria-controls={open ? listId : undefined}
        aria-expanded={open ? true : undefined}
        aria-activedescendant={open && chosen >= 0 ? `${listId}-${chosen}` : undefined}
        spellCheck={false}
        rows={1}
        onKeyDown={onKeyDown}
        onInput={(event) => {
          setHighlight(-1);
          // After the grid's write, which may have put "; " between two agencies.
          props.onInput();
          if (column !== null) setText(event.currentTarget.value);
        }}
        onCompositionStart={props.onCompositionStart}
        onCompositionEnd={(event) => {
          props.onCompositionEnd();
          if (column !== null) setText(event.currentTarget.value);
        }}
        onBlur={props.onBlur}
        onFocus={props.onFocus}
        onCopy={props.onCopy}
        onCut={props.onCut}
        onPaste={props.onPaste}
      />
      {open && (
        <ul
          className={`cell-suggestions${place.above ? ' above' : ''}`}
          style={{ maxHeight: place.maxHeight }}
          role="listbox"
          id={listId}
          aria-label="Gợi ý"
          ref={listRef}
        >
          {values.map((value, i) => (
            <li
              key={value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === chosen}
              onMouseDown={(event) => {
                event.preventDefault();
                accept(value);
              }}
            >
              {value}
              {notes[i] !== undefined && notes[i] !== '' && <span className="suggestion-note"> ({notes[i]})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
