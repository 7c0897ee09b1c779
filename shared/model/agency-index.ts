/**
 * Indexes over the directory's name keys (tokens joined by spaces), so that a directory of every
 * province and commune (tens of thousands of names) answers as fast as one province's: the longest
 * name starting at a token of running text, and the names worth an edit distance to a name typed
 * or read with mistakes.
 */

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** The key of the name that ends here, if one does. */
  key: string | undefined;
}

export interface NameTrie {
  add(tokens: readonly string[], key: string): void;
  /** The longest name that the tokens from `start` begin with, and the position after it. */
  longestAt(tokens: readonly string[], start: number): { readonly key: string; readonly end: number } | undefined;
}

export function createNameTrie(): NameTrie {
  const root: TrieNode = { next: new Map(), key: undefined };
  return {
    add(tokens, key) {
      let node = root;
      for (const token of tokens) {
        let child = node.next.get(token);
        if (child === undefined) {
          child = { next: new Map(), key: undefined };
          node.next.set(token, child);
        }
        node = child;
      }
      node.key = key;
    },
    longestAt(tokens, start) {
      let node: TrieNode | undefined = root;
      let found: { key: string; end: number } | undefined;
      for (let i = start; i < tokens.length; i++) {
        node = node.next.get(tokens[i] ?? '');
        if (node === undefined) break;
        if (node.key !== undefined) found = { key: node.key, end: i + 1 };
      }
      return found;
    },
  };
}

/** Below this many names every one is compared; above, only those sharing the most words. */
const COMPARE_ALL = 2000;
/** How many names sharing words with the query are compared letter by letter. */
const NEAR_LIMIT = 400;
/** Words in more names than this (ủy, ban, nhân, dân, xã…) do not narrow the search. */
const COMMON_WORD = 3000;

/**
 * The keys worth comparing with a key: all of them in a small directory; in a large one, those
 * sharing the most words with it, counted over its less common words (a misread letter leaves the
 * other words of a name intact).
 */
export function createNearKeys(keys: Iterable<string>): (key: string) => readonly string[] {
  const all = [...keys];
  if (all.length <= COMPARE_ALL) return () => all;
  // Built at the first name not found: most uses of a directory never need it.
  let postings: Map<string, string[]> | undefined;
  const postingsOf = (): Map<string, string[]> => {
    if (postings !== undefined) return postings;
    postings = new Map();
    for (const key of all) {
      for (const token of new Set(key.split(' '))) {
        const list = postings.get(token);
        if (list === undefined) postings.set(token, [key]);
        else list.push(key);
      }
    }
    return postings;
  };
  return (key) => {
    const postings = postingsOf();
    const shared = new Map<string, number>();
    for (const list of listsOf(key, postings)) for (const candidate of list) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    // Those sharing the most words first, taken by count rather than sorted: the lists of common
    // words hold thousands of names.
    const byCount: string[][] = [];
    for (const [candidate, count] of shared) (byCount[count] ??= []).push(candidate);
    const near: string[] = [];
    for (let count = byCount.length - 1; count > 0 && near.length < NEAR_LIMIT; count--) {
      const names = byCount[count] ?? [];
      names.sort((a, b) => Math.abs(a.length - key.length) - Math.abs(b.length - key.length));
      near.push(...names.slice(0, NEAR_LIMIT - near.length));
    }
    return near;
  };
}

/** The posting lists of a key's words that narrow the search, or its narrowest one when none does. */
function listsOf(key: string, postings: ReadonlyMap<string, readonly string[]>): (readonly string[])[] {
  const lists = [...new Set(key.split(' '))].flatMap((t) => {
    const list = postings.get(t);
    return list === undefined ? [] : [list];
  });
  const rare = lists.filter((l) => l.length <= COMMON_WORD);
  if (rare.length > 0) return rare;
  const narrowest = lists.reduce<readonly string[] | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);
  return narrowest === undefined ? [] : [narrowest];
}
