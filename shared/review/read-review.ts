/**
 * A DOCX returned after review, read for its review marks: each paragraph of the body (in tables
 * too) as runs of kept, inserted and deleted text with who made each change; whole paragraphs and
 * table rows inserted or deleted; and the comments with their anchored range, replies and
 * resolved state (commentsExtended). Through the capped reader: the file is untrusted.
 */
import type { Element } from '@xmldom/xmldom';
import { openZip, readPart } from '../import/docx/safe-zip';
import { attr, child, children, isW, parseXml, W } from '../import/docx/xml';
import { DocxReadError } from '../import/docx/docx-error';

export type SegmentKind = 'same' | 'ins' | 'del';

export interface Segment {
  readonly kind: SegmentKind;
  readonly text: string;
  readonly author: string;
  readonly date: string;
}

export interface ReviewParagraph {
  readonly segments: readonly Segment[];
  /** The paragraph itself (its mark) was inserted or deleted. */
  readonly mark: SegmentKind;
  /** For a paragraph in a table: its table, row and cell (by position), and the row's own mark. */
  readonly cell?: { readonly table: number; readonly row: number; readonly cell: number; readonly rowMark: SegmentKind };
  /** Comment ranges over the text as sent out (kept and deleted segments), by comment id. */
  readonly comments: readonly { readonly id: string; readonly start: number; readonly end: number }[];
}

export interface ReviewComment {
  readonly id: string;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  /** The comment this one answers (Word's replies), or null. */
  readonly parentId: string | null;
  readonly resolved: boolean;
}

export interface ReviewDocument {
  readonly paragraphs: readonly ReviewParagraph[];
  readonly comments: readonly ReviewComment[];
}

interface Walk {
  segments: Segment[];
  /** Offset in the text as sent out. */
  sent: number;
  comments: Map<string, { start: number; end: number }>;
}

function push(walk: Walk, kind: SegmentKind, text: string, by: Element | null): void {
  if (text === '') return;
  const author = attr(by, 'author') ?? '';
  const date = attr(by, 'date') ?? '';
  const last = walk.segments[walk.segments.length - 1];
  if (last !== undefined && last.kind === kind && last.author === author && last.date === date) {
    walk.segments[walk.segments.length - 1] = { ...last, text: last.text + text };
  } else walk.segments.push({ kind, text, author, date });
  if (kind !== 'ins') walk.sent += text.length;
}

function runText(run: Element): string {
  let text = '';
  for (const el of children(run)) {
    if (isW(el, 't') || isW(el, 'delText')) text += el.textContent ?? '';
    else if (isW(el, 'tab')) text += '\t';
    else if (isW(el, 'br') || isW(el, 'cr')) text += '\n';
  }
  return text;
}

const WRAPPERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'sdt', 'sdtContent', 'bdo', 'dir']);

function walkRuns(el: Element, walk: Walk, kind: SegmentKind, by: Element | null): void {
  for (const node of children(el)) {
    const name = node.namespaceURI === W ? (node.localName ?? '') : '';
    if (name === 'r') {
      push(walk, kind, runText(node), by);
      // A comment made on a point (LibreOffice, or Word with nothing selected) has only its reference.
      const reference = child(node, 'commentReference');
      const id = attr(reference, 'id');
      if (id !== null && !walk.comments.has(id)) walk.comments.set(id, { start: walk.sent, end: walk.sent });
    } else if (name === 'ins' || name === 'moveTo') walkRuns(node, walk, 'ins', node);
    else if (name === 'del' || name === 'moveFrom') walkRuns(node, walk, 'del', node);
    else if (name === 'commentRangeStart') walk.comments.set(attr(node, 'id') ?? '', { start: walk.sent, end: walk.sent });
    else if (name === 'commentRangeEnd') {
      const range = walk.comments.get(attr(node, 'id') ?? '');
      if (range !== undefined) range.end = walk.sent;
    } else if (WRAPPERS.has(name)) walkRuns(node, walk, kind, by);
  }
}

function paragraphMark(p: Element): SegmentKind {
  const rPr = child(child(p, 'pPr'), 'rPr');
  if (child(rPr, 'ins') !== null) return 'ins';
  if (child(rPr, 'del') !== null) return 'del';
  return 'same';
}

