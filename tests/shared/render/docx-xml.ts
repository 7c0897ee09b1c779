/**
 * Small, dependency-free readers for the parts of a DOCX package that the golden tests assert:
 * sections (page size, margins, page numbering, header references), paragraph styles, paragraphs,
 * tables, rows and cells. Regex-based on purpose: the XML comes from one writer, so balanced-tag
 * scanning is enough, and the tests stay readable without a DOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { type PlanDocument } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';

export const STATE_FIXTURE = 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach';
export const PARTY_FIXTURE = 'ke-hoach-58-KH-TU.kehoach';

/** A plan from tests/fixtures/, read as the app reads a .kehoach file. */
export function loadFixture(name: string): PlanDocument {
  return parsePlanText(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8'));
}

export interface DocxParts {
  readonly zip: JSZip;
  readonly documentXml: string;
  readonly stylesXml: string;
  /** Header parts by file name inside word/ ("header1.xml" → XML). */
  readonly headers: Record<string, string>;
  /** word/_rels/document.xml.rels */
  readonly rels: string;
  /** [Content_Types].xml */
  readonly contentTypes: string;
  /** docProps/core.xml */
  readonly coreXml: string;
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`DOCX has no part ${path}`);
  return file.async('string');
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const headers: Record<string, string> = {};
  for (const entry of zip.file(/^word\/header\d+\.xml$/)) {
    headers[entry.name.slice('word/'.length)] = await entry.async('string');
  }
  return {
    zip,
    documentXml: await part(zip, 'word/document.xml'),
    stylesXml: await part(zip, 'word/styles.xml'),
    headers,
    rels: await part(zip, 'word/_rels/document.xml.rels'),
    contentTypes: await part(zip, '[Content_Types].xml'),
    coreXml: await part(zip, 'docProps/core.xml'),
  };
}

// ---------------------------------------------------------------------------------------------
// Generic XML scanning

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Attributes of the first start tag in `tag` (`<w:pgSz w:w="11906" …/>` → { 'w:w': '11906', … }). */
export function attrs(tag: string): Record<string, string> {
  const head = /^<[^\s/>]+([^>]*)>/.exec(tag.trimStart())?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of head.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    const [, key, value] = m;
    if (key !== undefined && value !== undefined) out[key] = decodeXml(value);
  }
  return out;
}

/** The first start or empty tag named `name` (`w:pgSz`), or undefined. Not `w:pgSzX`. */
export function firstTag(xml: string, name: string): string | undefined {
  return new RegExp(`<${escapeRegExp(name)}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
}

export function allTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${escapeRegExp(name)}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}

/** Attribute `attr` of the first `name` tag. */
export function tagAttr(xml: string, name: string, attr: string): string | undefined {
  const tag = firstTag(xml, name);
  return tag === undefined ? undefined : attrs(tag)[attr];
}

/**
 * Top-level elements named `name` in `xml`, each as its full text `<name …>…</name>` (or the empty
 * tag `<name …/>`). Nested elements of the same name stay inside their parent's text, so
 * `elements(doc, 'w:tbl')` returns the outer tables only.
 */
export function elements(xml: string, name: string): string[] {
  const re = new RegExp(`<(/?)${escapeRegExp(name)}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of xml.matchAll(re)) {
    const closing = m[1] === '/';
    const selfClosing = m[2] === '/';
    const index = m.index;
    if (closing) {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        out.push(xml.slice(start, index + m[0].length));
        start = -1;
      }
      if (depth < 0) depth = 0;
    } else if (selfClosing) {
      if (depth === 0) out.push(m[0]);
    } else {
      if (depth === 0) start = index;
      depth += 1;
    }
  }
  return out;
}

/** The content between an element's start and end tags. */
export function inner(element: string): string {
  const open = element.indexOf('>');
  if (element[open - 1] === '/') return '';
  const close = element.lastIndexOf('</');
  return element.slice(open + 1, close);
}

/**
 * An OOXML on/off property (`w:b`, `w:titlePg`, `w:cantSplit` …) in `xml`: absent → false, present
 * without `w:val` or with true/1/on → true, with false/0/off → false.
 */
