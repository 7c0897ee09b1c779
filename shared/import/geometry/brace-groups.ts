/**
 * Brace groups of the nơi nhận: several recipients with one purpose written beside a brace ("}
 * (để báo cáo)"). The brace is a tall narrow mark: a vertical line or curve outside any table,
 * or a "}" taller than the text. The purpose beside it is taken out of the lines, and the group
 * is written as the DOCX reader writes it: a "{" line before the names and a "} (để báo cáo)"
 * line after them.
 */
import type { PlacedText, Ruling } from './page-geometry';
import { isHorizontal } from './page-geometry';
import { boxOf, makeLine, type Box, type TextLine } from './text-lines';

interface Mark {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  /** The "}" drawn as text, if that is what the mark is. */
  readonly glyph: PlacedText | null;
}

export interface BraceGroups {
  /** The page's text without the purposes (and without "}" glyphs used as marks). */
  readonly texts: PlacedText[];
  /** Lines to add: "{" above each group's names, "} purpose" below them (line number 0: they were not printed as such). */
  readonly lines: (page: number) => TextLine[];
}

function marksOf(rules: readonly Ruling[], texts: readonly PlacedText[], tables: readonly Box[], lineHeight: number): Mark[] {
  const marks: Mark[] = [];
  for (const r of rules) {
    if (isHorizontal(r)) continue;
    const top = Math.min(r.y1, r.y2);
    const bottom = Math.max(r.y1, r.y2);
    const x = (r.x1 + r.x2) / 2;
    const inTable = tables.some((t) => x >= t.left - 2 && x <= t.right + 2 && bottom >= t.top - 2 && top <= t.bottom + 2);
    if (!inTable && bottom - top >= lineHeight * 1.5) marks.push({ x, top, bottom, glyph: null });
  }
  for (const t of texts) {
    if (t.text.trim() === '}' && t.height >= lineHeight * 1.5)
      marks.push({ x: t.x + t.width / 2, top: t.y, bottom: t.y + t.height, glyph: t });
  }
  return marks;
}

function sortedText(items: readonly PlacedText[]): string {
  return [...items]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((t) => t.text.trim())
    .join(' ');
}

function synthetic(text: string, left: number, top: number, like: PlacedText): PlacedText {
  return { ...like, text, x: left, y: top, width: like.fontSize * 0.4 * text.length, bold: false, italic: false };
}

/** The brace groups of a page: purposes taken out of `texts`, group lines to add. */
export function braceGroups(rules: readonly Ruling[], texts: readonly PlacedText[], tables: readonly Box[]): BraceGroups {
  const sizes = texts.map((t) => t.height).sort((a, b) => a - b);
  const lineHeight = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const removed = new Set<PlacedText>();
  const added: { text: string; left: number; top: number; like: PlacedText }[] = [];
  for (const mark of marksOf(rules, texts, tables, lineHeight)) {
    const span = (t: PlacedText): boolean =>
      t !== mark.glyph && t.y + t.height / 2 >= mark.top - 2 && t.y + t.height / 2 <= mark.bottom + 2;
    const purpose = texts.filter((t) => span(t) && t.x >= mark.x - 1 && t.x <= mark.x + lineHeight * 2);
    const names = texts.filter((t) => span(t) && t.x + t.width <= mark.x + 2 && t.x >= mark.x - lineHeight * 30);
    const purposeText = sortedText(purpose);
    const first = names[0];
    if (first === undefined || !purposeText.startsWith('(')) continue;
    const box = boxOf(names);
    for (const t of purpose) removed.add(t);
    if (mark.glyph !== null) removed.add(mark.glyph);
    added.push({ text: '{', left: box.left, top: box.top - 0.02, like: first });
    added.push({ text: `} ${purposeText}`, left: box.left, top: box.bottom + 0.01, like: first });
  }
  // The names themselves are untouched: they are read as lines like any other.
  return {
    texts: texts.filter((t) => !removed.has(t)),
    lines: (page) => added.map((a) => makeLine(page, [synthetic(a.text, a.left, a.top, a.like)], 0)),
  };
}
