/**
 * Search-as-you-type over the agency directory's organs. Names are compared as the directory
 * compares them (nameTokens: no accents, abbreviations written out), and each typed word may be the
 * start of a word of a name, a short form or an alias, so "so tai" finds Sở Tài chính, "ubnd"
 * finds every Ủy ban nhân dân and "BQL" finds the Ban Quản lý by its symbol. Organs that no longer
 * exist come last. The province or a place of the directory at the end of the query ("Sở Tài chính
 * tỉnh Ninh Bình", "Sở Y tế Ninh Bình") is read as the organ's place, not as words of its name.
 * The home province's organs answer to their names without the place ("Sở Y tế" in Đà Nẵng is Sở
 * Y tế thành phố Đà Nẵng) and come before another province's of the same name.
 */
import { directoryPlaces, homeReadings, nameTokens, splitPlace, type AgencyDirectoryData, type Organ, type Places } from '../model';

export interface OrganMatch {
  readonly organ: Organ;
  /** The name that matched, when it is not the organ's own name ("UBND tỉnh", an alias). */
  readonly via: string;
  /** The name of the organ doing its work, for one that no longer exists ("" when none is listed). */
  readonly successor: string;
}

interface Candidate {
  readonly organ: Organ;
  readonly name: string;
  readonly tokens: readonly string[];
  readonly own: boolean;
  /** An organ of the home province. */
  readonly home: boolean;
}

function candidates(data: AgencyDirectoryData, province: string, places: Places): Candidate[] {
  return data.organs.flatMap((organ) => {
    const names = [organ.name, organ.header.replace(/\n/gu, ' '), ...organ.short, ...organ.aliases, organ.symbol].filter(
      (name) => name !== '',
    );
    const own = nameTokens(organ.name);
    const bare = organ.until === '' ? homeReadings(own, province, places) : [];
    const home = bare.length > 0;
    return [
      ...names.map((name, i) => ({ organ, name, tokens: i === 0 ? own : nameTokens(name), own: i === 0, home })),
      ...bare.map((tokens) => ({ organ, name: organ.name, tokens, own: true, home })),
    ];
  });
}

/** Every typed word starts a different word of the name; the rank prefers early, tight matches. */
function rank(query: readonly string[], candidate: Candidate): number | null {
  const used = new Set<number>();
  let first = -1;
  for (const word of query) {
    const at = candidate.tokens.findIndex((token, i) => !used.has(i) && token.startsWith(word));
    if (at < 0) return null;
    used.add(at);
    if (first < 0) first = at;
  }
  const exact = query.length === candidate.tokens.length && query.every((w, i) => w === candidate.tokens[i]);
  return (exact ? 0 : 100) + first * 10 + (candidate.tokens.length - query.length) + (candidate.own ? 0 : 5) - (candidate.home ? 0.5 : 0);
}

/** Searches over one directory's names: tokenising 27,000 organs' names takes seconds, done once per directory. */
const searches = new WeakMap<AgencyDirectoryData, OrganSearch>();

type OrganSearch = (query: string, limit?: number, today?: string) => OrganMatch[];

/** The organs a query names, best first; `today` (ISO) puts the organs gone by then last. */
export function searchOrgans(data: AgencyDirectoryData, query: string, limit: number, today: string): OrganMatch[] {
  let search = searches.get(data);
  if (search === undefined) {
    search = createOrganSearch(data);
    searches.set(data, search);
  }
  return search(query, limit, today);
}

function createOrganSearch(data: AgencyDirectoryData): OrganSearch {
  const places = directoryPlaces(data);
  const province = nameTokens(data.province).join(' ');
  const all = candidates(data, province, places);
  const names = new Map(data.organs.map((o) => [o.id, o.name]));
  return (query, limit = 8, today = '') => {
    const gone = (organ: Organ): boolean => organ.until !== '' && organ.until <= today;
    const typed = nameTokens(query);
    const { organ, level, place } = splitPlace(typed, places);
    // A xã's organs carry their place in their names; the province's do not, except "Ủy ban nhân
    // dân tỉnh", whose level word is part of its name.
    const provincial = place.join(' ') === province && level.join(' ') !== 'xa';
    const readings = provincial ? [[...organ, ...level], organ] : [typed];
    if (typed.length === 0) return [];
    const best = new Map<Organ, { score: number; name: string; own: boolean }>();
    for (const candidate of all) {
      const scores = readings.map((words) => rank(words, candidate)).filter((r) => r !== null);
      if (scores.length === 0) continue;
      const score = Math.min(...scores);
      const total = score + (gone(candidate.organ) ? 1000 : 0);
      const current = best.get(candidate.organ);
      if (current === undefined || total < current.score)
        best.set(candidate.organ, { score: total, name: candidate.name, own: candidate.own });
    }
    return [...best]
      .sort((a, b) => a[1].score - b[1].score || a[0].name.localeCompare(b[0].name, 'vi'))
      .slice(0, limit)
      .map(([organ, found]) => ({ organ, via: found.own ? '' : found.name, successor: names.get(organ.successor) ?? '' }));
  };
}
