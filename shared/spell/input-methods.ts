/**
 * Reading words left over from Vietnamese input methods that did not convert: Telex ("Vieejt",
 * "nhieemj", "khoong") and VNI ("vie65t"). Both are decoded the way the methods compose, and the
 * result counts only if it is a syllable; the tone goes where `style` puts it.
 */
import { letterCase, withLetterCase } from './letter-case';
import { placeTone, type ToneStyle } from './syllable';
import { splitTone, type Tone } from './tones';

const VOWELS = new Set(Array.from('aăâeêioôơuưy'));
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Readonly<Record<string, string>> = { o: 'ơ', u: 'ư' };

/** Indices of the last run of vowels, looking past final consonants ("nguoi" → u, o, i). */
function lastVowelRun(out: readonly string[]): number[] {
  let end = out.length - 1;
  while (end >= 0 && !VOWELS.has(out[end] ?? '')) end -= 1;
  const run: number[] = [];
  for (let i = end; i >= 0 && VOWELS.has(out[i] ?? ''); i -= 1) run.unshift(i);
  return run;
}

/** ư/ơ (and ươ for uo), or ă for a: what Telex w and VNI 7/8 do. Returns whether it applied. */
function addHornOrBreve(out: string[], allowBreve: boolean, allowHorn: boolean): boolean {
  const run = lastVowelRun(out);
  const pair = run.findIndex((i) => (out[i] === 'u' || out[i] === 'ư') && out[i + 1] === 'o');
  if (allowHorn && pair >= 0) {
    const at = run[pair] ?? 0;
    out[at] = 'ư';
    out[at + 1] = 'ơ';
    return true;
  }
  for (const i of [...run].reverse()) {
    const letter = out[i] ?? '';
    if (allowHorn && letter in HORN) {
      out[i] = HORN[letter] ?? letter;
      return true;
    }
    if (allowBreve && letter === 'a') {
      out[i] = 'ă';
      return true;
    }
  }
  return false;
}

function addCircumflex(out: string[]): boolean {
  const i = lastVowelRun(out)
    .reverse()
    .find((j) => (out[j] ?? '') in CIRCUMFLEX);
  if (i === undefined) return false;
  out[i] = CIRCUMFLEX[out[i] ?? ''] ?? '';
  return true;
}

function addStroke(out: string[]): boolean {
  if (out[0] !== 'd') return false;
  out[0] = 'đ';
  return true;
}

function finish(word: string, out: readonly string[], tone: Tone, style: ToneStyle): string | null {
  const composed = placeTone(out.join(''), tone, style);
  if (composed === null) return null;
  const result = withLetterCase(composed, letterCase(word));
  return result === word.normalize('NFC') ? null : result;
}

const TELEX_TONES: Readonly<Record<string, Tone>> = { s: 2, f: 1, r: 3, x: 4, j: 5, z: 0 };

/** "Vieejt" → "Việt", "nuwowcs" → "nước", "ddaauf" → "đầu"; null when it does not decode. */
export function decodeTelex(word: string, style: ToneStyle): string | null {
  const { letters, tone: typedTone } = splitTone(word.toLowerCase());
  let tone = typedTone;
  const out: string[] = [];
  for (const ch of letters) {
    const last = out.at(-1);
    const seenVowel = out.some((letter) => VOWELS.has(letter));
    const toneKey = TELEX_TONES[ch];
    if (seenVowel && toneKey !== undefined) tone = toneKey;
    else if (ch === 'w') {
      if (!addHornOrBreve(out, true, true)) out.push(seenVowel ? 'w' : 'ư');
    } else if (last === ch && ch in CIRCUMFLEX) out[out.length - 1] = CIRCUMFLEX[ch] ?? ch;
    else if (ch === 'd' && last === 'd' && out.length === 1) out[0] = 'đ';
    else out.push(ch);
  }
  return finish(word, out, tone, style);
}

const VNI_TONES: Readonly<Record<string, Tone>> = { '1': 2, '2': 1, '3': 3, '4': 4, '5': 5, '0': 0 };

/** "vie65t" → "việt", "d9u7o7ng2" → "đường"; null when it does not decode. */
export function decodeVni(word: string, style: ToneStyle): string | null {
  const { letters, tone: typedTone } = splitTone(word.toLowerCase());
  let tone = typedTone;
  const out: string[] = [];
  for (const ch of letters) {
    const toneKey = VNI_TONES[ch];
    let applied = true;
    if (toneKey !== undefined) tone = toneKey;
    else if (ch === '6') applied = addCircumflex(out);
    else if (ch === '7') applied = addHornOrBreve(out, false, true);
    else if (ch === '8') applied = addHornOrBreve(out, true, false);
    else if (ch === '9') applied = addStroke(out);
    else out.push(ch);
    if (!applied) return null;
  }
  return finish(word, out, tone, style);
}
