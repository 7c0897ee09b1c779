/**
 * Markup that text extracted from Word or PDF carries: `**bold**`, `*italic*`, `<i>…</i>`,
 * `<b>…</b>`, `<sup>1</sup>` footnote marks and Markdown heading hashes. It becomes bold/italic
 * runs; footnote marks are dropped from the text.
 */
import type { TextLeaf } from '../../model';
import { cleanFragment, cleanLine } from './clean-text';

export interface MarkedLine {
  readonly text: string;
  readonly runs: TextLeaf[];
  /** The line starts with a footnote number mark: it is a footnote's text. */
  readonly footnote: boolean;
}

const TOKEN = /(\*\*|__(?=\S)|(?<=\S)__|\*(?=\S)|(?<=\S)\*|<\/?(?:i|em|b|strong|u)>|<sup>[^<]*<\/sup>)/gi;

export function parseInlineMarkup(raw: string): MarkedLine {
  let source = raw.replace(/^\s*#{1,6}\s+/, '');
  const footnote = /^\s*<sup>\s*\d+\s*<\/sup>/i.test(source);
  source = source.replace(/^\s*<sup>\s*\d+\s*<\/sup>\s*/i, '');
  // A lone "*" (the Party header's star) is text, not markup.
  if (/^\s*\*\s*$/.test(source)) return { text: '*', runs: [{ text: '*' }], footnote };
  let bold = false;
  let italic = false;
  const runs: TextLeaf[] = [];
  let last = 0;
  const push = (text: string): void => {
    if (text === '') return;
    const leaf: TextLeaf = { text };
    if (bold) leaf.bold = true;
    if (italic) leaf.italic = true;
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.bold === leaf.bold && previous.italic === leaf.italic) previous.text += text;
    else runs.push(leaf);
  };
  for (const match of source.matchAll(TOKEN)) {
    push(source.slice(last, match.index));
    last = match.index + match[0].length;
    const token = match[0].toLowerCase();
    if (token === '**' || token === '__' || token === '<b>' || token === '</b>' || token === '<strong>' || token === '</strong>')
      bold = token.startsWith('</') ? false : token.startsWith('<') ? true : !bold;
    else if (token === '*' || token === '<i>' || token === '</i>' || token === '<em>' || token === '</em>')
      italic = token.startsWith('</') ? false : token.startsWith('<') ? true : !italic;
  }
  push(source.slice(last));
  const cleaned = cleanRuns(runs);
  return { text: cleaned.map((r) => r.text).join(''), runs: cleaned, footnote };
}

/** Cleans run text like a line (single spaces, NFC) without losing the spaces between runs. */
function cleanRuns(runs: readonly TextLeaf[]): TextLeaf[] {
  const joined = runs.map((r) => r.text).join('');
  const target = cleanLine(joined);
  if (runs.length <= 1) return target === '' ? [] : [{ ...(runs[0] ?? {}), text: target }];
  const out: TextLeaf[] = [];
  for (const run of runs) {
    const text = cleanFragment(run.text).replace(/\s+/g, ' ');
    if (text !== '') out.push({ ...run, text });
  }
  const first = out[0];
  if (first !== undefined) first.text = first.text.trimStart();
  const final = out[out.length - 1];
  if (final !== undefined) final.text = final.text.trimEnd();
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const cur = out[i];
    if (prev !== undefined && cur !== undefined && prev.text.endsWith(' ') && cur.text.startsWith(' ')) cur.text = cur.text.slice(1);
  }
  return out.filter((r) => r.text !== '');
}
