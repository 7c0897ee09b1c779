/**
 * Whether a word is a well-formed Vietnamese syllable, from the spelling rules rather than a word
 * list: an onset from the fixed set, a rhyme from the tables in rhymes.ts, the pairings spelling
 * allows (k/gh/ngh only before i e ê y, c/g/ng never there, q only as qu, gi before i written gi…),
 * stop finals only with sắc or nặng, and the tone mark on the letter either style puts it on.
 */
import { MEDIAL_RHYMES, PLAIN_RHYMES, QU_RHYMES, rhymeShape, type RhymeShape } from './rhymes';
import { applyTone, splitTone, type Tone } from './tones';

export const ONSETS: readonly string[] = [
  'ngh',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'p',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
  '',
];

const PLAIN = new Set(PLAIN_RHYMES);
const MEDIAL = new Set(MEDIAL_RHYMES);
const QU = new Set(QU_RHYMES);

const FRONT_VOWELS = 'ieêy';
/** Onsets spelled differently before front vowels: k/c, gh/g, ngh/ng. */
const FRONT_ONLY = new Set(['k', 'gh', 'ngh']);
const NEVER_FRONT = new Set(['c', 'g', 'ng']);
/** Onsets that take no medial o/u: c and k (spelled qu), gh, ngh, gi, and the labials. */
const NO_MEDIAL = new Set(['c', 'k', 'gh', 'ngh', 'gi', 'b', 'm', 'p', 'ph', 'v']);
/** The loanword rhyme "buýt" (xe buýt) is the one medial after a labial in everyday text. */
const MEDIAL_EXCEPTIONS = new Set(['buyt']);
/** Onsets after which a bare y is written (kỹ, lý, mỹ, sỹ, tỷ, hy, Vy, Thy) as well as i. */
const Y_ONSETS = new Set(['', 'h', 'k', 'l', 'm', 'n', 's', 't', 'v', 'th']);
/** oo is found only in a few loanwords: xoong, boong, goòng; moóc, soóc. */
const OO_ONSETS: Readonly<Record<string, ReadonlySet<string>>> = { oong: new Set(['b', 'g', 'x']), ooc: new Set(['m', 's']) };

/** One reading of a toneless word as onset + rhyme, as written. */
export interface SyllableParse {
  readonly onset: string;
  readonly rhyme: string;
  readonly shape: RhymeShape;
}

function rhymeFits(onset: string, rhyme: string, shape: RhymeShape): boolean {
  if (!PLAIN.has(rhyme) && !MEDIAL.has(rhyme)) return false;
  const first = rhyme[0] ?? '';
  if (FRONT_ONLY.has(onset) && !FRONT_VOWELS.includes(first)) return false;
  if (NEVER_FRONT.has(onset) && FRONT_VOWELS.includes(first)) return false;
  if (shape.medial !== '' && NO_MEDIAL.has(onset) && !MEDIAL_EXCEPTIONS.has(onset + rhyme)) return false;
  if (rhyme.startsWith('iê')) return onset !== '';
  if (rhyme.startsWith('yê')) return onset === '';
  if (rhyme === 'y') return Y_ONSETS.has(onset);
  if (rhyme.startsWith('oo')) return OO_ONSETS[rhyme]?.has(onset) === true;
  return true;
}

/**
 * The readings of `word` (lowercase, toneless) as a syllable, ignoring tone. Usually one; "gi"
 * words can have two (giết = gi + êt or g + iêt), which agree on where the tone goes.
 */
export function parseSyllable(word: string): SyllableParse[] {
  const parses: SyllableParse[] = [];
  for (const onset of ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rhyme = word.slice(onset.length);
    if (rhyme === '') {
      // gì: gi before the vowel i is written once.
      if (onset === 'gi') parses.push({ onset: 'g', rhyme: 'i', shape: rhymeShape('i') });
      continue;
    }
    if (onset === 'qu') {
      if (QU.has(rhyme)) parses.push({ onset, rhyme, shape: rhymeShape(rhyme) });
    } else if (onset === 'gi') {
      if (rhyme.startsWith('i') || rhyme.startsWith('y')) continue;
      if (rhymeFits(onset, rhyme, rhymeShape(rhyme))) parses.push({ onset, rhyme, shape: rhymeShape(rhyme) });
      // gìn, giếng: gi + in, gi + iêng, with the i written once ("gia" is gi + a, read above).
      else if (PLAIN.has(`i${rhyme}`)) parses.push({ onset: 'g', rhyme: `i${rhyme}`, shape: rhymeShape(`i${rhyme}`) });
    } else if (onset !== 'g' || !rhyme.startsWith('i')) {
      const shape = rhymeShape(rhyme);
      if (rhymeFits(onset, rhyme, shape)) parses.push({ onset, rhyme, shape });
    }
  }
  return parses;
}

/** Whether `tone` may sit on the letter at `toneIndex` of a syllable read as `parse`. */
function toneAllowed(parse: SyllableParse, tone: Tone): boolean {
  return !parse.shape.stop || tone === 2 || tone === 5;
}

export function toneFits(parse: SyllableParse, tone: Tone, toneIndex: number): boolean {
  if (!toneAllowed(parse, tone)) return false;
  if (tone === 0) return true;
  const at = toneIndex - parse.onset.length;
  return at === parse.shape.toneAt || at === parse.shape.oldToneAt;
}

export type SyllableVerdict = 'valid' | 'misplaced-tone' | 'invalid';

/**
 * Checks one word as a syllable (any case). "misplaced-tone" means the letters and tone are right
 * but the mark sits where neither style puts it (tíên, gìa, qúa).
 */
export function syllableVerdict(word: string): SyllableVerdict {
  const { letters, tone, toneIndex, toneMarks } = splitTone(word.toLowerCase());
  if (toneMarks > 1) return 'invalid';
  const parses = parseSyllable(letters.join(''));
  if (parses.some((p) => toneFits(p, tone, toneIndex))) return 'valid';
  return parses.some((p) => toneAllowed(p, tone)) ? 'misplaced-tone' : 'invalid';
}

export function isSyllable(word: string): boolean {
  return syllableVerdict(word) === 'valid';
}

/** hòa, thủy, khỏe (the older placement, most common in official text) or hoà, thuỷ, khoẻ. */
export type ToneStyle = 'old' | 'new';

/**
 * Writes a toneless syllable (any case) with its tone mark where `style` puts it, or null when it
 * is no syllable with that tone.
 */
export function placeTone(toneless: string, tone: Tone, style: ToneStyle): string | null {
  const parse = parseSyllable(toneless.toLowerCase()).find((p) => toneAllowed(p, tone));
  if (parse === undefined) return null;
  const at = parse.onset.length + (style === 'old' ? parse.shape.oldToneAt : parse.shape.toneAt);
  return applyTone(Array.from(toneless), tone, at);
}
