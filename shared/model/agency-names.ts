/**
 * Comparison keys for agency names. Plans write the same organ many ways ("Ủy ban nhân dân tỉnh",
 * "UBND tỉnh", "Uỷ ban nhân dân tỉnh"), text extracted from PDFs has decomposed or misread
 * diacritics ("Sớ Kế hoạch vả Đầu tư"), so names are compared as lower-case ASCII tokens with
 * abbreviations written out and "và" dropped.
 */
import { ownEntry } from './own-keys';

/** Abbreviations that are only read as such in capitals ("TU" is Tỉnh ủy, "tư" is not). */
const CAPITAL_ABBREVIATIONS: Readonly<Record<string, string>> = {
  TU: 'Tỉnh ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  DU: 'Đảng ủy',
  TW: 'Trung ương',
  CA: 'Công an',
  VP: 'Văn phòng',
  UB: 'Ủy ban',
};

/** Abbreviations read in any case; keys are lower case, "&" and "-" kept as written. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: 'Ủy ban nhân dân',
  hđnd: 'Hội đồng nhân dân',
  hdnd: 'Hội đồng nhân dân',
  mttq: 'Mặt trận Tổ quốc',
  ubmttq: 'Ủy ban Mặt trận Tổ quốc',
  btv: 'Ban Thường vụ',
  bch: 'Ban Chấp hành',
  ubkt: 'Ủy ban Kiểm tra',
  'kh&đt': 'Kế hoạch và Đầu tư',
  'kh&dt': 'Kế hoạch và Đầu tư',
  khđt: 'Kế hoạch và Đầu tư',
  khdt: 'Kế hoạch và Đầu tư',
  'kh-đt': 'Kế hoạch và Đầu tư',
  'tn&mt': 'Tài nguyên và Môi trường',
  tnmt: 'Tài nguyên và Môi trường',
  'nn&ptnt': 'Nông nghiệp và Phát triển nông thôn',
  nnptnt: 'Nông nghiệp và Phát triển nông thôn',
  'nn&mt': 'Nông nghiệp và Môi trường',
  nnmt: 'Nông nghiệp và Môi trường',
  'gd&đt': 'Giáo dục và Đào tạo',
  'gd&dt': 'Giáo dục và Đào tạo',
  gdđt: 'Giáo dục và Đào tạo',
  'kh&cn': 'Khoa học và Công nghệ',
  khcn: 'Khoa học và Công nghệ',
  'tt&tt': 'Thông tin và Truyền thông',
  'vh&tt': 'Văn hóa và Thể thao',
  'vhtt&dl': 'Văn hóa, Thể thao và Du lịch',
  vhttdl: 'Văn hóa, Thể thao và Du lịch',
  'lđ-tb&xh': 'Lao động - Thương binh và Xã hội',
  'ld-tb&xh': 'Lao động - Thương binh và Xã hội',
  lđtbxh: 'Lao động - Thương binh và Xã hội',
  'dt&tg': 'Dân tộc và Tôn giáo',
  gtvt: 'Giao thông vận tải',
  kcn: 'khu công nghiệp',
  kkt: 'Khu kinh tế',
  ccn: 'cụm công nghiệp',
  tncs: 'Thanh niên Cộng sản',
  hcm: 'Hồ Chí Minh',
  'ct-xh': 'chính trị - xã hội',
  lhpn: 'Liên hiệp Phụ nữ',
  ccb: 'Cựu chiến binh',
  lđlđ: 'Liên đoàn Lao động',
  ldld: 'Liên đoàn Lao động',
  bchqs: 'Bộ Chỉ huy Quân sự',
  qs: 'Quân sự',
  bql: 'Ban Quản lý',
  qlda: 'quản lý dự án',
  vn: 'Việt Nam',
};

/** Words that do not tell organs apart and that OCR and drafters often drop or add. */
const IGNORED = new Set(['va']);

/** "KH & ĐT" as "KH&ĐT", in NFC. */
function compactAmpersands(text: string): string {
  if (!text.includes('&')) return text.normalize('NFC');
  // Split rather than /\s*&\s*/, which retries from every space of a long run.
  return text
    .normalize('NFC')
    .split('&')
    .map((part, i, all) => {
      const start = i === 0 ? part : part.trimStart();
      return i === all.length - 1 ? start : start.trimEnd();
    })
    .join('&');
}

/** A word as written, or the words its abbreviation stands for. */
function expandWord(token: string): string {
  return ownEntry(CAPITAL_ABBREVIATIONS, token) ?? ownEntry(ABBREVIATIONS, token.toLowerCase()) ?? token;
}

/** Writes out abbreviations; "KH & ĐT" is read as "KH&ĐT". */
export function expandAbbreviations(text: string): string {
  return compactAmpersands(text).replace(/[\p{L}\p{N}&]+(?:-[\p{L}\p{N}&]+)*/gu, expandWord);
}

/** Lower-case ASCII letters and digits of one word: "Sớ" → "so", "Đầu" → "dau". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The tokens of one written word, kept once computed: a directory of every commune in the country
 * has 80,000 names made of a few thousand distinct words, and folding is what its loading costs.
 * Bounded, because running text passes through here too.
 */
const wordTokens = new Map<string, readonly string[]>();
const WORD_CACHE_LIMIT = 50_000;

function tokensOfWord(word: string): readonly string[] {
  const known = wordTokens.get(word);
  if (known !== undefined) return known;
  const tokens = expandWord(word)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map(foldWord)
    .filter((t) => t !== '' && !IGNORED.has(t));
  if (wordTokens.size >= WORD_CACHE_LIMIT) wordTokens.clear();
  wordTokens.set(word, tokens);
  return tokens;
}

/** The tokens a name is compared by. */
export function nameTokens(text: string): string[] {
  const tokens: string[] = [];
  // Marks that did not compose stay inside their word, as the split of the expanded text keeps them.
  for (const [word] of compactAmpersands(text).matchAll(/[\p{L}\p{N}\p{M}&]+(?:-[\p{L}\p{N}\p{M}&]+)*/gu)) {
    tokens.push(...tokensOfWord(word));
  }
  return tokens;
}

/** One string per name, for exact comparison and edit distance. */
export function nameKey(text: string): string {
  return nameTokens(text).join(' ');
}

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
