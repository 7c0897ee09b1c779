/**
 * "Mở tệp": a button over a standard file input, so the operating system's dialog opens in the app
 * and any browser (and a test) can choose a file in the harness.
 */
import { useRef, type ReactNode } from 'react';
import { onFileChosen } from '../components/file-chosen';
import { useDocumentActions } from '../base/app-context';

export function OpenFileButton({ className }: { className?: string }): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const actions = useDocumentActions();
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Mở tệp
      </button>
      <input
        ref={input}
        type="file"
        accept=".kehoach,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={onFileChosen((file) => void actions.openFile(file))}
      />
    </>
  );
}
