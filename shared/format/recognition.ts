/**
 * What in a received document tells its system: the heading lines, the joiner after the number,
 * the signer's prefix, the words of the organ's name. Each returns the systems the clue points to,
 * so a reader weighs clues without naming a system.
 */
import type { System } from '../model/meta.schema';
import { PROFILES } from './registry';

/** Every heading line of every profile with its system ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" → State). */
export function mottoLines(): { readonly text: string; readonly system: System }[] {
  const seen = new Set<string>();
  return Object.values(PROFILES).flatMap((p) =>
    p.header.motto.flatMap((line) => {
      const key = `${p.system}|${line.text}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ text: line.text, system: p.system }];
    }),
  );
}

const ORGAN_WORDS: readonly { readonly system: System; readonly match: RegExp; readonly unless: RegExp | null }[] = (() => {
  const seen = new Set<string>();
  return Object.values(PROFILES).flatMap((p) => {
    const key = `${p.system}|${p.organWords.match}|${p.organWords.unless}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        system: p.system,
        match: new RegExp(p.organWords.match, 'u'),
        unless: p.organWords.unless === '' ? null : new RegExp(p.organWords.unless, 'u'),
      },
    ];
  });
})();

/** The systems whose organ words an issuer's name (in capitals) has. */
export function systemsOfOrganName(name: string): System[] {
  return [...new Set(ORGAN_WORDS.filter((w) => w.match.test(name) && !(w.unless?.test(name) ?? false)).map((w) => w.system))];
}

/** The system whose signer prefix a line of the signature starts with ("T / M BAN THƯỜNG VỤ" → Party), if exactly one. */
export function systemOfAuthorityLine(line: string): System | null {
  // Split rather than /\s*\/\s*/g: that pattern backtracks quadratically on long runs of spaces.
  const parts = line.trimStart().split('/');
  const text = parts
    .map((part, i) => (i > 0 ? part.trimStart() : part))
    .map((part, i) => (i < parts.length - 1 ? part.trimEnd() : part))
    .join('/')
    .toLocaleUpperCase('vi');
  const systems = new Set(
    Object.values(PROFILES).flatMap((p) =>
      Object.values(p.signature.authorityForms).some((form) => text.startsWith(`${form} `) || text === form) ? [p.system] : [],
    ),
  );
  return systems.size === 1 ? ([...systems][0] ?? null) : null;
}