export function onOff(xml: string, name: string): boolean {
  const tag = firstTag(xml, name);
  if (tag === undefined) return false;
  const val = attrs(tag)['w:val'];
  return val === undefined || !['false', '0', 'off'].includes(val);
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

export interface DocxParagraph {
  readonly xml: string;
  /** w:pStyle, or '' when the paragraph has none. */
  readonly style: string;
  /** The concatenated, decoded w:t text. */
  readonly text: string;
  /** w:jc in the paragraph's own properties, if any. */
  readonly align: string | undefined;
  /** True when the paragraph's own properties carry a bottom border (a rule). */
  readonly bottomBorder: boolean;
  readonly indentLeft: number | undefined;
  readonly indentRight: number | undefined;
  /** The paragraph carries a section break (its pPr holds a w:sectPr). */
  readonly sectionBreak: boolean;
}

function paragraphProps(p: string): string {
  return elements(inner(p), 'w:pPr')[0] ?? '';
}

export function runTexts(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
}

export function toParagraph(p: string): DocxParagraph {
  const pPr = paragraphProps(p);
  const pBdr = elements(pPr, 'w:pBdr')[0] ?? '';
  const ind = firstTag(pPr, 'w:ind');
  const indAttrs = ind === undefined ? {} : attrs(ind);
  const num = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));
  // A section break's w:sectPr holds no w:jc, so the first w:jc is the paragraph's own.
  const align = tagAttr(pPr, 'w:jc', 'w:val');
  return {
    xml: p,
    style: tagAttr(pPr, 'w:pStyle', 'w:val') ?? '',
    text: runTexts(p),
    align,
    bottomBorder: firstTag(pBdr, 'w:bottom') !== undefined && tagAttr(pBdr, 'w:bottom', 'w:val') !== 'none',
    indentLeft: num(indAttrs['w:left'] ?? indAttrs['w:start']),
    indentRight: num(indAttrs['w:right'] ?? indAttrs['w:end']),
    sectionBreak: elements(pPr, 'w:sectPr').length > 0,
  };
}

const paragraphCache = new Map<string, DocxParagraph[]>();

/** Every paragraph of `xml` in document order, including those inside (nested) tables. */
export function paragraphs(xml: string): DocxParagraph[] {
  const cached = paragraphCache.get(xml);
  if (cached !== undefined) return [...cached];
  // Paragraphs never nest (no text boxes in our output), but tables hold paragraphs; scanning the
  // whole text for w:p elements at any depth of w:tbl gives document order.
  const list = elements(xml, 'w:p').map(toParagraph);
  if (xml.length > 10_000) {
    if (paragraphCache.size > 16) paragraphCache.clear();
    paragraphCache.set(xml, list);
  }
  return [...list];
}

export function paragraphTexts(xml: string): string[] {
  return paragraphs(xml).map((p) => p.text);
}

