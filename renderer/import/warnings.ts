/** The importer's warnings as the dialog shows them. */

/** Each distinct warning once, with how many times the importer gave it (a PDF repeats some per table). */
export function tallied(warnings: readonly string[]): [string, number][] {
  const times = new Map<string, number>();
  for (const w of warnings) times.set(w, (times.get(w) ?? 0) + 1);
  return [...times];
}
