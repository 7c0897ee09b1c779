/**
 * A text box and a button that add an entry to a list (a recipient, a name of a group). Enter adds
 * too, except while an input method is composing; the box empties for the next entry.
 */
import { useState, type ReactNode } from 'react';

interface AddFieldProps {
  readonly label: string;
  readonly field: string;
  readonly placeholder: string;
  /** The button's text, and its accessible name when that must say more than the text. */
  readonly button: string;
  readonly buttonLabel?: string;
  readonly onAdd: (text: string) => void;
}

export function AddField({ label, field, placeholder, button, buttonLabel, onAdd }: AddFieldProps): ReactNode {
  const [draft, setDraft] = useState('');
  const empty = draft.trim() === '';
  const add = (): void => {
    if (empty) return;
    onAdd(draft);
    setDraft('');
  };
  return (
    <div className="pp-add">
      <input
        type="text"
        aria-label={label}
        data-field={field}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            add();
          }
        }}
      />
      <button type="button" {...(buttonLabel === undefined ? {} : { 'aria-label': buttonLabel })} disabled={empty} onClick={add}>
        {button}
      </button>
    </div>
  );
}
