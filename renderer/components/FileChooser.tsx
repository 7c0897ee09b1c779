/**
 * A file chooser that reads as a button, in Vietnamese. The browser's own file input says "Choose
 * File" and "No file chosen" in English, so it stays in the page (a click on the label, the
 * keyboard and a test's chosen files all reach it) but out of sight, inside its label.
 */
import type { ReactNode, Ref } from 'react';
import { onFileChosen } from './file-chosen';

export interface FileChooserProps {
  readonly label: string;
  readonly accept: string;
  readonly onChoose: (file: File) => void;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function FileChooser({ label, accept, onChoose, inputRef }: FileChooserProps): ReactNode {
  return (
    <label className="file-chooser">
      {label}
      <input ref={inputRef} type="file" accept={accept} onChange={onFileChosen(onChoose)} />
    </label>
  );
}
