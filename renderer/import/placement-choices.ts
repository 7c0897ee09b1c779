/** Where an unplaced line can go, as the choices of a select: a section, an appendix, or nowhere. */
import { appendixLabel, sectionLabel, type PlanDocument } from '../../shared/model';
import type { UnplacedTarget } from '../../shared/paste/place-unplaced';

export interface PlacementChoice {
  readonly value: string;
  readonly label: string;
}

export interface PlacementChoices {
  readonly sections: readonly PlacementChoice[];
  readonly appendices: readonly PlacementChoice[];
}

/** The select's value for "left out". */
export const LEFT_OUT = '';

const short = (text: string): string => {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 70)}…` : line;
};

export function placementChoices(plan: PlanDocument): PlacementChoices {
  return {
    sections: plan.sections.map((section, i) => ({
      value: `section:${section.id}`,
      label: `Mục ${sectionLabel(i, plan.sectionNumbering)} ${short(section.title)}`,
    })),
    appendices: plan.appendices.map((appendix, i) => ({
      value: `appendix:${appendix.id}`,
      label: `${appendixLabel(appendix, i, plan.appendices.length)}: ${short(appendix.title)}`,
    })),
  };
}

export function choiceValue(target: UnplacedTarget | null): string {
  if (target === null) return LEFT_OUT;
  return target.kind === 'section' ? `section:${target.sectionId}` : `appendix:${target.appendixId}`;
}

export function targetOfChoice(value: string): UnplacedTarget | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (id === '') return null;
  if (kind === 'section') return { kind: 'section', sectionId: id };
  if (kind === 'appendix') return { kind: 'appendix', appendixId: id };
  return null;
}
