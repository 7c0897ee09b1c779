/** A standard file input for the superior plan: any browser, and a test, can choose a file with it. */
import type { ReactNode } from 'react';
import { FileChooser } from '../components/FileChooser';

export function SuperiorChooser({ label, onChoose }: { label: string; onChoose: (file: File) => void }): ReactNode {
  return (
    <div className="coverage-chooser">
      <FileChooser label={label} accept=".kehoach,.docx,.pdf,.txt" onChoose={onChoose} />
      <p className="clone-hint">Tệp .kehoach, hoặc văn bản DOCX, PDF, TXT của kế hoạch cấp trên.</p>
    </div>
  );
}
