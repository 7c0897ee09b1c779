/** A standard file input for the superior plan: any browser, and a test, can choose a file with it. */
import { useId, type ReactNode } from 'react';
import { onFileChosen } from '../components/file-chosen';

export function SuperiorChooser({ label, onChoose }: { label: string; onChoose: (file: File) => void }): ReactNode {
  const id = useId();
  return (
    <div className="coverage-chooser">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept=".kehoach,.docx,.pdf,.txt" onChange={onFileChosen(onChoose)} />
      <p className="clone-hint">Tệp .kehoach, hoặc văn bản DOCX, PDF, TXT của kế hoạch cấp trên.</p>
    </div>
  );
}
