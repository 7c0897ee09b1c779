/**
 * What every DOCX rule sees: the document as the importer reads it, its paragraphs numbered in
 * reading order (each says whether a line is drawn under it), the recognised parts, and the profile.
 */
import type { FormatProfile } from '../../format';
import type { DocxDocument, DocxParagraph, DocxTable } from '../../import/docx';
import type { DocxLocation } from '../finding';
import type { Rule } from '../rule';
import type { DocumentParts } from './recognise';

export interface NumberedParagraph {
  readonly p: DocxParagraph;
  /** 1-based, in reading order through the body and its tables. */
  readonly n: number;
  /** The table that holds it, if any. */
  readonly table: DocxTable | null;
  readonly column: number;
}

export interface DocxContext {
  readonly doc: DocxDocument;
  readonly profile: FormatProfile;
  readonly paragraphs: readonly NumberedParagraph[];
  readonly parts: DocumentParts;
  /** Today, for a date that has not come; undefined when the caller gives no clock. */
  readonly today: Date | undefined;
}

export type DocxRule = Rule<DocxContext, DocxLocation>;

export function flattenParagraphs(doc: DocxDocument): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  const push = (p: DocxParagraph, table: DocxTable | null, column: number): void => {
    out.push({ p, n: out.length + 1, table, column });
  };
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') push(block, null, 0);
    else
      for (const row of block.rows)
        row.cells.forEach((cell, c) => {
          for (const p of cell.paragraphs) push(p, block, c);
        });
  }
  return out;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export function at(paragraph: NumberedParagraph): DocxLocation {
  const section = paragraph.p.section + 1;
  const text = snippet(paragraph.p.text);
  return {
    kind: 'docx',
    section,
    paragraph: paragraph.n,
    label: `Phần ${section}, đoạn ${paragraph.n}${text === '' ? '' : ` ("${text}")`}`,
  };
}

export function atSection(index: number, what = ''): DocxLocation {
  return {
    kind: 'docx',
    section: index + 1,
    label: `Phần ${index + 1}${index === 0 ? ' (thân văn bản)' : ''}${what === '' ? '' : `, ${what}`}`,
  };
}

/** Sizes of the runs that show text; the paragraph's own size when it has none. */
export function textSizes(p: DocxParagraph): number[] {
  return [...new Set(p.runs.filter((r) => r.text.trim() !== '').flatMap((r) => (r.sizePt === null ? [] : [r.sizePt])))];
}

/** True when every text run is bold (or italic, underlined). */
export function allRuns(p: DocxParagraph, key: 'bold' | 'italic' | 'underline'): boolean {
  const runs = p.runs.filter((r) => r.text.trim() !== '');
  return runs.length > 0 && runs.every((r) => r[key]);
}
