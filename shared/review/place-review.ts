/**
 * A returned file's review marks placed on the plan that was sent out. The plan is laid out as
 * for export, and the file's paragraphs (their text as sent out: kept and deleted runs) are
 * matched to the layout's in reading order, by identical wording first and then the closest: for
 * our own DOCX every paragraph finds itself (the plan is its embedded model, so the places are its
 * ids); another file lands by position and wording. Each change then has its place in the plan
 * (a paragraph, a section title, a cell, a row) and the offsets it edits there.
 */
import { align, type AlignUnit } from '../compare/align';
import { diffWords, type WordOp } from '../compare/word-diff';
import {
  cellOf,
  createCrossRefResolver,
  inlineText,
  inSentence,
  PlaceNamer,
  type Appendix,
  type CommentAnchor,
  type PlanDocument,
} from '../model';
import { buildLayout, type LayoutBlock, type LayoutCell } from '../render/layout';
import type { ReviewComment, ReviewDocument, ReviewParagraph, Segment } from './read-review';

export type ReviewTarget =
  | { readonly part: 'block'; readonly blockId: string }
  | { readonly part: 'section'; readonly sectionId: string }
  | { readonly part: 'cell'; readonly appendixId: string; readonly rowId: string; readonly columnId: string }
  | { readonly part: 'row'; readonly appendixId: string; readonly rowId: string }
  /** The header, title, signature or nơi nhận: shown, never applied (they are properties). */
  | { readonly part: 'other' };

export type ReviewChangeKind = 'insert' | 'delete' | 'replace' | 'insert-paragraph' | 'delete-paragraph' | 'insert-row' | 'delete-row';

export interface ReviewChange {
  readonly id: string;
  readonly kind: ReviewChangeKind;
  readonly target: ReviewTarget;
  readonly place: string;
  /** For a text change: the offsets it replaces in the target's text (cross-references count one). */
  readonly start: number;
  readonly end: number;
  /** The text deleted and the text inserted (a new paragraph's or row's text). */
  readonly before: string;
  readonly after: string;
  /** The paragraph before and after the change, word by word, for showing it. */
  readonly words: readonly WordOp[];
  /** For a new row: its cells' text by column id. */
  readonly cells?: Readonly<Record<string, string>> | undefined;
  readonly author: string;
  readonly date: string;
}

export interface PlacedComment {
  readonly id: string;
  readonly target: ReviewTarget;
  readonly place: string;
  /** The words it is anchored on, and where they start in the target's text. */
  readonly quote: string;
  readonly start: number;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  readonly resolved: boolean;
  readonly replies: readonly { readonly author: string; readonly date: string; readonly text: string }[];
}

export interface PlacedReview {
  readonly changes: readonly ReviewChange[];
  readonly comments: readonly PlacedComment[];
}

/** One paragraph of the plan as exported: what it is part of, and where its model text starts. */
interface Anchor {
  readonly text: string;
  readonly target: ReviewTarget;
  /** Characters printed before the model's text (a number "1.2. ", a "- "). */
  readonly prefix: number;
  /** Characters of the model's text before this paragraph (a cell's later lines). */
  readonly offset: number;
}

function paragraphsOf(block: LayoutBlock, target: (cell: number) => ReviewTarget, out: Anchor[]): void {
  if (block.kind === 'paragraph') out.push({ text: block.runs.map((r) => r.text).join(''), target: target(0), prefix: 0, offset: 0 });
  else if (block.kind === 'table')
    for (const row of block.rows) for (const cell of row.cells) for (const b of cell.blocks) paragraphsOf(b, target, out);
}

function cellAnchors(cell: LayoutCell, target: ReviewTarget, mainPrefix: number, out: Anchor[]): void {
  let offset = 0;
  cell.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const text = b.runs.map((r) => r.text).join('');
    const prefix = i === 0 ? mainPrefix : 0;
    out.push({ text, target, prefix, offset });
    offset += text.length - prefix + 1;
  });
}

