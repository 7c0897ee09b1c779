/**
 * A reviewer's edits made to a DOCX the way Word writes them, by script (python-docx is not
 * available): a tracked replacement (w:del of the old words, w:ins of the new ones, in the run's
 * own formatting), a tracked new paragraph, a comment with its range, reference and comments part.
 * The result is what a department sends back after "Track Changes" and "New Comment".
 */
import JSZip from 'jszip';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
let revisionId = 900;

function mark(author: string, date: string): string {
  revisionId += 1;
  return `w:id="${revisionId}" w:author="${author}" w:date="${date}"`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The w:r that holds `text` inside one w:t, with its start and end offsets in the XML. */
function runHolding(xml: string, text: string): { start: number; end: number; rPr: string; before: string; after: string } {
  const at = xml.indexOf(escape(text));
  if (at === -1) throw new Error(`No run holds "${text}"`);
  const start = xml.lastIndexOf('<w:r>', at);
  const end = xml.indexOf('</w:r>', at) + '</w:r>'.length;
  const run = xml.slice(start, end);
  const rPr = /<w:rPr>.*?<\/w:rPr>/su.exec(run)?.[0] ?? '';
  const t = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/u.exec(run)?.[1] ?? '';
  const inner = t.indexOf(escape(text));
  return { start, end, rPr, before: t.slice(0, inner), after: t.slice(inner + escape(text).length) };
}

function textRun(rPr: string, text: string, tag = 'w:t'): string {
  return text === '' ? '' : `<w:r>${rPr}<${tag} xml:space="preserve">${text}</${tag}></w:r>`;
}

export interface ReviewEdits {
  readonly author: string;
  readonly date: string;
}

/** Replaces `oldText` by `newText` as a tracked deletion and insertion. */
export function trackReplace(xml: string, oldText: string, newText: string, who: ReviewEdits): string {
  const { start, end, rPr, before, after } = runHolding(xml, oldText);
  const replaced =
    textRun(rPr, before) +
    (oldText === '' ? '' : `<w:del ${mark(who.author, who.date)}>${textRun(rPr, escape(oldText), 'w:delText')}</w:del>`) +
    (newText === '' ? '' : `<w:ins ${mark(who.author, who.date)}>${textRun(rPr, escape(newText))}</w:ins>`) +
    textRun(rPr, after);
  return xml.slice(0, start) + replaced + xml.slice(end);
}

/** A new paragraph after the one holding `afterText`, inserted with its paragraph mark tracked. */
export function trackNewParagraph(xml: string, afterText: string, text: string, who: ReviewEdits): string {
  const at = xml.indexOf(escape(afterText));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  const paragraph = `<w:p><w:pPr><w:rPr><w:ins ${mark(who.author, who.date)}/></w:rPr></w:pPr><w:ins ${mark(who.author, who.date)}>${textRun('', escape(text))}</w:ins></w:p>`;
  return xml.slice(0, end) + paragraph + xml.slice(end);
}

/** Deletes the whole paragraph holding `text` (its runs and its mark), as Word tracks it. */
export function trackDeleteParagraph(xml: string, text: string, who: ReviewEdits): string {
  const at = xml.indexOf(escape(text));
  const start =
    xml.lastIndexOf('<w:p>', at) === -1
      ? xml.lastIndexOf('<w:p ', at)
      : Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  const paragraph = xml.slice(start, end);
  const withMark = paragraph.includes('<w:pPr>')
    ? paragraph.replace('</w:pPr>', `<w:rPr><w:del ${mark(who.author, who.date)}/></w:rPr></w:pPr>`)
    : paragraph.replace(/^<w:p( [^>]*)?>/u, (open) => `${open}<w:pPr><w:rPr><w:del ${mark(who.author, who.date)}/></w:rPr></w:pPr>`);
  const deleted = withMark.replace(/<w:r>(.*?)<\/w:r>/gsu, (run: string, inner: string) =>
    inner.includes('<w:t')
      ? `<w:del ${mark(who.author, who.date)}><w:r>${inner.replace(/<w:t( [^>]*)?>/gu, '<w:delText$1>').replace(/<\/w:t>/gu, '</w:delText>')}</w:r></w:del>`
      : run,
  );
  return xml.slice(0, start) + deleted + xml.slice(end);
}

export interface AddedComment extends ReviewEdits {
  readonly id: number;
  /** The words the comment is anchored on (inside one run). */
  readonly anchor: string;
  readonly text: string;
  /** A reply to another comment of this list (commentsExtended), by its id. */
  readonly replyTo?: number;
}

/** Comments anchored on words of the document, with the comments part and its relationship. */
export async function addComments(zip: JSZip, xml: string, comments: readonly AddedComment[]): Promise<string> {
  let out = xml;
  for (const c of comments) {
    if (c.replyTo !== undefined) continue;
    const { start, end, rPr, before, after } = runHolding(out, c.anchor);
    const replies = comments.filter((r) => r.replyTo === c.id);
    const starts = [c, ...replies].map((r) => `<w:commentRangeStart w:id="${r.id}"/>`).join('');
    const ends = [c, ...replies].map((r) => `<w:commentRangeEnd w:id="${r.id}"/><w:r><w:commentReference w:id="${r.id}"/></w:r>`).join('');
    out =
      out.slice(0, start) + textRun(rPr, before) + starts + textRun(rPr, escape(c.anchor)) + ends + textRun(rPr, after) + out.slice(end);
  }
  const body = comments
    .map(
      (c) =>
        `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="${c.date}" w:initials="${c.author.slice(0, 2)}"><w:p w14:paraId="${(0x10000000 + c.id).toString(16).toUpperCase()}"><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${escape(c.text)}</w:t></w:r></w:p></w:comment>`,
    )
    .join('');
  zip.file(
    'word/comments.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${body}</w:comments>`,
  );
  const paraId = (id: number): string => (0x10000000 + id).toString(16).toUpperCase();
  zip.file(
    'word/commentsExtended.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">${comments
      .map(
        (c) =>
          `<w15:commentEx w15:paraId="${paraId(c.id)}"${c.replyTo === undefined ? '' : ` w15:paraIdParent="${paraId(c.replyTo)}"`} w15:done="0"/>`,
      )
      .join('')}</w15:commentsEx>`,
  );
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdReview1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdReview2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ),
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  );
  return out;
}

/** Applies `edit` to the DOCX's document.xml (and its other parts) and packs it again. */
export async function reviewDocx(bytes: Uint8Array, edit: (xml: string, zip: JSZip) => Promise<string> | string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  zip.file('word/document.xml', await edit(xml, zip));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The element `tag` (w:p, w:tr) around offset `at` of the XML, as [start, end). */
function around(xml: string, at: number, tag: string): { start: number; end: number } {
  const start = Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));
  const end = xml.indexOf(`</${tag}>`, at) + `</${tag}>`.length;
  return { start, end };
}

/** `row` with its properties marked as a tracked insertion or deletion of the whole row. */
function markRow(row: string, mark: string): string {
  return row.includes('<w:trPr>')
    ? row.replace('<w:trPr>', `<w:trPr>${mark}`)
    : row.replace(/^<w:tr( [^>]*)?>/u, (open) => `${open}<w:trPr>${mark}</w:trPr>`);
}

/**
 * A new table row after the one holding `afterText`, as Word tracks "Insert Rows Below" and typing:
 * a copy of that row with the row's properties and each run marked inserted, `afterText` replaced by
 * `text` and the other cells' words kept (an agency, a deadline).
 */
export function trackInsertRow(xml: string, afterText: string, text: string, who: ReviewEdits): string {
  const { start, end } = around(xml, xml.indexOf(escape(afterText)), 'w:tr');
  const row = markRow(xml.slice(start, end).replace(escape(afterText), escape(text)), `<w:ins ${mark(who.author, who.date)}/>`).replace(
    /<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gsu,
    (run) => `<w:ins ${mark(who.author, who.date)}>${run}</w:ins>`,
  );
  return xml.slice(0, end) + row + xml.slice(end);
}

/** Deletes the table row holding `text` as Word tracks "Delete Rows": the row's mark and its runs deleted. */
export function trackDeleteRow(xml: string, text: string, who: ReviewEdits): string {
  const { start, end } = around(xml, xml.indexOf(escape(text)), 'w:tr');
  const row = markRow(xml.slice(start, end), `<w:del ${mark(who.author, who.date)}/>`).replace(
    /<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gsu,
    (_run, inner: string) =>
      `<w:del ${mark(who.author, who.date)}><w:r>${inner.replace(/<w:t( [^>]*)?>/gu, '<w:delText$1>').replace(/<\/w:t>/gu, '</w:delText>')}</w:r></w:del>`,
  );
  return xml.slice(0, start) + row + xml.slice(end);
}

/** Words typed, tracked, into the empty paragraph that follows the one holding `beforeText`. */
export function trackFillEmptyParagraph(xml: string, beforeText: string, text: string, who: ReviewEdits): string {
  const { end } = around(xml, xml.indexOf(escape(beforeText)), 'w:p');
  const next = around(xml, xml.indexOf('</w:p>', end), 'w:p');
  // Empty, or an item printing only its label ("a)").
  const words = [...xml.slice(next.start, next.end).matchAll(/<w:t[ >][^<]*/gu)].map((m) => m[0].replace(/^<w:t[^>]*>/u, '')).join('');
  if (next.start !== end || !/^(?:\S{1,4}[.)])?\s*$/u.test(words)) throw new Error(`No empty paragraph after "${beforeText}"`);
  const close = next.end - '</w:p>'.length;
  return `${xml.slice(0, close)}<w:ins ${mark(who.author, who.date)}>${textRun('', escape(text))}</w:ins>${xml.slice(close)}`;
}
