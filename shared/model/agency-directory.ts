/**
 * The agency directory at work: resolving a name the user typed to one organ (or saying which names
 * come closest), finding the organs and collective phrases a text mentions, and deciding whether a
 * collective phrase takes in a given organ.
 */
import { editDistance, nameTokens } from './agency-names';
import { LEVEL_WORDS, directoryPlaces, splitPlace } from './agency-locality';
import {
  AgencyDirectoryDataSchema,
  type AgencyDirectoryData,
  type AgencyDirectoryInput,
  type Collective,
  type Organ,
} from './agency.schema';

export type AgencyEntry =
  { readonly kind: 'organ'; readonly organ: Organ } | { readonly kind: 'collective'; readonly collective: Collective };

export type Resolution =
  | { readonly kind: 'organ'; readonly organ: Organ; readonly exact: boolean }
  | { readonly kind: 'collective'; readonly collective: Collective }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

export interface Mention {
  readonly entry: AgencyEntry;
  /** Token positions in the text's name tokens, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** An organ or phrase that no longer names bodies in existence, and what does their work since. */
export interface Gone {
  /** ISO date from which it no longer exists. */
  readonly until: string;
  /** The entry in existence on the asked date that took the work over; undefined when none single does (a huyện). */
  readonly successor: AgencyEntry | undefined;
}

export interface AgencyDirectory {
  readonly data: AgencyDirectoryData;
  organ(id: string): Organ | undefined;
  /** The organ a typed name stands for; collective phrases and unknown names are reported as such. */
  resolve(name: string, context?: string): Resolution;
  /** Organs and collective phrases named in a list of tokens (see nameTokens), longest match first. */
  mentions(tokens: readonly string[], context?: string): Mention[];
  /** Whether the collective phrase takes in the organ. */
  includes(collective: Collective, organ: Organ): boolean;
  /** The organs directly under an organ (its phòng, ban, đơn vị), in directory order. */
  childrenOf(id: string): Organ[];
  /** Organs whose work passed to this one (Sở Kế hoạch và Đầu tư for Sở Tài chính). */
  predecessorsOf(id: string): Organ[];
  /**
   * Whether the organ or phrase no longer existed on an ISO day, with the entry doing its work on
   * that day (successors followed through later changes); undefined while it still exists.
   */
  goneOn(entry: AgencyEntry, isoDay: string): Gone | undefined;
  /** The name of an organ for a header line, in capitals. */
  headerOf(organ: Organ): string;
  /** The line above an organ's header: its own parentHeader or its parent's header. */
  parentHeaderOf(organ: Organ): string;
}

/** User entries replace built-in entries with the same id; new ones are added at the end. */
export function mergeDirectories(base: AgencyDirectoryInput, user: AgencyDirectoryInput): AgencyDirectoryData {
  const byId = <T extends { id: string }>(a: readonly T[] = [], b: readonly T[] = []): T[] => {
    const out = new Map(a.map((e) => [e.id, e]));
    for (const e of b) out.set(e.id, e);
    return [...out.values()];
  };
  return AgencyDirectoryDataSchema.parse({
    version: 1,
    province: user.province !== undefined && user.province !== '' ? user.province : base.province,
    organs: byId(base.organs, user.organs),
    collectives: byId(base.collectives, user.collectives),
  });
}

function entryNames(entry: AgencyEntry): string[] {
  return entry.kind === 'organ'
    ? [entry.organ.name, entry.organ.header, ...entry.organ.short, ...entry.organ.aliases].filter((n) => n !== '')
    : [entry.collective.name, ...entry.collective.aliases];
}

function entryData(entry: AgencyEntry): Organ | Collective {
  return entry.kind === 'organ' ? entry.organ : entry.collective;
}

/** The name an entry is written with in running text and lists. */
export function entryName(entry: AgencyEntry): string {
  return entryData(entry).name;
}

/** Numbers and Roman numerals of a name key: "khu vực IX" and "khu vực X" are two organs, one letter apart. */
function numbersOf(key: string): string {
  return key
    .split(' ')
    .filter((t) => /^(?:\d+|[ivx]{1,5})$/u.test(t))
    .join(' ');
}

function sameNumbers(a: string, b: string): boolean {
  return numbersOf(a) === numbersOf(b);
}

/** How many words two keys share from their start: "so tai chanh ke toan" and "so tai chinh" share two. */
function sharedLead(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

export function createAgencyDirectory(input: AgencyDirectoryInput): AgencyDirectory {
  const data = AgencyDirectoryDataSchema.parse(input);
  const organs = new Map(data.organs.map((o) => [o.id, o]));
  const entries: AgencyEntry[] = [
    ...data.organs.map((organ) => ({ kind: 'organ' as const, organ })),
    ...data.collectives.map((collective) => ({ kind: 'collective' as const, collective })),
  ];
  const collectives = new Map(data.collectives.map((c) => [c.id, c]));
  // Key → entries with that name; several organs may share a short name ("Văn phòng Sở").
  const byKey = new Map<string, AgencyEntry[]>();
  const byFirstToken = new Map<string, { tokens: string[]; entry: AgencyEntry }[]>();
  for (const entry of entries) {
    for (const name of entryNames(entry)) {
      const tokens = nameTokens(name);
      const key = tokens.join(' ');
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byKey.set(key, list);
      const first = tokens[0] ?? '';
      const candidates = byFirstToken.get(first) ?? [];
      candidates.push({ tokens, entry });
      byFirstToken.set(first, candidates);
    }
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  /** Among entries sharing a name, the organ that belongs to the context organ wins. */
  const pick = (list: readonly AgencyEntry[], context: string | undefined): AgencyEntry | undefined =>
    list.find((e) => e.kind === 'organ' && context !== undefined && e.organ.parent === context) ?? list[0];

  const places = directoryPlaces(data);
  const province = nameTokens(data.province).join(' ');
  /** "Sở Tài chính tỉnh Ninh Bình" and "Sở Tài chính Ninh Bình" are the same organ as "Sở Tài chính". */
  const withoutPlace = (tokens: readonly string[]): string[] => [...splitPlace(tokens, places).organ];

  const lookup = (tokens: readonly string[], context: string | undefined): AgencyEntry | undefined => {
    const { organ, level, place } = splitPlace(tokens, places);
    // "Ủy ban nhân dân xã Gia Viễn" without its place is "Ủy ban nhân dân xã", never the province's;
    // "Đảng ủy Gia Viễn" is "Đảng ủy xã Gia Viễn" with its level word dropped.
    const provincial = place.join(' ') === province || (place.length === 0 && level.length === 0);
    const keys = provincial
      ? [tokens, [...organ, ...level], organ, organ.at(-1) === 'tinh' ? organ.slice(0, -1) : [...organ, 'tinh']]
      : [tokens, [...organ, ...level], ...(level.length === 0 ? LEVEL_WORDS.map((word) => [...organ, ...word, ...place]) : [])];
    for (const key of keys) {
      const list = byKey.get(key.join(' '));
      if (list !== undefined) return pick(list, context);
    }
    return undefined;
  };

  const toResolution = (entry: AgencyEntry, exact: boolean): Resolution =>
    entry.kind === 'organ' ? { kind: 'organ', organ: entry.organ, exact } : { kind: 'collective', collective: entry.collective };

  const ranked = (key: string): { entry: AgencyEntry; distance: number; key: string }[] => {
    const best = new Map<AgencyEntry, { distance: number; key: string }>();
    for (const [candidate, list] of byKey) {
      const distance = editDistance(key, candidate, Math.max(8, Math.ceil(key.length / 2)));
      for (const entry of list) {
        if (distance < (best.get(entry)?.distance ?? Number.POSITIVE_INFINITY)) best.set(entry, { distance, key: candidate });
      }
    }
    return [...best].map(([entry, found]) => ({ entry, ...found })).sort((a, b) => a.distance - b.distance);
  };

  const successorEntry = (kind: AgencyEntry['kind'], id: string): AgencyEntry | undefined => {
    if (kind === 'organ') {
      const organ = organs.get(id);
      return organ === undefined ? undefined : { kind, organ };
    }
    const collective = collectives.get(id);
    return collective === undefined ? undefined : { kind, collective };
  };

  return {
    data,
    organ: (id) => organs.get(id),
    resolve(name, context) {
      const tokens = nameTokens(name);
      const found = lookup(tokens, context);
      if (found !== undefined) return toResolution(found, true);
      const key = withoutPlace(tokens).join(' ');
      const candidates = ranked(key);
      const [first, second] = candidates;
      // OCR noise: accept a near miss (about one letter in ten) when no other name is as close.
      const tolerance = Math.max(1, Math.floor(key.length / 10));
      if (
        first !== undefined &&
        first.distance <= tolerance &&
        (second === undefined || second.distance > first.distance) &&
        sameNumbers(key, first.key)
      ) {
        return toResolution(first.entry, false);
      }
      // Only names a typo or a short form away: "Thanh tra tỉnh" is no suggestion for "Thanh tra Sở".
      const near = candidates.filter(
        (c) => (c.distance <= Math.ceil(key.length * 0.3) || sharedLead(key, c.key) >= 2) && sameNumbers(key, c.key),
      );
      const suggestions = [...new Set(near.slice(0, 5).map((c) => entryName(c.entry)))];
      return { kind: 'unknown', suggestions };
    },
    mentions(tokens, context) {
      const found: Mention[] = [];
      let i = 0;
      while (i < tokens.length) {
        const candidates = byFirstToken.get(tokens[i] ?? '') ?? [];
        const match = candidates.find((c) => c.tokens.every((t, k) => tokens[i + k] === t));
        if (match === undefined) {
          i++;
          continue;
        }
        const end = i + match.tokens.length;
        const entry = pick(byKey.get(match.tokens.join(' ')) ?? [match.entry], context) ?? match.entry;
        found.push({ entry, start: i, end });
        i = end;
      }
      return found;
    },
    includes(collective, organ) {
      return collective.includes.some((tag) => tag === '*' || organ.groups.includes(tag));
    },
    childrenOf: (id) => data.organs.filter((o) => o.parent === id),
    predecessorsOf: (id) => data.organs.filter((o) => o.successor === id),
    goneOn(entry, isoDay) {
      const first = entryData(entry);
      if (first.until === '' || first.until > isoDay) return undefined;
      let current: AgencyEntry | undefined = entry;
      const seen = new Set<string>();
      // The schema refuses cycles; `seen` keeps a directory built around it from looping.
      while (current !== undefined && !seen.has(entryData(current).id)) {
        const { id, until, successor } = entryData(current);
        seen.add(id);
        if (until === '' || until > isoDay) return { until: first.until, successor: current };
        current = successorEntry(current.kind, successor);
      }
      return { until: first.until, successor: undefined };
    },
    headerOf: (organ) => (organ.header === '' ? organ.name.toLocaleUpperCase('vi') : organ.header),
    parentHeaderOf(organ) {
      if (organ.parentHeader !== '') return organ.parentHeader;
      const parent = organs.get(organ.parent);
      if (parent === undefined) return '';
      return parent.header === '' ? parent.name.toLocaleUpperCase('vi') : parent.header.replace(/\n/g, ' ');
    },
  };
}