/** The plan's paragraphs in the order the exported DOCX has them, each with its place. */
function anchors(plan: PlanDocument): Anchor[] {
  const layout = buildLayout(plan);
  const resolve = createCrossRefResolver(plan);
  const blocks = new Map([...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].map((b) => [b.id, b]));
  const out: Anchor[] = [];
  const other: ReviewTarget = { part: 'other' };
  layout.sections.forEach((section, s) => {
    const appendix = s === 0 ? undefined : plan.appendices[s - 1];
    for (const block of section.blocks) {
      if (block.kind === 'paragraph' && block.key !== undefined) {
        const text = block.runs.map((r) => r.text).join('');
        const id = block.key.slice(2);
        const model = block.key.startsWith('b:')
          ? inlineText(blocks.get(id)?.children ?? [], resolve)
          : (plan.sections.find((x) => x.id === id)?.title ?? '').toLocaleUpperCase('vi');
        const target: ReviewTarget = block.key.startsWith('b:') ? { part: 'block', blockId: id } : { part: 'section', sectionId: id };
        // An empty item prints only its label ("a) "): all of it is label, and "".indexOf would say none.
        out.push({ text, target, prefix: model === '' ? text.length : Math.max(0, text.indexOf(model)), offset: 0 });
      } else if (block.kind === 'table' && block.role === 'appendix' && appendix !== undefined) {
        for (const row of block.rows) {
          const rowId = row.key?.slice(row.key.indexOf('/') + 1);
          let column = 0;
          for (const cell of row.cells) {
            const columnId = appendix.columns[column]?.id ?? '';
            column += cell.colSpan ?? 1;
            if (rowId === undefined || cell.vMerge === 'continue') {
              cellAnchors(cell, other, 0, out);
              continue;
            }
            const first = cell.blocks[0];
            const firstText = first?.kind === 'paragraph' ? first.runs.map((r) => r.text).join('') : '';
            const found = appendix.rows.find((r) => r.id === rowId);
            const value = found === undefined ? undefined : cellOf(found, columnId);
            const modelFirst =
              (typeof value === 'string'
                ? value
                : Array.isArray(value)
                  ? value.join(', ')
                  : (value?.runs.map((r) => r.text).join('') ?? '')
              ).split('\n')[0] ?? '';
            cellAnchors(cell, { part: 'cell', appendixId: appendix.id, rowId, columnId }, Math.max(0, firstText.indexOf(modelFirst)), out);
          }
        }
      } else paragraphsOf(block, () => other, out);
    }
  });
  return out;
}

function sentText(p: ReviewParagraph): string {
  return p.segments
    .filter((s) => s.kind !== 'ins')
    .map((s) => s.text)
    .join('');
}

function acceptedText(p: ReviewParagraph): string {
  return p.segments
    .filter((s) => s.kind !== 'del')
    .map((s) => s.text)
    .join('');
}

/** A change's or comment's place as the plan's comments anchor it. */
export function anchorOfTarget(target: ReviewTarget, quote: string, start: number): CommentAnchor {
  switch (target.part) {
    case 'block':
      return { part: 'block', blockId: target.blockId, start, end: start + quote.length };
    case 'section':
      return { part: 'section', sectionId: target.sectionId };
    case 'cell':
      return { part: 'cell', appendixId: target.appendixId, rowId: target.rowId, columnId: target.columnId };
    case 'row':
      return { part: 'row', appendixId: target.appendixId, rowId: target.rowId };
    case 'other':
      return { part: 'document' };
  }
}

function placeName(namer: PlaceNamer, target: ReviewTarget): string {
  return namer.anchor(anchorOfTarget(target, '', 0));
}

