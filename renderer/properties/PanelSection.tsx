/**
 * One collapsible group of the panel. The heading is a button (its state read out as expanded or
 * collapsed); the summary beside it tells what the group holds while it is closed.
 */
import type { ReactNode } from 'react';

export type SectionId = 'organ' | 'number' | 'date' | 'basis' | 'signer' | 'recipients' | 'markings' | 'profile';

interface PanelSectionProps {
  readonly id: SectionId;
  readonly title: string;
  /** One line shown under the title: what the group holds now. */
  readonly summary: string;
  readonly open: boolean;
  readonly onToggle: (id: SectionId) => void;
  /** The group has a message to read. */
  readonly flagged?: boolean;
  readonly children: ReactNode;
}

export function PanelSection({ id, title, summary, open, onToggle, flagged = false, children }: PanelSectionProps): ReactNode {
  const bodyId = `pp-section-${id}`;
  return (
    <section className={open ? 'pp-section open' : 'pp-section'} aria-label={title} data-section={id}>
      <h3>
        <button
          type="button"
          className="pp-section-toggle"
          aria-expanded={open}
          {...(open ? { 'aria-controls': bodyId } : {})}
          {...(flagged ? { 'aria-describedby': `${bodyId}-flag` } : {})}
          onClick={() => {
            onToggle(id);
          }}
        >
          <span className="pp-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="pp-section-title">{title}</span>
          {flagged && (
            <span className="pp-flag" title="Có mục cần xem lại" aria-hidden="true">
              !
            </span>
          )}
        </button>
        {flagged && (
          <span id={`${bodyId}-flag`} className="pp-visually-hidden">
            Có mục cần xem lại
          </span>
        )}
      </h3>
      {!open && summary !== '' && <p className="pp-section-summary">{summary}</p>}
      {open && (
        <div id={bodyId} className="pp-section-body">
          {children}
        </div>
      )}
    </section>
  );
}
