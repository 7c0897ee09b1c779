/**
 * The agency directory at work: resolving a name the user typed to one organ (or saying which names
 * come closest), finding the organs and collective phrases a text mentions, and deciding whether a
 * collective phrase takes in a given organ.
 */
import { editDistance, expandAbbreviations, nameTokens } from './agency-names';
import { homeReadings, levelReadings, placesIn, splitPlace, type Places } from './agency-locality';
import { createNameTrie, createNearKeys, type NameTrie } from './agency-index';
import { z } from 'zod';
import {
  AgencyDirectoryDataSchema,
  AgencyDirectoryPartSchema,
  directoryProblems,
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
  /**
   * Whether the collective phrase takes in the organ: one of its tags, in the home province ("Các
   * sở, ban, ngành" of a plan written in Đà Nẵng are Đà Nẵng's, not every province's).
   */
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
  /**
   * The same organs read from another home province (a plan received from it): its bodies answer to
   * their names without the place, and its collective phrases take in its bodies. Only the
   * province's readings are built; the names' index is shared.
   */
  forProvince(province: string): AgencyDirectory;
}

/**
 * Directory data this module validated itself (parsed or merged here), so that building a directory
 * from it does not validate the country's 27,000 organs a second and a third time.
 */
const validated = new WeakSet();

function validatedData(input: AgencyDirectoryInput): AgencyDirectoryData {
  if (validated.has(input)) return input as AgencyDirectoryData;
  const data = AgencyDirectoryDataSchema.parse(input);
  validated.add(data);
  return data;
}

/**
 * The directory data main answers with: data it validated is sent as it is (the country's organs
 * are checked once, when read), anything else is checked whole.
 */
export const CheckedDirectorySchema = z.custom<AgencyDirectoryData>(
  (value) => (typeof value === 'object' && value !== null && validated.has(value)) || AgencyDirectoryDataSchema.safeParse(value).success,
  'Danh bạ cơ quan không hợp lệ',
);

/**
 * The directory of data main sent after checking it against the contract (the renderer and the
 * check worker hold a copy only main could have made): built without validating it again, which
 * at 27,000 organs took seconds in each of them.
 */
export function directoryFromHost(data: AgencyDirectoryData): AgencyDirectory {
  validated.add(data);
  return createAgencyDirectory(data);
}

/**
 * User entries replace built-in entries with the same id; new ones are added at the end. The base
 * is validated once; the user's entries are parsed, then the whole is checked only for what
 * entries get wrong together (directoryProblems), so choosing a province or adding an organ does
 * not parse the country's organs again.
 */
export function mergeDirectories(base: AgencyDirectoryInput, user: AgencyDirectoryInput): AgencyDirectoryData {
  const checked = validatedData(base);
  const own = AgencyDirectoryPartSchema.parse(user);
  const province = own.province !== '' ? own.province : checked.province;
  if (own.organs.length === 0 && own.collectives.length === 0 && province === checked.province) return checked;
  const byId = <T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] => {
    // The base's own array when the user has none of this kind: a directory built on it shares its index.
    if (b.length === 0) return a as T[];
    const out = new Map(a.map((e) => [e.id, e]));
    for (const e of b) out.set(e.id, e);
    return [...out.values()];
  };
  const merged: AgencyDirectoryData = {
    version: 1,
    province,
    organs: byId(checked.organs, own.organs),
    collectives: byId(checked.collectives, own.collectives),
  };
  const problems = directoryProblems(merged);
  if (problems.length > 0) {
    throw new z.ZodError(problems.map(({ message, path }) => ({ code: 'custom' as const, message, path, input: undefined })));
  }
  validated.add(merged);
  return merged;
}

function entryNames(entry: AgencyEntry): string[] {
  return entry.kind === 'organ'
    ? [entry.organ.name, entry.organ.header, ...entry.organ.short, ...entry.organ.aliases].filter((n) => n !== '')
    : [entry.collective.name, ...entry.collective.aliases];
}

function entryData(entry: AgencyEntry): Organ | Collective {
  return entry.kind === 'organ' ? entry.organ : entry.collective;
}

