/**
 * "Vì sao?": where a rule of the plan's profile comes from and how sure it is, opened on demand
 * beside the field it governs (the provision, the texts it was read in, any note).
 */
import type { ReactNode } from 'react';
import { conceptLabel, confidenceLabel, type Concept, type FormatProfile } from '../../shared/format';

interface WhyNoteProps {
  readonly profile: FormatProfile;
  readonly concept: Concept;
  /** The line that opens it: "Vì sao?" beside a field, the concept's name in a list. */
  readonly summary?: string;
}

export function WhyNote({ profile, concept, summary = 'Vì sao?' }: WhyNoteProps): ReactNode {
  const provenance = profile.provenance[concept];
  if (provenance === undefined) return null;
  return (
    <details className="pp-why" data-concept={concept}>
      <summary>{summary}</summary>
      <p>
        <strong>{conceptLabel(concept)}</strong>: {provenance.cite}.
      </p>
      <p>Độ tin cậy: {confidenceLabel(provenance.confidence)}.</p>
      {provenance.note !== undefined && <p>{provenance.note}</p>}
      <ul>
        {provenance.sources.map((key) => {
          const source = profile.sources[key];
          return source === undefined ? null : (
            <li key={key}>
              {source.title} — {source.where}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