/** Runs of changed segments in a paragraph, each one change (a deletion and insertion together are a replacement). */
function textChanges(p: ReviewParagraph, anchor: Anchor, namer: PlaceNamer, next: () => string): ReviewChange[] {
  const out: ReviewChange[] = [];
  const words = diffWords(sentText(p), acceptedText(p));
  let sent = 0;
  let run: { start: number; before: string; after: string; who: Segment } | null = null;
  const flush = (): void => {
    if (run === null) return;
    const start = Math.max(0, run.start - anchor.prefix) + anchor.offset;
    const kind = run.before === '' ? 'insert' : run.after === '' ? 'delete' : 'replace';
    out.push({
      id: next(),
      kind,
      target: anchor.target,
      place: placeName(namer, anchor.target),
      start,
      end: start + run.before.length,
      before: run.before,
      after: run.after,
      words,
      author: run.who.author,
      date: run.who.date,
    });
    run = null;
  };
  for (const segment of p.segments) {
    if (segment.kind === 'same') {
      flush();
      sent += segment.text.length;
      continue;
    }
    run ??= { start: sent, before: '', after: '', who: segment };
    if (segment.kind === 'del') {
      run.before += segment.text;
      sent += segment.text.length;
    } else run.after += segment.text;
  }
  flush();
  return out;
}

/**
 * The paragraphs as units to align. Empty ones (a cell left blank, a paragraph left to fill) all
 * read alike, and one more or fewer on either side would shift every match after it: each is
 * matched by the words before it instead, and only with another empty one.
 */
function alignUnits(texts: readonly string[]): AlignUnit[] {
  let last = '';
  let run = 0;
  return texts.map((text, i) => {
    if (text.trim() !== '') {
      last = text;
      run = 0;
      return { kind: 'p', id: String(i), text };
    }
    run += 1;
    return { kind: 'empty', id: String(i), text: `${String(run)} ${last}` };
  });
}

/** A table row's cells in a returned file (the STT column left out), by the plan's column id. */
function rowCells(
  review: ReviewDocument,
  p: ReviewParagraph,
  appendix: Appendix | undefined,
  text: (q: ReviewParagraph) => string,
): Record<string, string> {
  // Keyed by the plan's column ids, which may be "constructor" or "toString": a Map, not an object.
  const texts = new Map<string, string>();
  for (const q of review.paragraphs) {
    if (q.cell?.table !== p.cell?.table || q.cell?.row !== p.cell?.row) continue;
    const column = appendix?.columns[q.cell?.cell ?? -1];
    const words = text(q);
    // A cell left empty is no value, as in a row the clerk adds.
    if (column !== undefined && column.type !== 'stt' && words !== '')
      texts.set(column.id, [texts.get(column.id), words].filter((t) => t !== undefined).join('\n'));
  }
  return Object.fromEntries(texts);
}

const rowSummary = (cells: Record<string, string>): string =>
  Object.values(cells)
    .filter((t) => t !== '')
    .join(' · ');

