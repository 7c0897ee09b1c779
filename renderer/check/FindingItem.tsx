/**
 * One finding: where it is (a button that takes the user there, when the place is in the open
 * plan), what is wrong, the provision it comes from, and its one-click fix.
 */
import { useId, type ReactNode } from 'react';
import { confidenceLabel } from '../../shared/format';
import type { Place } from './finding-place';
import { findingMessage, SEVERITY_CLASS, type ShownFinding } from './finding-text';

interface FindingItemProps {
  readonly finding: ShownFinding;
  /** Null for a place the user cannot be taken to (a received DOCX, an id). */
  readonly place: Place | null;
  readonly onGo?: (place: Place) => void;
  /** The fix's button: its label ("Sửa thành KH-UBND") and what it does. */
  readonly fix?: { readonly label: string; readonly apply: () => void };
}

export function FindingItem({ finding, place, onGo, fix }: FindingItemProps): ReactNode {
  const id = useId();
  const where = (
    <>
      <span className="fp-place">{finding.location.label}</span>
      <span className="fp-message" id={`${id}-message`}>
        {findingMessage(finding)}
      </span>
    </>
  );
  return (
    <li className={`fp-item fp-${SEVERITY_CLASS[finding.severity]}`}>
      {place !== null && onGo !== undefined ? (
        <button
          type="button"
          className="fp-go"
          title="Đến chỗ này trong kế hoạch"
          onClick={() => {
            onGo(place);
          }}
        >
          {where}
        </button>
      ) : (
        <div className="fp-go">{where}</div>
      )}
      <div className="fp-foot">
        <span className="fp-source">Theo {finding.source}</span>
        {finding.why !== undefined && (
          <details className="fp-why">
            <summary>Vì sao?</summary>
            <p>Độ tin cậy: {confidenceLabel(finding.why.confidence)}.</p>
            {finding.why.note !== undefined && <p>{finding.why.note}</p>}
            <ul>
              {finding.why.readIn.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </details>
        )}
        {fix !== undefined && (
          <button type="button" className="fp-fix" aria-describedby={`${id}-message`} onClick={fix.apply}>
            {fix.label}
          </button>
        )}
      </div>
    </li>
  );
}
