/**
 * Reads clipboard HTML (from Word, LibreOffice, a browser) into pasted lines: one line per
 * paragraph, list item, heading or table cell, with bold, italic and underline runs, and Word's list
 * numbers (the `mso-list:Ignore` span) and levels (`mso-list: l0 level2 lfo1`) kept apart from
 * the text so they can be read as item kinds.
 */
import { withoutHtmlSpans } from '../../shared/paste/html-spans';
import type { PastedLine, PastedRun } from '../../shared/paste/pasted-blocks';

type Marks = Pick<PastedRun, 'bold' | 'italic' | 'underline'>;

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'BODY',
]);
const SKIPPED_TAGS = new Set(['STYLE', 'SCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'XML', 'TEMPLATE']);

/** Where a pasted element's `style` attribute is kept (see `inert`). */
const STYLE_ATTRIBUTE = 'data-pasted-style';

function styleOf(element: Element): string {
  return (element.getAttribute(STYLE_ATTRIBUTE) ?? '').toLowerCase();
}

/**
 * The page's CSP forbids inline styles, and a parsed document inherits it: Word's <style> blocks
 * and style attributes would each log a violation. Only their text is read, so style elements are
 * dropped and style attributes renamed before parsing.
 */
function inert(html: string): string {
  return withoutHtmlSpans(html, /<style\b/i, /<\/style\s*>/i).replace(/(<[a-z][^<>]*?\s)style\s*=/giu, `$1${STYLE_ATTRIBUTE}=`);
}

function marksOf(element: Element, outer: Marks): Marks {
  const tag = element.tagName;
  const style = styleOf(element);
  let { bold, italic, underline } = outer;
  if (tag === 'B' || tag === 'STRONG' || /^H[1-6]$/.test(tag)) bold = true;
  if (tag === 'I' || tag === 'EM') italic = true;
  if (tag === 'U') underline = true;
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight !== undefined) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(style)?.[1];
  if (fontStyle !== undefined) italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = /text-decoration(?:-line)?\s*:\s*([a-z ]+)/.exec(style)?.[1];
  if (decoration !== undefined) underline = decoration.includes('underline');
  return { ...(bold === true ? { bold } : {}), ...(italic === true ? { italic } : {}), ...(underline === true ? { underline } : {}) };
}

/** HTML whitespace: source line breaks and runs of spaces read as one space; nbsp as a space. */
const collapse = (text: string): string => text.replace(/[ \t\r\n\f]+/g, ' ').replace(/\u00a0/g, ' ');

interface Draft {
  runs: PastedRun[];
  listLabel?: string;
  listLevel?: number;
}

class LineReader {
  readonly lines: PastedLine[] = [];
  private draft: Draft = { runs: [] };
  private readonly listDepth: ('OL' | 'UL')[] = [];

  flush(): void {
    const { runs, listLabel, listLevel } = this.draft;
    if (runs.some((r) => r.text.trim() !== '')) {
      this.lines.push({ runs, ...(listLabel === undefined ? {} : { listLabel }), ...(listLevel === undefined ? {} : { listLevel }) });
    }
    this.draft = { runs: [] };
  }

  read(node: Node, marks: Marks): void {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = collapse(node.textContent ?? '');
      if (text !== '') this.draft.runs.push({ text, ...marks });
      return;
    }
    if (!(node instanceof Element) || SKIPPED_TAGS.has(node.tagName)) return;
    const style = styleOf(node);
    if (/mso-list\s*:\s*ignore/.test(style)) {
      this.draft.listLabel = collapse(node.textContent).trim();
      return;
    }
    if (node.tagName === 'BR') {
      this.flush();
      return;
    }
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) this.flush();
    if (node.tagName === 'OL' || node.tagName === 'UL') this.listDepth.push(node.tagName);
    if (block) this.startBlock(node, style);
    const inner = marksOf(node, marks);
    for (const child of Array.from(node.childNodes)) this.read(child, inner);
    if (node.tagName === 'OL' || node.tagName === 'UL') this.listDepth.pop();
    if (block) this.flush();
  }

  private startBlock(element: Element, style: string): void {
    const wordLevel = /mso-list\s*:\s*l\d+\s+level(\d)/.exec(style)?.[1];
    if (wordLevel !== undefined) this.draft.listLevel = Number(wordLevel);
    if (element.tagName !== 'LI') return;
    // A browser's own list: its numbers are not in the text, so they are made up from the nesting.
    const depth = this.listDepth.length;
    const kind = this.listDepth[depth - 1];
    const letters = (element.parentElement?.getAttribute('type') ?? '').toLowerCase() === 'a';
    this.draft.listLevel = depth;
    this.draft.listLabel =
      kind === 'UL' ? (depth > 1 ? '+' : '-') : letters ? 'a)' : `${Array.from({ length: depth }, () => '1').join('.')}.`;
  }
}

export function linesFromHtml(html: string): PastedLine[] {
  const doc = new DOMParser().parseFromString(inert(html), 'text/html');
  const reader = new LineReader();
  reader.read(doc.body, {});
  reader.flush();
  return reader.lines;
}