export function placeReview(plan: PlanDocument, review: ReviewDocument): PlacedReview {
  const namer = new PlaceNamer(plan);
  const planAnchors = anchors(plan);
  let serial = 0;
  const next = (): string => `c${String(++serial)}`;
  // New paragraphs and rows are not in the plan: they are placed after the paragraph before them.
  const sentParagraphs = review.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.mark !== 'ins' && p.cell?.rowMark !== 'ins');
  const alignment = align(alignUnits(planAnchors.map((a) => a.text)), alignUnits(sentParagraphs.map(({ p }) => sentText(p))), false);
  const anchorOf = new Map<number, Anchor>();
  sentParagraphs.forEach(({ i }, j) => {
    const anchor = planAnchors[alignment.oldOf[j] ?? -1];
    if (anchor !== undefined) anchorOf.set(i, anchor);
  });

  const changes: ReviewChange[] = [];
  const seenRows = new Set<string>();
  let previous: Anchor | undefined;
  review.paragraphs.forEach((p, i) => {
    const anchor = anchorOf.get(i);
    const who = p.segments.find((s) => s.kind !== 'same') ?? { author: '', date: '' };
    if (anchor === undefined) {
      const text = acceptedText(p);
      const after = previous?.target;
      if (p.cell?.rowMark === 'ins' && after?.part === 'cell') {
        const key = `ins:${String(p.cell.table)}:${String(p.cell.row)}`;
        if (!seenRows.has(key)) {
          seenRows.add(key);
          const byColumn = rowCells(
            review,
            p,
            plan.appendices.find((a) => a.id === after.appendixId),
            acceptedText,
          );
          const target: ReviewTarget = { part: 'row', appendixId: after.appendixId, rowId: after.rowId };
          changes.push({
            id: next(),
            kind: 'insert-row',
            target,
            place: `Sau ${inSentence(placeName(namer, target))}`,
            start: 0,
            end: 0,
            before: '',
            after: rowSummary(byColumn),
            words: [{ op: 'insert', text: rowSummary(byColumn) }],
            cells: byColumn,
            author: who.author,
            date: who.date,
          });
        }
      } else if (p.mark === 'ins' && text.trim() !== '' && after !== undefined && after.part === 'block') {
        changes.push({
          id: next(),
          kind: 'insert-paragraph',
          target: after,
          place: `Sau ${placeName(namer, after)}`,
          start: 0,
          end: 0,
          before: '',
          after: text,
          words: [{ op: 'insert', text }],
          author: who.author,
          date: who.date,
        });
      }
      return;
    }
    previous = anchor;
    const wholeRow = p.cell?.rowMark === 'del' && anchor.target.part === 'cell';
    if (wholeRow) {
      const key = `del:${anchor.target.rowId}`;
      if (!seenRows.has(key)) {
        seenRows.add(key);
        const target: ReviewTarget = { part: 'row', appendixId: anchor.target.appendixId, rowId: anchor.target.rowId };
        const before = rowSummary(
          rowCells(
            review,
            p,
            plan.appendices.find((a) => a.id === target.appendixId),
            sentText,
          ),
        );
        changes.push({
          id: next(),
          kind: 'delete-row',
          target,
          place: placeName(namer, target),
          start: 0,
          end: 0,
          before,
          after: '',
          words: [{ op: 'delete', text: before }],
          author: who.author,
          date: who.date,
        });
      }
      return;
    }
    if (p.mark === 'del' && anchor.target.part === 'block' && p.segments.every((s) => s.kind !== 'same')) {
      changes.push({
        id: next(),
        kind: 'delete-paragraph',
        target: anchor.target,
        place: placeName(namer, anchor.target),
        start: 0,
        end: 0,
        before: sentText(p),
        after: '',
        words: [{ op: 'delete', text: sentText(p) }],
        author: who.author,
        date: who.date,
      });
      return;
    }
    changes.push(...textChanges(p, anchor, namer, next));
  });

  const comments = placeComments(review, anchorOf, namer);
  return { changes, comments };
}

function placeComments(review: ReviewDocument, anchorOf: ReadonlyMap<number, Anchor>, namer: PlaceNamer): PlacedComment[] {
  const where = new Map<string, { target: ReviewTarget; quote: string; start: number }>();
  review.paragraphs.forEach((p, i) => {
    const anchor = anchorOf.get(i);
    const target = anchor?.target ?? { part: 'other' as const };
    const text = sentText(p);
    for (const range of p.comments) {
      const start = Math.max(0, range.start - (anchor?.prefix ?? 0)) + (anchor?.offset ?? 0);
      where.set(range.id, { target, quote: text.slice(range.start, range.end), start });
    }
  });
  const replies = (parent: ReviewComment) =>
    review.comments.filter((c) => c.parentId === parent.id).map((c) => ({ author: c.author, date: c.date, text: c.text }));
  return review.comments
    .filter((c) => c.parentId === null)
    .map((c) => {
      // A comment anchored nowhere (its range missing) is kept, placed on the document as a whole.
      const place = where.get(c.id) ?? { target: { part: 'other' as const }, quote: '', start: 0 };
      return {
        id: c.id,
        target: place.target,
        place: placeName(namer, place.target),
        quote: place.quote,
        start: place.start,
        author: c.author,
        date: c.date,
        text: c.text,
        resolved: c.resolved,
        replies: replies(c),
      };
    });
}
