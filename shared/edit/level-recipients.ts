/**
 * Nơi nhận lines written for one level of local government, as the same body of another level
 * writes them. A plan of the province reports to the centre, sends to its own leaders and to the
 * sở, ngành and communes under it; a commune's plan reports to the province, sends to its own
 * leaders and to the units under it, and never to the other communes. The district level is gone
 * since 01/7/2025 (FORMAT.md §G): a province's line to it passes to the communes, a commune's plan
 * drops it. Lines this table does not know stay as they are: only a line the clerk would rewrite
 * the same way every time is offered.
 */
import { nameTokens } from '../model/agency-names';

/** The two levels a plan is written for since 2025. */
export type PlanLevel = 'tinh' | 'xa';

interface LevelRow {
  readonly tinh: string;
  /**
   * The commune's line; null: a commune sends none. "{xa}" is the commune's level word (xã, phường,
   * đặc khu), "{tinh}" its province's (tỉnh, thành phố) and "{Tinh ủy}" the province's committee.
   */
  readonly xa: string | null;
  /** The commune's line is read back as the province's (one line each way). */
  readonly mutual: boolean;
}

const ROWS: readonly LevelRow[] = [
  // Reports go to the level above: the centre for a province, the province for a commune.
  { tinh: 'Văn phòng Chính phủ', xa: 'UBND {tinh}', mutual: false },
  { tinh: 'Bộ Chính trị', xa: null, mutual: false },
  { tinh: 'Ban Bí thư Trung ương Đảng', xa: 'Ban Thường vụ {Tinh ủy}', mutual: false },
  { tinh: 'Văn phòng Trung ương Đảng', xa: 'Văn phòng {Tinh ủy}', mutual: false },
  // The issuer's own leadership, at its own level.
  { tinh: 'Thường trực Tỉnh ủy', xa: 'Thường trực Đảng ủy {xa}', mutual: true },
  { tinh: 'Thường trực HĐND tỉnh', xa: 'Thường trực HĐND {xa}', mutual: true },
  { tinh: 'Chủ tịch, các PCT UBND tỉnh', xa: 'Chủ tịch, các PCT UBND {xa}', mutual: true },
  { tinh: 'Các đồng chí Tỉnh ủy viên', xa: 'Các đồng chí đảng ủy viên', mutual: true },
  // The bodies under the issuer.
  { tinh: 'Các sở, ban, ngành tỉnh', xa: 'Các cơ quan, đơn vị thuộc UBND {xa}', mutual: true },
  { tinh: 'Các sở, ban, ngành', xa: 'Các cơ quan, đơn vị thuộc UBND {xa}', mutual: false },
  { tinh: 'Các sở, ban, ngành, đoàn thể tỉnh', xa: 'Các cơ quan, đơn vị, đoàn thể {xa}', mutual: true },
  { tinh: 'Các đảng ủy trực thuộc Tỉnh ủy', xa: 'Các chi bộ, đảng bộ trực thuộc', mutual: true },
  { tinh: 'Các cơ quan tham mưu, giúp việc Tỉnh ủy', xa: 'Các cơ quan tham mưu, giúp việc Đảng ủy {xa}', mutual: true },
  // The communes are under the province, beside a commune.
  { tinh: 'UBND các xã, phường', xa: null, mutual: false },
  { tinh: 'Đảng ủy các xã, phường', xa: null, mutual: false },
  // The district level, gone since 01/7/2025.
  { tinh: 'UBND các huyện, thành phố', xa: null, mutual: false },
  { tinh: 'Các huyện ủy, thành ủy', xa: null, mutual: false },
];

/** Lines naming the district level that a province's plan addresses to the communes now. */
const DISTRICT_SUCCESSORS: ReadonlyMap<string, string> = new Map([
  ['UBND các huyện, thành phố', 'UBND các xã, phường'],
  ['Các huyện ủy, thành ủy', 'Đảng ủy các xã, phường'],
]);

/** The level words of the organ a line is written for. */
export interface LevelWords {
  /** "xã", "phường" or "đặc khu". */
  readonly commune: string;
  /** "tỉnh" or "thành phố". */
  readonly province: string;
}

/** A line as compared: no accents, abbreviations written out, level words as "{xa}" and "{tinh}". */
function lineKey(line: string): string {
  // Words only: the line's closing ";", "," or "." is no word.
  const words = nameTokens(line);
  return words
    .join(' ')
    .replace(/\b(?:xa|phuong|dac khu)\b/gu, '{xa}')
    .replace(/\b(?:tinh|thanh pho)\b/gu, '{tinh}')
    .replace(/\bthanh uy\b/gu, '{tinh} uy');
}

function written(text: string, words: LevelWords): string {
  const committee = words.province === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
  return text.replaceAll('{xa}', words.commune).replaceAll('{tinh}', words.province).replaceAll('{Tinh ủy}', committee);
}

const KEY_OF = (text: string): string => lineKey(written(text, { commune: 'xã', province: 'tỉnh' }));
const FROM_TINH = new Map(ROWS.map((row) => [KEY_OF(row.tinh), row]));
const FROM_XA = new Map(ROWS.filter((row) => row.mutual && row.xa !== null).map((row) => [KEY_OF(row.xa ?? ''), row]));

/**
 * The line as the body of `to` writes it: a new line, null when that body sends no such line, or
 * undefined when the line stays as it is.
 */
export function lineForLevel(line: string, from: PlanLevel, to: PlanLevel, words: LevelWords): string | null | undefined {
  const key = lineKey(line);
  if (from === to) return to === 'tinh' ? districtSuccessor(key) : undefined;
  if (to === 'xa') {
    const row = FROM_TINH.get(key);
    return row === undefined ? undefined : row.xa === null ? null : written(row.xa, words);
  }
  const row = FROM_XA.get(key);
  return row === undefined ? undefined : written(row.tinh, words);
}

function districtSuccessor(key: string): string | undefined {
  for (const [line, successor] of DISTRICT_SUCCESSORS) if (KEY_OF(line) === key) return successor;
  return undefined;
}

/** The level a plan's header and name are written for, from its level words; undefined when none. */
export function writtenLevel(texts: readonly string[]): PlanLevel | 'huyen' | undefined {
  const words = texts.flatMap((text) => nameTokens(text));
  const key = ` ${words.join(' ')} `;
  if (/ (?:xa|phuong|dac khu|thi tran) /u.test(key)) return 'xa';
  if (/ (?:huyen|quan|thi xa) /u.test(key)) return 'huyen';
  if (/ (?:tinh|thanh pho) /u.test(key)) return 'tinh';
  return undefined;
}
