/**
 * XML of an untrusted package: a DOCTYPE is refused outright (no entity is ever defined, so none
 * can be expanded or fetched), so is nesting deeper than Word ever writes, and elements are
 * matched by namespace and local name, not prefix.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { DocxReadError } from './docx-error';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * Word nests a few dozen levels (tables in tables, content controls, drawings). The readers recurse
 * once per level, and the XML parser itself slows down with the square of the depth when every
 * level declares a namespace, so a part nested 100,000 deep could run for minutes.
 */
export const MAX_XML_DEPTH = 256;

/**
 * Tags in one part: four times the document part of a 1 MB plan. A DOM costs about a kilobyte
 * per element, so a 14 kB package of empty paragraphs ("<w:p/>" a million times) would otherwise
 * take gigabytes.
 */
export const MAX_XML_TAGS = 400_000;

/**
 * Measures tags and depth before the parser sees the text, stopping at the first limit passed.
 * Comments, CDATA and processing instructions are skipped whole, quoted attribute values may hold
 * ">"; for well-formed XML the count is exact, and malformed XML is the parser's to refuse.
 */
function xmlShapeProblem(source: string): 'depth' | 'tags' | null {
  let depth = 0;
  let tags = 0;
  for (let i = source.indexOf('<'); i >= 0; i = source.indexOf('<', i + 1)) {
    if (++tags > MAX_XML_TAGS) return 'tags';
    const next = source[i + 1];
    if (next === '/') {
      depth--;
      continue;
    }
    if (next === '?' || next === '!') {
      const close = source.startsWith('<!--', i) ? '-->' : source.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const end = source.indexOf(close, i + 2);
      if (end < 0) return null;
      i = end;
      continue;
    }
    let quote = '';
    let j = i + 1;
    for (; j < source.length; j++) {
      const c = source[j];
      if (quote !== '') {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (source[j - 1] !== '/' && ++depth > MAX_XML_DEPTH) return 'depth';
    i = j;
  }
  return null;
}

export function parseXml(source: string, part: string): Element {
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) {
    throw new DocxReadError('unsafe-xml', `Phần "${part}" của tệp DOCX khai báo DOCTYPE/thực thể XML; tệp bị từ chối vì lý do an toàn.`);
  }
  const problem = xmlShapeProblem(source);
  if (problem === 'tags') {
    throw new DocxReadError('too-large', `Phần "${part}" của tệp DOCX có hơn ${String(MAX_XML_TAGS)} thẻ XML; tệp quá lớn để đọc an toàn.`);
  }
  if (problem === 'depth') {
    throw new DocxReadError(
      'unsafe-xml',
      `Phần "${part}" của tệp DOCX lồng nhau quá sâu (hơn ${String(MAX_XML_DEPTH)} cấp); tệp bị từ chối vì lý do an toàn.`,
    );
  }
  try {
    const doc = new DOMParser({
      locator: false,
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(source, 'text/xml');
    const root = doc.documentElement;
    if (root === null) throw new Error('empty');
    return root;
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError('corrupt', `Tệp DOCX bị hỏng: phần "${part}" không phải XML hợp lệ.`);
  }
}

export function children(el: Element, name?: string, ns: string = W): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (name === undefined || (child.localName === name && child.namespaceURI === ns)) out.push(child);
  }
  return out;
}

export function child(el: Element | null | undefined, name: string, ns: string = W): Element | null {
  if (el === null || el === undefined) return null;
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === ns) return node as Element;
  }
  return null;
}

export function isW(el: Element, name: string): boolean {
  return el.localName === name && el.namespaceURI === W;
}

/** A w: attribute, or null when absent. */
export function attr(el: Element | null | undefined, name: string, ns: string = W): string | null {
  if (el === null || el === undefined) return null;
  return el.hasAttributeNS(ns, name) ? el.getAttributeNS(ns, name) : null;
}

export function numberAttr(el: Element | null | undefined, name: string): number | null {
  const value = attr(el, name);
  if (value === null) return null;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : null;
}

/** An OOXML on/off property (w:b, w:i …): present without a value, or with true/1/on. */
export function onOff(el: Element | null): boolean | null {
  if (el === null) return null;
  const value = attr(el, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value);
}

/** Relationship id → target path inside the package, resolved against the part's folder. */
export function parseRelationships(source: string | null, baseFolder: string): Map<string, string> {
  const map = new Map<string, string>();
  if (source === null) return map;
  const root = parseXml(source, 'relationships');
  for (const rel of children(root, 'Relationship', PKG_REL)) {
    const id = rel.getAttribute('Id') ?? '';
    const target = rel.getAttribute('Target') ?? '';
    if (rel.getAttribute('TargetMode') === 'External') continue;
    map.set(id, target.startsWith('/') ? target.slice(1) : normalizePath(`${baseFolder}/${target}`));
  }
  return map;
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
