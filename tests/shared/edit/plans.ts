/** The two fixture plans, parsed and frozen, so a test proves an edit leaves its input untouched. */
import { type PlanDocument } from '../../../shared/model';
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
