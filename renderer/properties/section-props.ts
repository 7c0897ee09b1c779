/** What every group of the panel receives from the panel. */
import type { SectionId } from './PanelSection';
import type { FieldFinding } from './property-findings';

export interface SectionProps {
  readonly open: boolean;
  readonly onToggle: (id: SectionId) => void;
  /** The checker's findings on all the properties; each group shows its own. */
  readonly findings: readonly FieldFinding[];
}
