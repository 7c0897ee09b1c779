/**
 * The body: sections (I., II. or the Party's I-, II-) holding items (1. / 1.1. / 1.1.1. / a)),
 * bullets (- / +) and paragraphs. A letter item sits one level below the last decimal item; a
 * document without Roman sections uses its capitalised "1." headings as sections.
 */
import { matchItem, matchLabel, type Block, type Inline, type ItemMatch, type TextLeaf } from '../../model';
import { isUppercase } from '../normalize/clean-text';
import type { ImportCounts } from '../report';
import type { SourceLine } from '../source';
import { matchSection } from './patterns';

export interface SectionDraft {
  readonly title: string;
  readonly dash: boolean;
  readonly blocks: Block[];
}

/** Drops the first `count` characters (the typed marker) from formatted runs. */
function dropPrefix(runs: readonly TextLeaf[], count: number): TextLeaf[] {
  let rest = count;
  const out: TextLeaf[] = [];
  for (const run of runs) {
    if (rest >= run.text.length) {
      rest -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(rest) });
    rest = 0;
  }
  const first = out[0];
  if (first !== undefined) first.text = first.text.trimStart();
  return out.filter((r) => r.text !== '');
}

/** The end mark "./." belongs to the rendering, not to the stored text. */
function dropEndMark(runs: TextLeaf[]): TextLeaf[] {
  const last = runs[runs.length - 1];
  const text = last?.text.trimEnd();
  if (last !== undefined && text?.endsWith('./.') === true) last.text = `${text.slice(0, -3).trimEnd()}.`;
  return runs;
}

function children(runs: readonly TextLeaf[], text: string): Inline[] {
  const cleaned = dropEndMark(runs.map((r) => ({ ...r })));
  return cleaned.length > 0 ? cleaned : [{ text }];
}

const SENTENCE_END = /[.;:!?…]$/;

export class BodyBuilder {
  readonly preamble: Block[] = [];
  readonly sections: SectionDraft[] = [];
  private decimalDepth = 0;

  constructor(
    private readonly counts: ImportCounts,
    /** With no Roman sections in the document, capitalised "1." headings are the sections. */
    private readonly arabicSections: boolean,
  ) {}

  private target(): { blocks: Block[]; prefix: string } {
    const index = this.sections.length;
    const section = this.sections[index - 1];
    return section === undefined ? { blocks: this.preamble, prefix: 'p' } : { blocks: section.blocks, prefix: `s${index}-b` };
  }

  /** A section heading, or null when the line is not one. */
  sectionOf(line: SourceLine): { title: string; dash: boolean } | null {
    const labelled =
      line.label !== '' && /^[IVXLC]+[.-]?$/.test(line.label.trim())
        ? matchSection(`${line.label.trim().replace(/[^.-]$/, '$&.')} ${line.text}`)
        : null;
    const section = labelled ?? (line.label === '' ? matchSection(line.text) : null);
    if (section !== null) return { title: section.title, dash: section.dash };
    if (this.arabicSections) {
      const item = line.label === '' ? matchItem(line.text) : matchLabel(line.label, line.text);
      if (item?.kind === 'decimal' && item.depth === 1 && isUppercase(item.text)) return { title: item.text, dash: false };
    }
    return null;
  }

  addSection(title: string, dash: boolean): void {
    this.sections.push({ title: title.replace(/[.:]$/, ''), dash, blocks: [] });
    this.decimalDepth = 0;
    this.counts.sections++;
  }

  addLine(line: SourceLine): void {
    const section = this.sectionOf(line);
    if (section !== null) {
      this.addSection(section.title, section.dash);
      return;
    }
    const match: ItemMatch | null = line.label === '' ? matchItem(line.text) : matchLabel(line.label, line.text);
    const { blocks, prefix } = this.target();
    const id = `${prefix}${blocks.length + 1}`;
    if (match === null) {
      blocks.push({ type: 'paragraph', id, children: children(line.runs, line.text) });
      this.counts.paragraphs++;
      return;
    }
    const runs = line.label === '' ? dropPrefix(line.runs, line.text.length - match.text.length) : [...line.runs];
    const content = children(runs, match.text);
    if (match.kind === 'bullet') {
      blocks.push({ type: 'bullet', id, level: match.level, children: content });
      this.counts.bullets++;
      return;
    }
    const level = match.kind === 'decimal' ? Math.min(match.depth, 4) : Math.min(this.decimalDepth + 1, 4);
    if (match.kind === 'decimal') this.decimalDepth = level;
    const heading = line.bold ?? (!SENTENCE_END.test(match.text) && match.text.length <= 160);
    blocks.push({ type: 'item', id, level, marker: match.kind === 'letter' ? 'letter' : 'decimal', heading, children: content });
    this.counts.items++;
  }
}
