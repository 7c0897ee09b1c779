/**
 * The rhymes (vần) of Vietnamese spelling, written without tone, and where a tone mark goes in
 * each. A rhyme is an optional medial (o before a/ă/e, u before â/ê/y/ơ), a nucleus (a vowel or
 * the diphthongs iê/yê/ia/ya, uô/ua, ươ/ưa) and an optional final (c ch m n ng nh p t, or the
 * glides i y o u).
 */

/** Rhymes without a medial. iê… needs an onset; yê… is its spelling without one. */
export const PLAIN_RHYMES: readonly string[] = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu',
  'iêc iêm iên iêng iêp iêt iêu',
  'yêm yên yêng yêt yêu',
  'o oc oi om on ong op ot ooc oong',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut',
  'uôc uôi uôm uôn uông uôt',
  'ư ưa ưc ưi ưng ưt ưu',
  'ươc ươi ươm ươn ương ươp ươt ươu',
  'y',
].flatMap((line) => line.split(' '));

/** Rhymes with the medial o or u (after qu the medial o is written u: qua, que). */
export const MEDIAL_RHYMES: readonly string[] = [
  'oa oac oach oai oam oan oang oanh oao oap oat oay',
  'oăc oăm oăn oăng oăp oăt',
  'oe oen oeo oet',
  'uân uâng uât uây',
  'uê uêch uên uênh uêt',
  'uy uya uych uyn uynh uyp uyt uyu',
  'uyên uyêt',
  'uơ',
].flatMap((line) => line.split(' '));

/**
 * What follows "qu": the medial rhymes without their medial, the old spelling "qui" (qui định)
 * and "quốc", whose u is historical.
 */
export const QU_RHYMES: readonly string[] = [...MEDIAL_RHYMES.map((rhyme) => rhyme.slice(1)), 'i', 'ôc'];

const CLOSED_DIPHTHONGS = ['iê', 'yê', 'uô', 'ươ', 'oo'];
const OPEN_DIPHTHONGS = ['ia', 'ya', 'ua', 'ưa'];
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

export interface RhymeShape {
  readonly medial: '' | 'o' | 'u';
  readonly nucleus: string;
  readonly final: string;
  /** p, t, c, ch: such syllables take only sắc or nặng. */
  readonly stop: boolean;
  /** Index in the rhyme of the letter that carries the tone in the new style (hoà, thuỷ). */
  readonly toneAt: number;
  /** The old style (hòa, thủy) puts the tone on the medial of oa, oe, uy without a final. */
  readonly oldToneAt: number;
}

function medialOf(rhyme: string): '' | 'o' | 'u' {
  const [first, second] = [rhyme[0], rhyme[1]];
  if (first === 'o' && second !== undefined && 'aăe'.includes(second)) return 'o';
  if (first === 'u' && second !== undefined && 'âêyơ'.includes(second)) return 'u';
  return '';
}

/** The structure of a rhyme written without tone, e.g. "uyên" → u + yê + n. */
export function rhymeShape(rhyme: string): RhymeShape {
  const medial = medialOf(rhyme);
  const rest = rhyme.slice(medial.length);
  const closed = CLOSED_DIPHTHONGS.find((d) => rest.startsWith(d) && rest.length > d.length);
  const open = OPEN_DIPHTHONGS.find((d) => rest === d);
  const nucleus = closed ?? open ?? rest.slice(0, 1);
  const final = rest.slice(nucleus.length);
  const toneAt = medial.length + (closed === undefined ? 0 : 1);
  const oldStyle = medial !== '' && final === '' && (nucleus === 'a' || nucleus === 'e' || nucleus === 'y');
  return { medial, nucleus, final, stop: STOP_FINALS.has(final), toneAt, oldToneAt: oldStyle ? 0 : toneAt };
}