/** Paragraphs before the first section break: the body section (the last w:sectPr belongs to w:body). */
export function sectionParagraphs(documentXml: string): DocxParagraph[][] {
  const groups: DocxParagraph[][] = [[]];
  for (const p of paragraphs(documentXml)) {
    groups[groups.length - 1]?.push(p);
    if (p.sectionBreak) groups.push([]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Sections

export interface HeaderRef {
  readonly rId: string;
  /** Target in word/_rels/document.xml.rels ("header1.xml"), '' when not resolvable. */
  readonly file: string;
}

export interface SectionInfo {
  readonly xml: string;
  readonly width: number;
  readonly height: number;
  readonly orient: string | undefined;
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly titlePg: boolean;
  /** The w:pgNumType element exists. */
  readonly hasPgNumType: boolean;
  /** w:pgNumType w:start, when the numbering restarts. */
  readonly pgNumStart: number | undefined;
  /** Header references by type ("default", "first", "even"). */
  readonly headers: Readonly<Record<string, HeaderRef>>;
}

/** Relationship id → target, from a .rels part. */
export function relationships(rels: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const tag of allTags(rels, 'Relationship')) {
    const a = attrs(tag);
    if (a.Id !== undefined) out.set(a.Id, { type: a.Type ?? '', target: a.Target ?? '' });
  }
  return out;
}

/** Every w:sectPr in document order (section breaks in paragraphs, then the body's last one). */
export function sections(documentXml: string, rels = ''): SectionInfo[] {
  const relMap = relationships(rels);
  return [...documentXml.matchAll(/<w:sectPr(?:\s[^>]*)?>[\s\S]*?<\/w:sectPr>/g)].map((m) => {
    const xml = m[0];
    const pgSz = attrs(firstTag(xml, 'w:pgSz') ?? '<x/>');
    const pgMar = attrs(firstTag(xml, 'w:pgMar') ?? '<x/>');
    const pgNum = firstTag(xml, 'w:pgNumType');
    const start = pgNum === undefined ? undefined : attrs(pgNum)['w:start'];
    const headers: Record<string, HeaderRef> = {};
    for (const tag of allTags(xml, 'w:headerReference')) {
      const a = attrs(tag);
      const rId = a['r:id'] ?? '';
      headers[a['w:type'] ?? 'default'] = { rId, file: relMap.get(rId)?.target ?? '' };
    }
    return {
      xml,
      width: Number(pgSz['w:w']),
      height: Number(pgSz['w:h']),
      orient: pgSz['w:orient'],
      margins: {
        top: Number(pgMar['w:top']),
        bottom: Number(pgMar['w:bottom']),
        left: Number(pgMar['w:left']),
        right: Number(pgMar['w:right']),
        header: Number(pgMar['w:header']),
        footer: Number(pgMar['w:footer']),
      },
      titlePg: onOff(xml, 'w:titlePg'),
      hasPgNumType: pgNum !== undefined,
      pgNumStart: start === undefined ? undefined : Number(start),
      headers,
    };
  });
}

/** A PAGE field, complex (`w:instrText`) or simple (`w:fldSimple`). */
export function hasPageField(xml: string): boolean {
  const instr = [...xml.matchAll(/<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g)].some((m) => /^\s*PAGE\b/.test(m[1] ?? ''));
  const simple = allTags(xml, 'w:fldSimple').some((tag) => /^\s*PAGE\b/.test(attrs(tag)['w:instr'] ?? ''));
  return instr || simple;
}

// ---------------------------------------------------------------------------------------------
// Styles

export interface StyleProps {
  readonly xml: string;
  readonly basedOn: string | undefined;
  /** w:sz in half-points. */
  readonly size: number | undefined;
  readonly bold: boolean;
  readonly italic: boolean;
  /** w:u present with a value other than "none". */
  readonly underline: boolean;
  readonly align: string | undefined;
  readonly firstLine: number | undefined;
  readonly spacing: {
    readonly before: number | undefined;
    readonly after: number | undefined;
    readonly line: number | undefined;
    readonly lineRule: string | undefined;
  };
}

export function styleXml(stylesXml: string, id: string): string | undefined {
  return elements(stylesXml, 'w:style').find((s) => attrs(s)['w:styleId'] === id);
}

export function styleProps(stylesXml: string, id: string): StyleProps {
  const xml = styleXml(stylesXml, id);
  if (xml === undefined) throw new Error(`styles.xml has no style ${id}`);
  const rPr = elements(xml, 'w:rPr')[0] ?? '';
  const pPr = elements(xml, 'w:pPr')[0] ?? '';
  const num = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));
  const spacing = attrs(firstTag(pPr, 'w:spacing') ?? '<x/>');
  const u = tagAttr(rPr, 'w:u', 'w:val');
  return {
    xml,
    basedOn: tagAttr(xml, 'w:basedOn', 'w:val'),
    size: num(tagAttr(rPr, 'w:sz', 'w:val')),
    bold: onOff(rPr, 'w:b'),
    italic: onOff(rPr, 'w:i'),
    underline: firstTag(rPr, 'w:u') !== undefined && u !== 'none',
    align: tagAttr(pPr, 'w:jc', 'w:val'),
    firstLine: num(tagAttr(pPr, 'w:ind', 'w:firstLine')),
    spacing: {
      before: num(spacing['w:before']),
      after: num(spacing['w:after']),
      line: num(spacing['w:line']),
      lineRule: spacing['w:lineRule'],
    },
  };
}

