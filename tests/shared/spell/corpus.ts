/**
 * Real plan text for the spell checker's tests: the three seed documents and every prose string of
 * the templates (ids, keys and enum values such as "nha-nuoc" or "roman-dot" are not text).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');
const TEMPLATES = join(ROOT, 'templates');
const IDENTIFIER = /^[a-z0-9-]+$/;

function proseStrings(value: unknown): string[] {
  if (typeof value === 'string') return IDENTIFIER.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(proseStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(proseStrings);
  return [];
}

export interface CorpusText {
  readonly source: string;
  readonly text: string;
}

export function seedTexts(): CorpusText[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ source: `seeds/${name}`, text: readFileSync(join(SEEDS, name), 'utf8') }));
}

export function templateTexts(): CorpusText[] {
  return readdirSync(TEMPLATES)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) =>
      proseStrings(JSON.parse(readFileSync(join(TEMPLATES, name), 'utf8'))).map((text) => ({ source: `templates/${name}`, text })),
    );
}

/** The distinct lowercase Vietnamese syllables of the corpus (letters only, two or more). */
export function corpusSyllables(isSyllable: (word: string) => boolean): string[] {
  const words = new Set<string>();
  for (const { text } of [...seedTexts(), ...templateTexts()]) {
    for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
      const lower = word.toLowerCase();
      if (Array.from(lower).length >= 2 && isSyllable(lower)) words.add(lower);
    }
  }
  return [...words].sort();
}
