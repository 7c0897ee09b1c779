/** OOXML units: twentieths of a point (twips, "DXA") for lengths, half-points for font sizes. */

export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Word's "multiple" line spacing is written in 240ths of a line. */
export function linesToTwip240(lines: number): number {
  return Math.round(lines * 240);
}
