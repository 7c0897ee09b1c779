/**
 * Edit distance between words as letter arrays, weighted for the mistakes Vietnamese typists make:
 * a wrong diacritic (a/ă/â, o/ô/ơ, u/ư, e/ê, d/đ, i/y) costs half a substitution, and so does an
 * accidentally doubled letter; swapping two neighbours costs one.
 */

const FAMILIES = ['aăâ', 'eê', 'oôơ', 'uư', 'iy', 'dđ'];
const FAMILY_OF = new Map<string, number>(FAMILIES.flatMap((family, i) => Array.from(family, (letter) => [letter, i] as const)));

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const family = FAMILY_OF.get(a);
  return family !== undefined && family === FAMILY_OF.get(b) ? 0.5 : 1;
}

/** One table reused by every call: suggestions compare a word with thousands of syllables. */
let table = new Float64Array(256);

export function typingDistance(typed: readonly string[], target: readonly string[]): number {
  const rows = typed.length + 1;
  const cols = target.length + 1;
  if (table.length < rows * cols) table = new Float64Array(rows * cols);
  const d = table;
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    const a = typed[i - 1] ?? '';
    // Deleting a letter typed twice in a row is the cheap kind of deletion.
    const deletion = a === typed[i - 2] || a === typed[i] ? 0.5 : 1;
    for (let j = 1; j < cols; j += 1) {
      const b = target[j - 1] ?? '';
      let best = Math.min(at(i - 1, j) + deletion, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution(a, b));
      if (i > 1 && j > 1 && a === target[j - 2] && typed[i - 2] === b) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}