/** The w:docDefaults run properties. */
export function docDefaults(stylesXml: string): { fonts: Record<string, string>; lang: string | undefined; size: number | undefined } {
  const defaults = elements(stylesXml, 'w:docDefaults')[0] ?? '';
  const rPr = elements(elements(defaults, 'w:rPrDefault')[0] ?? '', 'w:rPr')[0] ?? '';
  const size = tagAttr(rPr, 'w:sz', 'w:val');
  return {
    fonts: attrs(firstTag(rPr, 'w:rFonts') ?? '<x/>'),
    lang: tagAttr(rPr, 'w:lang', 'w:val'),
    size: size === undefined ? undefined : Number(size),
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface DocxCell {
  readonly xml: string;
  /** w:tcW in twips (0 when absent). */
  readonly width: number;
  readonly gridSpan: number;
  /** undefined: not merged; 'restart'; 'continue' (w:vMerge without w:val or with val="continue"). */
  readonly vMerge: 'restart' | 'continue' | undefined;
  /** w:tcBorders right edge is a visible line. */
  readonly rightBorder: boolean;
  /** The cell's own paragraphs (not those of nested tables). */
  readonly paragraphs: DocxParagraph[];
  /** Text of the cell's own paragraphs, joined by "\n". */
  readonly text: string;
  /** Tables nested in the cell. */
  readonly tables: DocxTable[];
}

export interface DocxRow {
  readonly xml: string;
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: DocxCell[];
}

export interface DocxTable {
  readonly xml: string;
  readonly layout: string | undefined;
  readonly grid: number[];
  readonly rows: DocxRow[];
}

function withoutNestedTables(xml: string): string {
  let out = xml;
  for (const t of elements(xml, 'w:tbl')) out = out.replace(t, '');
  return out;
}

function toCell(tc: string): DocxCell {
  const content = inner(tc);
  const tcPr = elements(content, 'w:tcPr')[0] ?? '';
  const vMergeTag = firstTag(tcPr, 'w:vMerge');
  const vMergeVal = vMergeTag === undefined ? undefined : attrs(vMergeTag)['w:val'];
  const borders = elements(tcPr, 'w:tcBorders')[0] ?? '';
  const right = firstTag(borders, 'w:right') ?? firstTag(borders, 'w:end');
  const rightVal = right === undefined ? undefined : attrs(right)['w:val'];
  const own = paragraphs(withoutNestedTables(content));
  return {
    xml: tc,
    width: Number(tagAttr(tcPr, 'w:tcW', 'w:w') ?? '0'),
    gridSpan: Number(tagAttr(tcPr, 'w:gridSpan', 'w:val') ?? '1'),
    vMerge: vMergeTag === undefined ? undefined : vMergeVal === 'restart' ? 'restart' : 'continue',
    rightBorder: rightVal !== undefined && rightVal !== 'none' && rightVal !== 'nil',
    paragraphs: own,
    text: own.map((p) => p.text).join('\n'),
    tables: elements(content, 'w:tbl').map(toTable),
  };
}

function toRow(tr: string): DocxRow {
  const content = inner(tr);
  const trPr = elements(content, 'w:trPr')[0] ?? '';
  return {
    xml: tr,
    header: onOff(trPr, 'w:tblHeader'),
    cantSplit: onOff(trPr, 'w:cantSplit'),
    cells: elements(content, 'w:tc').map(toCell),
  };
}

export function toTable(tbl: string): DocxTable {
  const content = inner(tbl);
  const tblPr = elements(content, 'w:tblPr')[0] ?? '';
  const grid = elements(content, 'w:tblGrid')[0] ?? '';
  return {
    xml: tbl,
    layout: tagAttr(tblPr, 'w:tblLayout', 'w:type'),
    grid: allTags(grid, 'w:gridCol').map((t) => Number(attrs(t)['w:w'])),
    rows: elements(content, 'w:tr').map(toRow),
  };
}

/** The top-level tables of `xml` (nested tables are reached through their cells). */
export function tables(xml: string): DocxTable[] {
  return elements(xml, 'w:tbl').map(toTable);
}

/**
 * The document body split at section breaks: the XML of each section's content in order. A
 * section ends with the paragraph whose pPr holds its w:sectPr; the last section is closed by the
 * w:sectPr at the end of w:body.
 */
export function sectionBodies(documentXml: string): string[] {
  const body = inner(elements(documentXml, 'w:body')[0] ?? documentXml);
  const out: string[] = [];
  let last = 0;
  for (const p of elements(body, 'w:p')) {
    if (!toParagraph(p).sectionBreak) continue;
    const at = body.indexOf(p, last);
    out.push(body.slice(last, at + p.length));
    last = at + p.length;
  }
  out.push(body.slice(last));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Core properties

export function coreProperty(coreXml: string, name: string): string | undefined {
  const m = new RegExp(`<${escapeRegExp(name)}(?:\\s[^>]*)?>([^<]*)</${escapeRegExp(name)}>`).exec(coreXml);
  return m?.[1] === undefined ? undefined : decodeXml(m[1]);
}

/** Twips per millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

export function mm(twips: number): number {
  return twips / TWIPS_PER_MM;
}

export function twips(millimetres: number): number {
  return millimetres * TWIPS_PER_MM;
}
