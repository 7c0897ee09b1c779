/**
 * The panel's form rows: a label, the input, and what is wrong under it. A text the model cannot
 * hold yet (a number with a letter, an empty organ name) stays in the input with its message while
 * the user types; leaving the field puts back the last value the plan holds, so what is on screen
 * is what will be printed.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { applyFix, FixError, type Severity } from '../../shared/check';
import type { FieldInput } from '../../shared/edit';
import { useDialogs } from '../base/dialogs';
import { TextField } from '../components/TextField';
import type { FieldFinding } from './property-findings';
import { usePanelEdit } from './use-panel-edit';

export interface FieldIds {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly 'data-field': string;
}

interface FieldRowProps {
  readonly label: string;
  /** Read out after the label but not shown: ", nơi nhận 2" where the list already shows it. */
  readonly labelDetail?: string;
  readonly field: string;
  /** The reason the typed text was refused. */
  readonly error?: string | null;
  /** What the format checker says about the stored value. */
  readonly findings?: readonly FieldFinding[];
  readonly hint?: ReactNode;
  readonly className?: string;
  readonly children: (ids: FieldIds) => ReactNode;
}

export function FieldRow({ label, labelDetail, field, error = null, findings = [], hint, className, children }: FieldRowProps): ReactNode {
  const id = useId();
  const notes = [
    ...(hint === undefined ? [] : [`${id}-hint`]),
    ...(error === null ? [] : [`${id}-error`]),
    ...findings.map((_, i) => `${id}-f${i}`),
  ];
  const ids: FieldIds = {
    id,
    'data-field': field,
    ...(notes.length === 0 ? {} : { 'aria-describedby': notes.join(' ') }),
    ...(error === null ? {} : { 'aria-invalid': true as const }),
  };
  return (
    <div className={className === undefined ? 'pp-field' : `pp-field ${className}`}>
      <label htmlFor={id}>
        {label}
        {labelDetail !== undefined && <span className="pp-visually-hidden">{labelDetail}</span>}
      </label>
      {children(ids)}
      {hint !== undefined && (
        <div id={`${id}-hint`} className="pp-hint">
          {hint}
        </div>
      )}
      {error !== null && (
        <p id={`${id}-error`} className="pp-error">
          {error}
        </p>
      )}
      {findings.map((finding, i) => (
        <FindingNote key={finding.message} id={`${id}-f${i}`} finding={finding} />
      ))}
    </div>
  );
}

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  lỗi: 'pp-finding-error',
  'cảnh báo': 'pp-finding-warning',
  'gợi ý': 'pp-finding-hint',
};

/** A checker finding under a field, with its fix as a button when the checker has one. */
export function FindingNote({ finding, id }: { readonly finding: FieldFinding; readonly id?: string }): ReactNode {
  const edit = usePanelEdit();
  const { notify } = useDialogs();
  const { fix } = finding;
  // The provision the rule comes from ends the checker's message; it is shown on hover instead.
  const cited = ` (${finding.source})`;
  const message = finding.message.endsWith(cited) ? finding.message.slice(0, -cited.length) : finding.message;
  return (
    <p id={id} className={`pp-finding ${SEVERITY_CLASS[finding.severity]}`} title={`Theo ${finding.source}`}>
      <span className="pp-severity">{finding.severity}</span> {message}
      {fix !== undefined && (
        <button
          type="button"
          className="pp-fix"
          onClick={() => {
            try {
              edit(finding.field, (plan) => applyFix(plan, fix), { merge: false });
            } catch (error) {
              if (!(error instanceof FixError)) throw error;
              notify('error', error.message);
            }
          }}
        >
          {fix.label}
        </button>
      )}
    </p>
  );
}

interface ParsedRowProps<T> {
  readonly label: string;
  readonly labelDetail?: string;
  readonly field: string;
  /** The stored value as the input shows it. */
  readonly value: string;
  readonly read: (text: string) => FieldInput<T>;
  readonly onCommit: (value: T) => void;
  readonly findings?: readonly FieldFinding[];
  readonly hint?: ReactNode;
  readonly multiline?: boolean;
  /** One line of text that wraps to the width of the panel as it grows (a long recipient name). */
  readonly wrap?: boolean;
  readonly rows?: number;
  readonly placeholder?: string;
  readonly list?: string;
  readonly inputMode?: 'numeric' | 'text';
  readonly className?: string;
}

export function ParsedRow<T>({
  label,
  labelDetail,
  field,
  value,
  read,
  onCommit,
  findings,
  hint,
  multiline = false,
  wrap = false,
  rows,
  placeholder,
  list,
  inputMode,
  className,
}: ParsedRowProps<T>): ReactNode {
  const [error, setError] = useState<string | null>(null);
  // A new generation remounts the input with the stored value.
  const [generation, setGeneration] = useState(0);
  return (
    <FieldRow
      label={label}
      {...(labelDetail === undefined ? {} : { labelDetail })}
      field={field}
      error={error}
      findings={error === null ? (findings ?? []) : []}
      hint={hint}
      {...(className === undefined ? {} : { className })}
    >
      {(ids) => (
        <TextField
          key={generation}
          {...ids}
          value={value}
          multiline={multiline || wrap}
          spellCheck={false}
          {...(wrap ? { rows: 1, className: 'pp-wrap', onKeyDown: keepOnOneLine } : {})}
          {...(rows === undefined ? {} : { rows })}
          {...(placeholder === undefined ? {} : { placeholder })}
          {...(list === undefined ? {} : { list })}
          {...(inputMode === undefined ? {} : { inputMode })}
          onValue={(text) => {
            const result = read(text);
            if (result.ok) {
              setError(null);
              onCommit(result.value);
            } else {
              setError(result.message);
            }
          }}
          onBlur={() => {
            if (error === null) return;
            setError(null);
            setGeneration((n) => n + 1);
          }}
        />
      )}
    </FieldRow>
  );
}

const anyText = (text: string): FieldInput<string> => ({ ok: true, value: text });

/** Enter would start a new line in a wrapping one-line field; an input method's Enter is its own. */
function keepOnOneLine(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
}

type TextRowProps = Omit<ParsedRowProps<string>, 'read'> & { readonly read?: (text: string) => FieldInput<string> };

export function TextRow({ read = anyText, ...props }: TextRowProps): ReactNode {
  return <ParsedRow<string> read={read} {...props} />;
}

export interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface SelectRowProps<T extends string> {
  readonly label: string;
  readonly labelDetail?: string;
  readonly field: string;
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onCommit: (value: T) => void;
  readonly findings?: readonly FieldFinding[];
  readonly hint?: ReactNode;
  readonly className?: string;
}

export function SelectRow<T extends string>({
  label,
  labelDetail,
  field,
  value,
  options,
  onCommit,
  findings,
  hint,
  className,
}: SelectRowProps<T>): ReactNode {
  return (
    <FieldRow
      label={label}
      {...(labelDetail === undefined ? {} : { labelDetail })}
      field={field}
      findings={findings ?? []}
      hint={hint}
      {...(className === undefined ? {} : { className })}
    >
      {(ids) => (
        <select
          {...ids}
          value={value}
          onChange={(event) => {
            const chosen = options.find((o) => o.value === event.currentTarget.value);
            if (chosen !== undefined) onCommit(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldRow>
  );
}
