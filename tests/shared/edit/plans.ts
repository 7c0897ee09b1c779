/** The two fixture plans, parsed and frozen, so a test proves an edit leaves its input untouched. */
import { type Block, type PlanDocument } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { fixtureText, PARTY_FILE, STATE_FILE } from '../model/helpers';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function partyPlan(): PlanDocument {
  return deepFreeze(parsePlanText(fixtureText(PARTY_FILE)));
}

export function statePlan(): PlanDocument {
  return deepFreeze(parsePlanText(fixtureText(STATE_FILE)));
}

/** 58-KH/TU with an empty paragraph (id "trong-1") after the first of section I, as a clerk leaves one to fill. */
export function planWithEmptyParagraph(empty: Block = { type: 'paragraph', id: 'trong-1', children: [{ text: '' }] }): PlanDocument {
  const plan = partyPlan();
  return {
    ...plan,
    sections: plan.sections.map((s, i) => (i === 0 ? { ...s, blocks: [...s.blocks.slice(0, 1), empty, ...s.blocks.slice(1)] } : s)),
  };
}
