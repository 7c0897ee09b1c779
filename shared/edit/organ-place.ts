/**
 * Where an organ sits: the level of local government it belongs to and the place name its
 * documents print before the date. NĐ 30 (Phụ lục I, mục II.4.a) and the Party's guides write the
 * official name of the administrative unit where the organ has its seat, without the level word
 * ("Ninh Bình", "Gia Viễn"), except for a unit named by a number or after a person, which keeps
 * its full name ("Phường 12", "Thành phố Hồ Chí Minh"). Since 01/7/2025 that unit is a province or a
 * xã, phường, đặc khu (FORMAT.md §G).
 */
import type { AgencyDirectory } from '../model/agency-directory';
import type { AgencyLevel, Organ } from '../model/agency.schema';

export interface OrganLocality {
  /** The level of the unit the organ belongs to: a commune's Đảng ủy is of the xã even when listed under the Tỉnh ủy. */
  readonly level: AgencyLevel;
  /** The level word as written in running text ("tỉnh", "thành phố", "xã", "phường", "đặc khu"). */
  readonly levelWord: string;
  /** The place name as printed before the date; "" when unknown. */
  readonly place: string;
  /** The province's own level word, "tỉnh" or "thành phố" (a commune of Hà Nội reports to "UBND thành phố"). */
  readonly provinceWord: string;
}

const COMMUNE_WORDS = ['xã', 'phường', 'đặc khu', 'thị trấn'];
const DISTRICT_WORDS = ['huyện', 'quận', 'thị xã'];

/** A level word, then the unit's proper name (capitalised words or a number) to the end of the name. */
const UNIT =
  /(?:^|\s)(đặc khu|thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)\s+((?:\p{Lu}[\p{L}-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}-]*|\d+))*)$/u;
/** "Tỉnh ủy Ninh Bình", "Thành ủy Hà Nội", "Huyện ủy Gia Viễn": the committee named by its place. */
const COMMITTEE = /^(Tỉnh|Thành|Huyện|Quận|Thị) ủy\s+((?:\p{Lu}[\p{L}-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}-]*|\d+))*)$/u;
/** Units named after a person keep their level word in the place (NĐ 30's own example). */
const NAMED_AFTER_PERSON = new Set(['Hồ Chí Minh']);

function levelOf(word: string, organ: Organ): AgencyLevel {
  if (COMMUNE_WORDS.includes(word)) return 'xa';
  if (DISTRICT_WORDS.includes(word)) return 'huyen';
  // "thành phố" was also a district-level city before 2025; the entry's own level tells them apart.
  return organ.level === 'huyen' ? 'huyen' : 'tinh';
}

function placeName(levelWord: string, name: string): string {
  if (/^\d/u.test(name) || NAMED_AFTER_PERSON.has(name))
    return `${levelWord.charAt(0).toLocaleUpperCase('vi')}${levelWord.slice(1)} ${name}`;
  return name;
}

function fromName(organ: Organ, name: string): Omit<OrganLocality, 'provinceWord'> | undefined {
  const unit = UNIT.exec(name);
  if (unit !== null) {
    const [, word = '', place = ''] = unit;
    return { level: levelOf(word, organ), levelWord: word, place: placeName(word, place) };
  }
  const committee = COMMITTEE.exec(name);
  if (committee !== null) {
    const [, kind = '', place = ''] = committee;
    const word =
      kind === 'Tỉnh' ? 'tỉnh' : kind === 'Thành' ? 'thành phố' : kind === 'Huyện' ? 'huyện' : kind === 'Quận' ? 'quận' : 'thị xã';
    return { level: levelOf(word, organ), levelWord: word, place: placeName(word, place) };
  }
  return undefined;
}

/**
 * The organ's locality read from its name, its other names, then those of the organs above it; an
 * organ of the directory's own province names no place ("Sở Tài chính") and takes the province's.
 */
export function organLocality(organ: Organ, directory: AgencyDirectory): OrganLocality {
  const found = ownLocality(organ, directory);
  const city = [found.levelWord, organ.parentHeader, ...organ.aliases].some((text) => /thành phố/iu.test(text) && found.level !== 'huyen');
  return { ...found, provinceWord: city ? 'thành phố' : 'tỉnh' };
}

function ownLocality(organ: Organ, directory: AgencyDirectory): Omit<OrganLocality, 'provinceWord'> {
  const seen = new Set<string>();
  for (let at: Organ | undefined = organ; at !== undefined && !seen.has(at.id); at = directory.organ(at.parent)) {
    seen.add(at.id);
    for (const name of [at.name, ...at.aliases]) {
      const found = fromName(organ, name);
      if (found !== undefined) return found;
    }
  }
  if (organ.level === 'trung-uong') return { level: organ.level, levelWord: '', place: 'Hà Nội' };
  const province = directory.data.province;
  return { level: organ.level, levelWord: organ.level === 'tinh' ? 'tỉnh' : '', place: province };
}