/** A name's words in lower case with their accents: "UBND xã Văn Lăng" → "ủy ban nhân dân xã văn lăng". */
function accentedKey(name: string): string {
  return expandAbbreviations(name)
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
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

/**
 * The tokens of names already indexed, by the name: the user's own entries make new arrays of
 * organs, indexed again on copies of the same 50,000 names, and tokenising them is most of what
 * building costs. Bounded, as user entries come and go.
 */
const indexedNames = new Map<string, readonly string[]>();
const INDEXED_NAMES_LIMIT = 200_000;

function indexTokens(name: string): readonly string[] {
  const known = indexedNames.get(name);
  if (known !== undefined) return known;
  const tokens = nameTokens(name);
  if (indexedNames.size >= INDEXED_NAMES_LIMIT) indexedNames.clear();
  indexedNames.set(name, tokens);
  return tokens;
}

/**
 * What the directory knows of its names whatever the home province: built once per organ and
 * phrase arrays (a merge without user entries of a kind keeps the base's array, so choosing
 * another province finds it built), and only when a name is first looked up.
 */
interface NameIndex {
  readonly entries: readonly AgencyEntry[];
  /** Key → entries with that name; several organs may share a short name ("Văn phòng Sở"). */
  readonly byKey: ReadonlyMap<string, readonly AgencyEntry[]>;
  readonly trie: NameTrie;
  readonly near: (key: string) => readonly string[];
  /** The places written after a level word in the organs' names. */
  readonly places: Places;
  /** Organs in existence by the place their name ends with: a province's are its home readings' candidates. */
  readonly byPlace: ReadonlyMap<string, readonly { readonly entry: AgencyEntry; readonly tokens: readonly string[] }[]>;
  readonly longestKey: number;
  /** The home readings of each province asked so far (a few: the user's, and those of received plans). */
  readonly homes: Map<string, HomeIndex>;
}

/** What depends on the home province: its organs' names without their place, and its place. */
interface HomeIndex {
  readonly province: string;
  readonly places: Places;
  readonly home: ReadonlySet<AgencyEntry>;
  readonly byKey: ReadonlyMap<string, readonly AgencyEntry[]>;
  readonly trie: NameTrie;
  readonly near: (key: string) => readonly string[];
}

function addName(byKey: Map<string, AgencyEntry[]>, trie: NameTrie, tokens: readonly string[], entry: AgencyEntry): void {
  const key = tokens.join(' ');
  if (key === '') return;
  const list = byKey.get(key);
  if (list === undefined) {
    byKey.set(key, [entry]);
    trie.add(tokens, key);
  } else if (!list.includes(entry)) list.push(entry);
}

const nameIndexes = new WeakMap<readonly Organ[], WeakMap<readonly Collective[], NameIndex>>();

function nameIndexOf(data: AgencyDirectoryData): NameIndex {
  let byCollectives = nameIndexes.get(data.organs);
  if (byCollectives === undefined) {
    byCollectives = new WeakMap();
    nameIndexes.set(data.organs, byCollectives);
  }
  const known = byCollectives.get(data.collectives);
  if (known !== undefined) return known;
  const index = buildNameIndex(data);
  byCollectives.set(data.collectives, index);
  return index;
}

function buildNameIndex(data: AgencyDirectoryData): NameIndex {
  const entries: AgencyEntry[] = [
    ...data.organs.map((organ) => ({ kind: 'organ' as const, organ })),
    ...data.collectives.map((collective) => ({ kind: 'collective' as const, collective })),
  ];
  const byKey = new Map<string, AgencyEntry[]>();
  const trie = createNameTrie();
  const organNames: (readonly string[])[] = [];
  for (const entry of entries) {
    for (const [i, name] of entryNames(entry).entries()) {
      const tokens = indexTokens(name);
      if (i === 0 && entry.kind === 'organ') organNames.push(tokens);
      addName(byKey, trie, tokens, entry);
    }
  }
  // A text four times longer than the longest name is no name, misspelt or with its place: reading
  // it as one cost time growing with its length squared (a recipient line of 150,000 characters).
  let longestKey = 0;
  for (const key of byKey.keys()) longestKey = Math.max(longestKey, key.length);
  const places = placesIn('', organNames);
  const byPlace = new Map<string, { entry: AgencyEntry; tokens: readonly string[] }[]>();
  for (const entry of entries) {
    if (entry.kind !== 'organ' || entry.organ.until !== '') continue;
    const tokens = indexTokens(entry.organ.name);
    const place = splitPlace(tokens, places).place.join(' ');
    if (place === '') continue;
    const list = byPlace.get(place);
    if (list === undefined) byPlace.set(place, [{ entry, tokens }]);
    else list.push({ entry, tokens });
  }
  return { entries, byKey, trie, near: createNearKeys(byKey.keys()), places, byPlace, longestKey, homes: new Map() };
}

/** Provinces whose home readings a process keeps: the user's and a few of received plans'. */
const HOMES_KEPT = 8;

function homeIndexOf(index: NameIndex, provinceName: string): HomeIndex {
  const known = index.homes.get(provinceName);
  if (known !== undefined) return known;
  const province = nameTokens(provinceName).join(' ');
  const places = province === '' || index.places.has(province) ? index.places : new Set([...index.places, province]);
  // The province's organs answer to their names without the place, ahead of other provinces'. A
  // province no name places (none in the shipped data) has every organ read again.
  const candidates =
    places === index.places
      ? (index.byPlace.get(province) ?? [])
      : index.entries.flatMap((entry) =>
          entry.kind === 'organ' && entry.organ.until === '' ? [{ entry, tokens: indexTokens(entry.organ.name) }] : [],
        );
  const home = new Set<AgencyEntry>();
  const byKey = new Map<string, AgencyEntry[]>();
  const trie = createNameTrie();
  for (const { entry, tokens } of candidates) {
    for (const reading of homeReadings(tokens, province, places)) {
      home.add(entry);
      addName(byKey, trie, reading, entry);
    }
  }
  const made: HomeIndex = { province, places, home, byKey, trie, near: createNearKeys(byKey.keys()) };
  if (index.homes.size >= HOMES_KEPT) index.homes.clear();
  index.homes.set(provinceName, made);
  return made;
}

/** Directories built, by the data they were built from: a directory never changes once built. */
const built = new WeakMap<object, AgencyDirectory>();

export function createAgencyDirectory(input: AgencyDirectoryInput): AgencyDirectory {
  const data = validatedData(input);
  const known = built.get(data);
  if (known !== undefined) return known;
  const directory = buildDirectory(data);
  built.set(data, directory);
  return directory;
}

/** Builds on first use: many users of a directory (the organ pick, headers) never look a name up. */
function lazy<T>(make: () => T): () => T {
  let value: { readonly made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

function buildDirectory(data: AgencyDirectoryData): AgencyDirectory {
  const organs = lazy(() => new Map(data.organs.map((o) => [o.id, o])));
  const collectives = lazy(() => new Map(data.collectives.map((c) => [c.id, c])));
  const names = lazy(() => {
    const index = nameIndexOf(data);
    return { index, home: homeIndexOf(index, data.province) };
  });
  /** The entries with a name key: the directory's own names, then the home province's readings. */
  const entriesAt = (key: string): readonly AgencyEntry[] => {
    const { index, home } = names();
    const own = index.byKey.get(key);
    const read = home.byKey.get(key);
    if (read === undefined) return own ?? [];
    return own === undefined ? read : [...own, ...read.filter((e) => !own.includes(e))];
  };
  const homeSet = (): ReadonlySet<AgencyEntry> => names().home.home;
  const placesNow = (): Places => names().home.places;
  const province = nameTokens(data.province).join(' ');
  const views = new Map<string, AgencyDirectory>();

  const inHome = (e: AgencyEntry): boolean => e.kind === 'organ' && e.organ.province !== '' && e.organ.province === data.province;
  /**
   * Among entries sharing a name, the organ that belongs to the context organ wins, then the home
   * province's (read without its place, then any in it: "Phòng Kinh tế" of its communes before
   * another province's), then the one written with the very accents typed (xã Văn Lang and xã
   * Văn Lăng are two communes).
   */
  const pick = (list: readonly AgencyEntry[], context: string | undefined, typed?: string): AgencyEntry | undefined => {
    const home = homeSet();
    const own = list.filter((e) => home.has(e));
    const local = own.length > 0 ? own : list.filter(inHome);
    const pool = local.length > 0 ? local : list;
    return (
      list.find((e) => e.kind === 'organ' && context !== undefined && e.organ.parent === context) ??
      (typed === undefined || pool.length < 2
        ? undefined
        : pool.find((e) => entryNames(e).some((n) => accentedKey(n) === accentedKey(typed)))) ??
      pool[0]
    );
  };
  /** "Sở Tài chính tỉnh Ninh Bình" and "Sở Tài chính Ninh Bình" are the same organ as "Sở Tài chính". */
  const withoutPlace = (tokens: readonly string[]): string[] => [...splitPlace(tokens, placesNow()).organ];

  const lookup = (tokens: readonly string[], context: string | undefined, typed?: string): AgencyEntry | undefined => {
    const { organ, level, place } = splitPlace(tokens, placesNow());
    // "Ủy ban nhân dân xã Gia Viễn" without its place is "Ủy ban nhân dân xã", never the province's;
    // "Đảng ủy Gia Viễn" is "Đảng ủy xã Gia Viễn" with its level word dropped; "Sở Y tế Đà Nẵng"
    // and "Sở Y tế TP Đà Nẵng" are "Sở Y tế thành phố Đà Nẵng".
    const provincial = place.join(' ') === province || (place.length === 0 && level.length === 0);
    const keys = provincial
      ? [tokens, [...organ, ...level], organ, organ.at(-1) === 'tinh' ? organ.slice(0, -1) : [...organ, 'tinh']]
      : [tokens, ...levelReadings(level).map((word) => [...organ, ...word, ...place]), [...organ, ...level]];
    for (const key of keys) {
      if (key.length === 0) continue;
      // A name typed with another place never means the home province's body ("Sở Y tế tỉnh Ninh Bình" in Đà Nẵng).
      const list = entriesAt(key.join(' ')).filter((e) => provincial || !homeSet().has(e));
      if (list.length > 0) return pick(list, context, typed);
    }
    return undefined;
  };

  /** The longest name at a token of running text, among the directory's names and the home readings. */
  const longestAt = (tokens: readonly string[], start: number): { readonly key: string; readonly end: number } | undefined => {
    const { index, home } = names();
    const own = index.trie.longestAt(tokens, start);
    const read = home.trie.longestAt(tokens, start);
    return read === undefined || (own !== undefined && own.end >= read.end) ? own : read;
  };

  const toResolution = (entry: AgencyEntry, exact: boolean): Resolution =>
    entry.kind === 'organ' ? { kind: 'organ', organ: entry.organ, exact } : { kind: 'collective', collective: entry.collective };

  const ranked = (key: string): { entry: AgencyEntry; distance: number; key: string }[] => {
    const best = new Map<AgencyEntry, { distance: number; key: string }>();
    const { index, home } = names();
    for (const candidate of new Set([...index.near(key), ...home.near(key)])) {
      const distance = editDistance(key, candidate, Math.max(8, Math.ceil(key.length / 2)));
      for (const entry of entriesAt(candidate)) {
        if (distance < (best.get(entry)?.distance ?? Number.POSITIVE_INFINITY)) best.set(entry, { distance, key: candidate });
      }
    }
    return [...best].map(([entry, found]) => ({ entry, ...found })).sort((a, b) => a.distance - b.distance);
  };

  const successorEntry = (kind: AgencyEntry['kind'], id: string): AgencyEntry | undefined => {
    if (kind === 'organ') {
      const organ = organs().get(id);
      return organ === undefined ? undefined : { kind, organ };
    }
    const collective = collectives().get(id);
    return collective === undefined ? undefined : { kind, collective };
  };

  const directory: AgencyDirectory = {
    data,
    organ: (id) => organs().get(id),
    resolve(name, context) {
      if (name.length > 4 * names().index.longestKey) return { kind: 'unknown', suggestions: [] };
      const tokens = nameTokens(name);
      const found = lookup(tokens, context, name);
      if (found !== undefined) return toResolution(found, true);
      const key = withoutPlace(tokens).join(' ');
      const candidates = ranked(key);
      const [first] = candidates;
      // OCR noise: accept a near miss (about one letter in ten) when no other name is as close. Organs
      // that share the name ("Sở Tài chính" of every province) are one name: the corrected name is
      // looked up again with the place as typed, as an exact name would be.
      const tolerance = Math.max(1, Math.floor(key.length / 10));
      if (
        first !== undefined &&
        first.distance <= tolerance &&
        !candidates.some((c) => c.distance === first.distance && c.key !== first.key) &&
        sameNumbers(key, first.key)
      ) {
        const { level, place } = splitPlace(tokens, placesNow());
        return toResolution(lookup([...first.key.split(' '), ...level, ...place], context) ?? first.entry, false);
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
        const match = longestAt(tokens, i);
        const entry = match === undefined ? undefined : pick(entriesAt(match.key), context);
        if (match === undefined || entry === undefined) {
          i++;
          continue;
        }
        found.push({ entry, start: i, end: match.end });
        i = match.end;
      }
      return found;
    },
    includes(collective, organ) {
      if (organ.province !== '' && organ.province !== data.province) return false;
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
      const parent = organs().get(organ.parent);
      if (parent === undefined) return '';
      return parent.header === '' ? parent.name.toLocaleUpperCase('vi') : parent.header.replace(/\n/g, ' ');
    },
    forProvince(other) {
      if (other === data.province) return directory;
      let view = views.get(other);
      if (view === undefined) {
        const viewData: AgencyDirectoryData = { ...data, province: other };
        validated.add(viewData);
        view = createAgencyDirectory(viewData);
        if (views.size >= HOMES_KEPT) views.clear();
        views.set(other, view);
      }
      return view;
    },
  };
  return directory;
}
