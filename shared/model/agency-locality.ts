/**
 * The place at the end of an organ's name. Vietnamese organ names are formed as <organ> [<level
 * word> <place>]: "Sở Tài chính tỉnh Ninh Bình", "Ủy ban nhân dân xã Gia Viễn", "Công an phường
 * Hoa Lư"; in running text the level word is often dropped ("Sở Y tế Ninh Bình"). A name is matched
 * without its place, and the place is read from the level word, or, without one, from the places
 * the directory itself names (its province, and every place after a level word in its names).
 */
import type { AgencyDirectoryData } from './agency.schema';
import { nameTokens } from './agency-names';

/** Level words as name tokens (no accents): "tỉnh", "thành phố", "xã", "phường", "đặc khu"… */
export const LEVEL_WORDS: readonly (readonly string[])[] = [
  ['tinh'],
  ['thanh', 'pho'],
  ['tp'],
  ['xa'],
  ['phuong'],
  ['huyen'],
  ['thi', 'xa'],
  ['thi', 'tran'],
  ['dac', 'khu'],
];

/** The level words of a province, which drafters swap: "TP Đà Nẵng", "thành phố Đà Nẵng". */
const PROVINCE_LEVEL_WORDS: readonly (readonly string[])[] = [['tinh'], ['thanh', 'pho'], ['tp']];

/**
 * The level words to try before a place that is not the directory's province: any, when the name
 * has none ("Sở Y tế Đà Nẵng"); another word for a province when it has one ("Sở Y tế TP Đà Nẵng").
 * "xã" and "phường" are never swapped: "xã Ba Đình" and "phường Ba Đình" are two units.
 */
export function levelReadings(level: readonly string[]): readonly (readonly string[])[] {
  if (level.length === 0) return LEVEL_WORDS;
  const key = level.join(' ');
  return PROVINCE_LEVEL_WORDS.some((w) => w.join(' ') === key) ? PROVINCE_LEVEL_WORDS.filter((w) => w.join(' ') !== key) : [];
}

export interface NameWithPlace {
  /** The organ part of the name's tokens. */
  readonly organ: readonly string[];
  /** The level word before the place ("tinh", "xa"); empty when the place stood alone. */
  readonly level: readonly string[];
  /** The place's tokens without the level word ("ninh binh"); empty when the name has none. */
  readonly place: readonly string[];
}

/**
 * Words that make a level word part of an organ's own name: "Tỉnh ủy", "Huyện đội", "Tỉnh đoàn",
 * "Tỉnh hội". ("Quận" is left out of the level words: without accents it is "Quân sự".)
 */
const ORGAN_AFTER_LEVEL = new Set(['uy', 'doi', 'doan', 'hoi']);

/** A place is a few words: "Ninh Bình", "Hồ Chí Minh", "Gia Viễn". */
const MAX_PLACE_WORDS = 4;

/** The length of the level word at `at` when a place follows it, else 0. */
function levelAt(tokens: readonly string[], at: number): number {
  const word = LEVEL_WORDS.find((w) => w.every((t, k) => tokens[at + k] === t));
  if (word === undefined) return 0;
  const rest = tokens.length - at - word.length;
  const next = tokens[at + word.length];
  return rest > 0 && rest <= MAX_PLACE_WORDS && next !== undefined && !ORGAN_AFTER_LEVEL.has(next) ? word.length : 0;
}

/** Place names as their tokens joined by spaces ("ninh binh"), looked up whole. */
export type Places = ReadonlySet<string>;

/** Place names the directory writes after a level word, and its province. */
export function directoryPlaces(data: Pick<AgencyDirectoryData, 'province' | 'organs'>): Places {
  return placesIn(
    data.province,
    data.organs.map((o) => nameTokens(o.name)),
  );
}

/** The places of a province and of organ names already split into tokens. */
export function placesIn(province: string, organNames: Iterable<readonly string[]>): Places {
  const places = new Set<string>();
  const add = (tokens: readonly string[]): void => {
    if (tokens.length > 0) places.add(tokens.join(' '));
  };
  add(nameTokens(province));
  for (const tokens of organNames) {
    for (let i = 1; i < tokens.length; i++) {
      const level = levelAt(tokens, i);
      if (level > 0) add(tokens.slice(i + level));
    }
  }
  return places;
}

/**
 * Splits off the end of a name a place the directory knows, with or without its level word. A
 * level word never starts a name ("Tỉnh ủy", "Xã đội" are organs); a place the directory does not
 * know is left on the name: "Sở Y tế tỉnh Hà Nam" is not this province's Sở Y tế.
 */
export function splitPlace(tokens: readonly string[], places: Places): NameWithPlace {
  const known = (start: number): readonly string[] | undefined => {
    const place = tokens.slice(start);
    return places.has(place.join(' ')) ? place : undefined;
  };
  for (let i = 1; i < tokens.length; i++) {
    const level = levelAt(tokens, i);
    const place = level > 0 ? known(i + level) : undefined;
    if (place !== undefined) return { organ: tokens.slice(0, i), level: tokens.slice(i, i + level), place };
  }
  for (let start = 1; start < tokens.length; start++) {
    const place = known(start);
    if (place !== undefined) return { organ: tokens.slice(0, start), level: [], place };
  }
  return { organ: tokens, level: [], place: [] };
}

/**
 * The tokens under which an organ of the directory's own province is also known without its
 * place ("Sở Y tế thành phố Đà Nẵng" is "Sở Y tế" to a clerk in Đà Nẵng); none for another
 * province's organ, a commune's, or a one-word remainder ("Thuế", a word of running text).
 */
export function homeReadings(name: readonly string[], province: string, places: Places): readonly (readonly string[])[] {
  const { organ, level, place } = splitPlace(name, places);
  if (province === '' || place.join(' ') !== province || organ.length < 2) return [];
  if (level.length > 0 && !PROVINCE_LEVEL_WORDS.some((w) => w.join(' ') === level.join(' '))) return [];
  return [organ, ...PROVINCE_LEVEL_WORDS.map((w) => [...organ, ...w])];
}

/**
 * The provinces and cities the directory has, as their bodies' names write them ("Ninh Bình", "Hồ
 * Chí Minh"): read from their Party committees in force ("Tỉnh ủy Ninh Bình", "Thành ủy Hà Nội").
 */
export function directoryProvinces(data: Pick<AgencyDirectoryData, 'organs'>): string[] {
  const found = new Set<string>();
  for (const organ of data.organs) {
    const committee = /^(?:Tỉnh|Thành) ủy (\p{Lu}.*)$/u.exec(organ.name);
    if (committee?.[1] !== undefined && organ.until === '' && organ.level === 'tinh') found.add(committee[1]);
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'vi'));
}