function readParagraph(p: Element, cell?: ReviewParagraph['cell']): ReviewParagraph {
  const walk: Walk = { segments: [], sent: 0, comments: new Map() };
  walkRuns(p, walk, 'same', null);
  return {
    segments: walk.segments,
    mark: paragraphMark(p),
    ...(cell === undefined ? {} : { cell }),
    comments: [...walk.comments].map(([id, range]) => ({ id, ...range })),
  };
}

function rowMark(tr: Element): SegmentKind {
  const trPr = child(tr, 'trPr');
  if (child(trPr, 'ins') !== null) return 'ins';
  if (child(trPr, 'del') !== null) return 'del';
  return 'same';
}

function blockElements(container: Element): Element[] {
  return children(container).flatMap((el) =>
    isW(el, 'sdt') ? blockElements(child(el, 'sdtContent') ?? el) : isW(el, 'p') || isW(el, 'tbl') ? [el] : [],
  );
}

function readBody(body: Element): ReviewParagraph[] {
  const out: ReviewParagraph[] = [];
  let table = 0;
  for (const el of blockElements(body)) {
    if (isW(el, 'p')) {
      out.push(readParagraph(el));
      continue;
    }
    children(el, 'tr').forEach((tr, row) => {
      const mark = rowMark(tr);
      children(tr, 'tc').forEach((tc, cell) => {
        for (const p of blockElements(tc)) if (isW(p, 'p')) out.push(readParagraph(p, { table, row, cell, rowMark: mark }));
      });
    });
    table++;
  }
  return out;
}

function commentText(comment: Element): string {
  return children(comment, 'p')
    .map((p) => {
      const walk: Walk = { segments: [], sent: 0, comments: new Map() };
      walkRuns(p, walk, 'same', null);
      return walk.segments.map((s) => s.text).join('');
    })
    .join('\n')
    .trim();
}

const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

async function readComments(zip: Awaited<ReturnType<typeof openZip>>): Promise<ReviewComment[]> {
  const source = await readPart(zip, 'word/comments.xml');
  if (source === null) return [];
  const extended = await readPart(zip, 'word/commentsExtended.xml');
  // Replies and "resolved" live in commentsExtended, keyed by the w14:paraId of the comment's last paragraph.
  const threads = new Map<string, { parent: string | null; done: boolean }>();
  if (extended !== null) {
    for (const ex of children(parseXml(extended, 'word/commentsExtended.xml'), 'commentEx', W15)) {
      threads.set(attr(ex, 'paraId', W15) ?? '', { parent: attr(ex, 'paraIdParent', W15), done: attr(ex, 'done', W15) === '1' });
    }
  }
  const comments = children(parseXml(source, 'word/comments.xml'), 'comment');
  const paraIdOf = new Map<string, string>();
  for (const c of comments) {
    const last = children(c, 'p').at(-1);
    const paraId = last === undefined ? null : last.getAttributeNS(W14, 'paraId');
    if (paraId !== null && paraId !== '') paraIdOf.set(paraId, attr(c, 'id') ?? '');
  }
  return comments.map((c) => {
    const last = children(c, 'p').at(-1);
    const thread = threads.get(last?.getAttributeNS(W14, 'paraId') ?? '');
    const parent = thread?.parent ?? null;
    return {
      id: attr(c, 'id') ?? '',
      author: attr(c, 'author') ?? '',
      date: attr(c, 'date') ?? '',
      text: commentText(c),
      parentId: parent === null ? null : (paraIdOf.get(parent) ?? null),
      resolved: thread?.done ?? false,
    };
  });
}

export async function readReview(bytes: Uint8Array): Promise<ReviewDocument> {
  const zip = await openZip(bytes);
  const documentXml = await readPart(zip, 'word/document.xml');
  if (documentXml === null) throw new DocxReadError('not-docx', 'Tệp không phải văn bản Word (thiếu phần word/document.xml).');
  const body = child(parseXml(documentXml, 'word/document.xml'), 'body');
  if (body === null) throw new DocxReadError('corrupt', 'Tệp DOCX bị hỏng: không có phần thân văn bản.');
  return { paragraphs: readBody(body), comments: await readComments(zip) };
}
