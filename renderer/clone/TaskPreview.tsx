/**
 * The tasks a clone will take, before anything is made: grouped by role and source, each with its
 * text, the parent reference and how it reached the unit, ticked by default. A group's own box
 * ticks or unticks all of it.
 */
import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { Assignment } from '../../shared/clone';
import { ROLE_LABEL, SOURCE_LABEL, groupAssignments, viaNote, type AssignmentGroup } from './assignment-groups';

interface TaskPreviewProps {
  readonly assignments: readonly Assignment[];
  /** Item ids the user unticked. */
  readonly left: ReadonlySet<string>;
  readonly onToggle: (itemIds: readonly string[], keep: boolean) => void;
}

const TaskItem = memo(function TaskItem({
  assignment,
  kept,
  onToggle,
}: {
  assignment: Assignment;
  kept: boolean;
  onToggle: TaskPreviewProps['onToggle'];
}): ReactNode {
  const { task } = assignment;
  const via = viaNote(assignment);
  return (
    <li className={kept ? 'clone-task' : 'clone-task left-out'}>
      <label>
        <input
          type="checkbox"
          checked={kept}
          onChange={(e) => {
            onToggle([task.itemId], e.currentTarget.checked);
          }}
        />
        <span className="clone-task-text">{task.plainText}</span>
      </label>
      <span className="clone-task-meta">
        <span>{task.ref}</span>
        {task.deadline !== '' && <span>Thời hạn: {task.deadline}</span>}
        {via !== '' && <span className="clone-task-via">{via}</span>}
      </span>
    </li>
  );
});

function GroupBox({ group, left, onToggle }: { group: AssignmentGroup } & Omit<TaskPreviewProps, 'assignments'>): ReactNode {
  const ids = group.items.map((a) => a.task.itemId);
  const kept = ids.filter((id) => !left.has(id)).length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current !== null) box.current.indeterminate = kept > 0 && kept < ids.length;
  }, [kept, ids.length]);
  const title = `${ROLE_LABEL[group.role]} · ${SOURCE_LABEL[group.source].toLocaleLowerCase('vi')}`;
  return (
    <section className="clone-task-group" aria-label={title}>
      <h3>
        <label>
          <input
            ref={box}
            type="checkbox"
            checked={kept === ids.length}
            onChange={(e) => {
              onToggle(ids, e.currentTarget.checked);
            }}
          />
          {title}
        </label>
        <span className="clone-count">
          {kept}/{ids.length}
        </span>
      </h3>
      <ul>
        {group.items.map((assignment) => (
          <TaskItem key={assignment.task.itemId} assignment={assignment} kept={!left.has(assignment.task.itemId)} onToggle={onToggle} />
        ))}
      </ul>
    </section>
  );
}

export function TaskPreview({ assignments, left, onToggle }: TaskPreviewProps): ReactNode {
  return (
    <div className="clone-tasks">
      {groupAssignments(assignments).map((group) => (
        <GroupBox key={group.key} group={group} left={left} onToggle={onToggle} />
      ))}
    </div>
  );
}
