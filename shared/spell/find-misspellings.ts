/**
 * The misspelled words of a text, fast enough to run on every change of a paragraph: verdicts are
 * cached per token (a document repeats its words) and results per paragraph text, the latter per
 * list of user words. What is not prose is skipped: web and e-mail addresses, and markup pasted
 * with text (<sup>, \geq).
 */
import { spellKey, spellKeySet } from './spell-key';
import { misspelledParts, type Span } from './token-verdict';

export interface Misspelling {
  /** UTF-16 offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

export interface SpellOptions {
  /** The user's dictionary: matched in NFC, ignoring case and where the tone mark sits. */
  readonly userWords?: readonly string[];
}

const TOKEN = /[\p{L}\p{M}\p{Nd}]+(?:[-./'’&_][\p{L}\p{M}\p{Nd}]+)*/gu;
/** A web or e-mail address somewhere in a stretch without spaces; the whole stretch is not prose. */
const ADDRESS = /(?:https?:\/\/|www\.)|[^\s@]@[^\s@]*\.[^\s@]/iu;
const MARKUP = /<\/?[a-z][a-z0-9]*\b[^<>]*>|\\[a-z]+/giu;
const TOP_LEVEL_DOMAINS = new Set(['vn', 'com', 'net', 'org', 'gov', 'edu', 'int', 'info', 'io']);

const MAX_TOKENS = 50_000;
const MAX_PARAGRAPHS = 5_000;

const tokenVerdicts = new Map<string, readonly Span[]>();

function cachedParts(token: string): readonly Span[] {
  let spans = tokenVerdicts.get(token);
  if (spans === undefined) {
    if (tokenVerdicts.size >= MAX_TOKENS) tokenVerdicts.clear();
    spans = misspelledParts(token);
    tokenVerdicts.set(token, spans);
  }
  return spans;
}

/** "ninhbinh.gov.vn" is an address even without "www.". */
function isDomain(token: string): boolean {
  const labels = token.split('.');
  return labels.length >= 2 && TOP_LEVEL_DOMAINS.has((labels.at(-1) ?? '').toLowerCase());
}

interface Checker {
  readonly userKeys: ReadonlySet<string>;
  readonly paragraphs: Map<string, readonly Misspelling[]>;
}

const NO_WORDS: readonly string[] = [];
const checkers = new WeakMap<readonly string[], Checker>();

/** One checker per user-word list, by identity: the list from preferences changes only on edits. */
function checkerFor(userWords: readonly string[]): Checker {
  let checker = checkers.get(userWords);
  if (checker === undefined) {
    checker = { userKeys: spellKeySet(userWords), paragraphs: new Map() };
    checkers.set(userWords, checker);
  }
  return checker;
}

/**
 * Addresses and markup, in order of start. Addresses are found per stretch without spaces: a
 * pattern such as /[^\s@]+@/ run over the paragraph retries from every letter of a long word.
 */
function notProse(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\S+/gu)) if (ADDRESS.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(MARKUP)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

function scan(text: string, userKeys: ReadonlySet<string>): Misspelling[] {
  const skipped = notProse(text);
  // Tokens come in order, so the skipped stretches are walked once, not searched for each token.
  let next = 0;
  const found: Misspelling[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const start = match.index;
    while (next < skipped.length && (skipped[next]?.end ?? 0) <= start) next += 1;
    const inSkipped = (skipped[next]?.start ?? Infinity) < start + token.length;
    const spans = cachedParts(token);
    if (spans.length === 0 || isDomain(token) || inSkipped) continue;
    if (userKeys.has(spellKey(token))) continue;
    for (const span of spans) {
      const word = token.slice(span.start, span.end);
      if (!userKeys.has(spellKey(word))) found.push({ start: start + span.start, end: start + span.end, word });
    }
  }
  return found;
}

export function findMisspellings(text: string, options: SpellOptions = {}): readonly Misspelling[] {
  const checker = checkerFor(options.userWords ?? NO_WORDS);
  let found = checker.paragraphs.get(text);
  if (found === undefined) {
    if (checker.paragraphs.size >= MAX_PARAGRAPHS) checker.paragraphs.clear();
    found = scan(text, checker.userKeys);
    checker.paragraphs.set(text, found);
  }
  return found;
}

/** Whether one word (as typed) would be flagged. */
export function isMisspelled(word: string, options: SpellOptions = {}): boolean {
  const found = findMisspellings(word, options);
  return found.length > 0;
}
