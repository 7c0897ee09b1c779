/**
 * The findings of a received DOCX written back into a copy of it as Word comments, each anchored on
 * the paragraph it is about, so a clerk can return the file to whoever drafted it. A finding on a
 * whole section is anchored on the section's first paragraph, one on the plan's fields (a file of
 * ours) on the first paragraph with the place named. Comments already in the file are kept; the
 * original bytes are never changed.
 */
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { bodyParagraphElements } from '../../import/docx/body';
import { DocxReadError } from '../../import/docx/docx-error';
import { openZip, readPart } from '../../import/docx/safe-zip';
import { attr, child, children, parseXml, W } from '../../import/docx/xml';
import type { Finding } from '../finding';

const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
const RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const PACKAGE_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

export interface AnnotateOptions {
  /** The comments' date (shared/ has no clock). */
  readonly now: Date;
  /** The comments' author, as Word shows it. */
  readonly author?: string;
}

/** What the comment says: the severity, the message with its provision, where when the anchor is approximate, and the fix the app would make. */
function commentText(finding: Finding, approximate: boolean): string {
  const where = approximate ? ` [${finding.location.label}]` : '';
  const fix = finding.fix === undefined ? '' : ` Đề nghị: ${finding.fix.label}.`;
  return `${finding.severity.toLocaleUpperCase('vi')}: ${finding.message}${where}${fix}`;
}

/** The document an element of a parsed part belongs to (parseXml always gives one). */
function documentOf(el: Element): Document {
  const doc = el.ownerDocument;
  if (doc === null) throw new DocxReadError('corrupt', 'Tệp DOCX bị hỏng: không đọc được cấu trúc XML.');
  return doc;
}

function wElement(owner: Element, name: string, attrs: Readonly<Record<string, string>> = {}): Element {
  const el = documentOf(owner).createElementNS(W, `w:${name}`);
  for (const [key, value] of Object.entries(attrs)) el.setAttributeNS(W, `w:${key}`, value);
  return el;
}

/** Marks the whole paragraph as the range of comment `id`, with the reference run at its end. */
function anchor(p: Element, id: string): void {
  const pPr = child(p, 'pPr');
  const start = wElement(p, 'commentRangeStart', { id });
  p.insertBefore(start, pPr === null ? p.firstChild : pPr.nextSibling);
  p.appendChild(wElement(p, 'commentRangeEnd', { id }));
  const run = wElement(p, 'r');
  run.appendChild(wElement(p, 'commentReference', { id }));
  p.appendChild(run);
}

function comment(root: Element, id: string, text: string, author: string, date: string): Element {
  const el = wElement(root, 'comment', { id, author, date, initials: 'KHS' });
  const p = wElement(root, 'p');
  const r = wElement(root, 'r');
  const t = wElement(root, 't');
  t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  t.appendChild(documentOf(root).createTextNode(text));
  r.appendChild(t);
  p.appendChild(r);
  el.appendChild(p);
  return el;
}

/** The package's relationship to the comments part and its content type, added when missing. */
async function registerComments(zip: Awaited<ReturnType<typeof openZip>>, serialize: (el: Element) => string): Promise<void> {
  const relsXml = (await readPart(zip, RELS)) ?? `<Relationships xmlns="${PACKAGE_RELS}"/>`;
  const rels = parseXml(relsXml, RELS);
  const relations = children(rels, 'Relationship', PACKAGE_RELS);
  if (!relations.some((r) => r.getAttribute('Type') === COMMENTS_TYPE)) {
    const ids = new Set(relations.map((r) => r.getAttribute('Id')));
    let n = relations.length + 1;
    while (ids.has(`rId${n}`)) n += 1;
    const rel = documentOf(rels).createElementNS(PACKAGE_RELS, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', COMMENTS_TYPE);
    rel.setAttribute('Target', 'comments.xml');
    rels.appendChild(rel);
    zip.file(RELS, serialize(rels));
  }
  const typesXml = await readPart(zip, CONTENT_TYPES);
  if (typesXml === null) throw new DocxReadError('corrupt', 'Tệp DOCX bị hỏng: thiếu phần [Content_Types].xml.');
  const types = parseXml(typesXml, CONTENT_TYPES);
  if (!children(types, 'Override', PACKAGE_TYPES).some((o) => o.getAttribute('PartName') === `/${COMMENTS}`)) {
    const override = documentOf(types).createElementNS(PACKAGE_TYPES, 'Override');
    override.setAttribute('PartName', `/${COMMENTS}`);
    override.setAttribute('ContentType', COMMENTS_CONTENT);
    types.appendChild(override);
    zip.file(CONTENT_TYPES, serialize(types));
  }
}

/**
 * A copy of the DOCX with each finding as a comment at its place. Throws the reader's DocxReadError
 * (Vietnamese message) for a file that is not a readable DOCX.
 */
export async function annotateDocx(bytes: Uint8Array, findings: readonly Finding[], options: AnnotateOptions): Promise<Uint8Array> {
  const zip = await openZip(bytes);
  const documentXml = await readPart(zip, DOCUMENT);
  if (documentXml === null) throw new DocxReadError('not-docx', 'Tệp không phải văn bản Word (thiếu phần word/document.xml).');
  const root = parseXml(documentXml, DOCUMENT);
  const body = child(root, 'body');
  if (body === null) throw new DocxReadError('corrupt', 'Tệp DOCX bị hỏng: không có phần thân văn bản.');
  // The view checkDocx reads by default: tracked changes accepted.
  const paragraphs = bodyParagraphElements(body, 'accept');
  const first = paragraphs[0]?.element;
  if (first === undefined) throw new DocxReadError('corrupt', 'Tệp DOCX không có đoạn văn nào để ghi nhận xét.');

  const commentsXml = await readPart(zip, COMMENTS);
  const comments = parseXml(commentsXml ?? `<w:comments xmlns:w="${W}"/>`, COMMENTS);
  // New ids follow every id already used, in the comments part or as a range in the body.
  const used = [...children(comments, 'comment'), ...Array.from(root.getElementsByTagNameNS(W, 'commentRangeStart'))].map((el) =>
    Number(attr(el, 'id') ?? 0),
  );
  let next = Math.max(-1, ...used.filter(Number.isFinite)) + 1;
  const author = options.author ?? 'Kế hoạch Studio';
  const date = options.now.toISOString().replace(/\.\d{3}Z$/u, 'Z');

  for (const finding of findings) {
    const { location } = finding;
    const numbered = location.kind === 'docx' && location.paragraph !== undefined ? paragraphs[location.paragraph - 1] : undefined;
    const sectionStart = location.kind === 'docx' ? paragraphs.find((p) => p.section === location.section - 1) : undefined;
    const target = numbered?.element ?? sectionStart?.element ?? first;
    const id = String(next++);
    anchor(target, id);
    comments.appendChild(comment(comments, id, commentText(finding, numbered === undefined), author, date));
  }

  const serializer = new XMLSerializer();
  const serialize = (el: Element): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serializer.serializeToString(el)}`;
  zip.file(DOCUMENT, serialize(root));
  zip.file(COMMENTS, serialize(comments));
  await registerComments(zip, serialize);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
