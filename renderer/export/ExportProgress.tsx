/** The export under way, in the toolbar: an indeterminate bar, its name and the seconds it has run. */
import { useEffect, useState, type ReactNode } from 'react';
import { useRunningExport, type RunningExport } from './export-progress';
import './export-progress.css';

function Running({ task }: { readonly task: RunningExport }): ReactNode {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const seconds = Math.max(0, Math.floor((now - task.startedAt) / 1000));
  const elapsed = `${seconds} giây`;
  return (
    <div className="export-progress" role="progressbar" aria-label={task.label} aria-valuetext={`${task.label}, đã chạy ${elapsed}`}>
      <span className="export-progress-track" aria-hidden="true">
        <span className="export-progress-bar" />
      </span>
      <span className="export-progress-text">
        {task.label}… <span className="export-progress-time">{elapsed}</span>
      </span>
    </div>
  );
}

export function ExportProgress(): ReactNode {
  const task = useRunningExport();
  return task === null ? null : <Running key={task.startedAt} task={task} />;
}
