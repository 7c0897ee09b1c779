/**
 * The units a parent plan gives work to: every organ it names as chủ trì or phối hợp (in its
 * tables and its body), and the members of the collective phrases it uses ("Các sở, ban, ngành"),
 * found through the agency directory. An organ since merged stands for the one that took it over.
 * Open phrases ("các cơ quan liên quan") decide no one, so they add no unit.
 */
import type { PlanTask } from '../clone';
import type { AgencyDirectory, AgencyEntry, Organ } from '../model';

export interface AssignedUnit {
  readonly organ: Organ;
  /** Named in the plan, or only taken in by a collective phrase. */
  readonly via: 'direct' | 'collective';
}

/** The organ that does an organ's work today: itself, or the end of its chain of successors. */
export function currentOrgan(organ: Organ, directory: AgencyDirectory): Organ {
  let current = organ;
  const seen = new Set<string>();
  while (current.successor !== '' && !seen.has(current.id)) {
    seen.add(current.id);
    const next = directory.organ(current.successor);
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/** The issuer and the organs above it report to no one here: they are never tracked units. */
function issuerLine(issuer: Organ | null, directory: AgencyDirectory): Set<string> {
  const ids = new Set<string>();
  for (let organ = issuer; organ !== null && !ids.has(organ.id); organ = directory.organ(organ.parent) ?? null) ids.add(organ.id);
  return ids;
}

export function assignedUnits(tasks: readonly PlanTask[], issuer: Organ | null, directory: AgencyDirectory): AssignedUnit[] {
  const excluded = issuerLine(issuer, directory);
  const units = new Map<string, AssignedUnit>();
  const add = (organ: Organ, via: AssignedUnit['via']): void => {
    const current = currentOrgan(organ, directory);
    if (excluded.has(current.id)) return;
    const known = units.get(current.id);
    if (known === undefined || (known.via === 'collective' && via === 'direct')) units.set(current.id, { organ: current, via });
  };
  const collectives = new Map<string, Extract<AgencyEntry, { kind: 'collective' }>['collective']>();
  for (const task of tasks) {
    for (const entry of [...task.leads, ...task.cooperators]) {
      if (entry.kind === 'organ') add(entry.organ, 'direct');
      else if (!entry.collective.open) collectives.set(entry.collective.id, entry.collective);
    }
  }
  for (const collective of collectives.values()) {
    for (const organ of directory.data.organs) {
      if (organ.until === '' && directory.includes(collective, organ)) add(organ, 'collective');
    }
  }
  return [...units.values()];
}
