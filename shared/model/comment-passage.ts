/**
 * Where a comment's passage is now. A comment remembers its words and where they were; text edited
 * around it moves them, so the words are looked for again, the occurrence nearest the old place
 * winning. Words no longer there leave the comment on the whole paragraph (Word does the same when
 * the commented text is deleted: the comment stays, on what surrounds it).
 */
export interface Passage {
  readonly start: number;
  readonly end: number;
}

export function findPassage(text: string, quote: string, start: number, end: number): Passage {
  if (quote === '') {
    const s = Math.min(start, text.length);
    return end > s && end <= text.length ? { start: s, end } : { start: 0, end: text.length };
  }
  if (text.slice(start, start + quote.length) === quote) return { start, end: start + quote.length };
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best === -1 ? { start: 0, end: text.length } : { start: best, end: best + quote.length };
}
