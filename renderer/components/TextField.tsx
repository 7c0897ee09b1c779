/**
 * A text input bound to a value of the plan. While the user types, the input keeps its own text,
 * so an input method's composition is never disturbed by the stored value being normalized (NFC)
 * or trimmed; each change is written through at once, and a change from outside (undo) replaces
 * the text when it differs from what the user typed.
 */
import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

type Common = {
  readonly value: string;
  /** Receives the typed text in NFC. */
  readonly onValue: (value: string) => void;
  readonly multiline?: boolean;
};

type Props = Common &
  Omit<InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'>;

export function TextField({ value, onValue, multiline = false, ...rest }: Props): ReactNode {
  const [draft, setDraft] = useState(value);
  const typed = useRef(value);
  useEffect(() => {
    // Only an outside change replaces the draft: what the user typed comes back NFC-equal.
    if (value !== typed.current.normalize('NFC')) {
      typed.current = value;
      setDraft(value);
    }
  }, [value]);
  const onChange = (text: string): void => {
    typed.current = text;
    setDraft(text);
    onValue(text.normalize('NFC'));
  };
  if (multiline) {
    return (
      <textarea
        {...rest}
        value={draft}
        onChange={(e) => {
          onChange(e.currentTarget.value);
        }}
      />
    );
  }
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => {
        onChange(e.currentTarget.value);
      }}
    />
  );
}
