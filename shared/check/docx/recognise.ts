/**
 * Finds the parts of an administrative document in what the reader returns: the header block
 * (organ names, mark, số, Quốc hiệu or the Party heading, place and date), tên loại and trích yếu,
 * the body, nơi nhận and signature, and the appendices with their headings and tables.
 */
import { mottoLines, systemOfNumberJoiner, systemOfNumberPrefix } from '../../format';
import type { PartialDate, System } from '../../model';
import type { DocxTable } from '../../import/docx';
import type { NumberedParagraph } from './docx-rule';

export interface AppendixParts {
  readonly label: NumberedParagraph;
  readonly title: readonly NumberedParagraph[];
  readonly refLine: NumberedParagraph | null;
  readonly tables: readonly DocxTable[];
}

export interface DocumentParts {
  readonly system: System | null;
  /** The date in the place-and-date line, with blank parts null; null when there is none. */
  readonly date: PartialDate | null;
  readonly header: readonly NumberedParagraph[];
  readonly motto: readonly NumberedParagraph[];
  readonly organLines: readonly NumberedParagraph[];
  readonly numberLine: NumberedParagraph | null;
  readonly placeDate: NumberedParagraph | null;
  readonly typeName: NumberedParagraph | null;
  readonly summary: readonly NumberedParagraph[];
  /** The paragraph right after the trích yếu, where its line or "-----" stands. */
  readonly afterSummary: NumberedParagraph | null;
  readonly body: readonly NumberedParagraph[];
  readonly recipients: readonly NumberedParagraph[];
  readonly signer: readonly NumberedParagraph[];
  readonly appendices: readonly AppendixParts[];
}

/**
 * Upper case, NFC, single spaces, any dash as " - ", and the accent placement HOÀ, UỶ made HÒA,
 * ỦY: how a heading line is compared with the profiles' own.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleUpperCase('vi')
    .replace(/HOÀ/gu, 'HÒA')
    .replace(/UỶ/gu, 'ỦY')
    .replace(/ ?[-–—] ?/gu, ' - ');
}

/** The heading lines of every profile, normalised, with their system. */
const MOTTOS = mottoLines().map((line) => ({ key: normalise(line.text), system: line.system }));
const APPENDIX_LABEL = /^phụ lục(\s+([IVXLC]+|\d+))?$/iu;
/**
 * "… ngày … tháng … năm 2026": the parts in this order, each searched after the one before. One
 * pattern with ".*" between them would be cubic on a long paragraph that repeats "ngày".
 */
const PLACE_DATE_PARTS = [/ngày\s/iu, /tháng\s/iu, /năm\s*\d{4}/iu];

function isPlaceDate(text: string): boolean {
  let rest = text;
  for (const part of PLACE_DATE_PARTS) {
    const m = part.exec(rest);
    if (m === null) return false;
    rest = rest.slice(m.index + m[0].length);
  }
  return true;
}

export function isMotto(text: string): boolean {
  const n = normalise(text);
  return MOTTOS.some((m) => m.key === n);
}

function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/** The system of the heading lines; failing them, of the number line ("Số:" with a colon, or the joiner after the number). */
function systemOf(motto: readonly NumberedParagraph[], numberLine: NumberedParagraph | null): System | null {
  for (const x of motto) {
    const found = MOTTOS.find((m) => m.key === normalise(x.p.text));
    if (found !== undefined) return found.system;
  }
  const m = /^Số(:?)\s*(?:\d+\s*)?([/-])/u.exec(numberLine?.p.text.trim() ?? '');
  if (m === null) return null;
  return (m[1] === ':' ? systemOfNumberPrefix('Số:') : null) ?? systemOfNumberJoiner(m[2] ?? '');
}

const DATE_PART = {
  day: /ngày\s*(\d{1,2})(?!\d)/iu,
  month: /tháng\s*(\d{1,2})(?!\d)/iu,
  year: /năm\s*(\d{4})(?!\d)/iu,
};

/** "Hà Nội, ngày 05 tháng 02 năm 2026" → the date; a blank day or month is null; no year, no date. */
export function readIssueDate(text: string): PartialDate | null {
  const year = DATE_PART.year.exec(text);
  if (year === null) return null;
  const month = DATE_PART.month.exec(text);
  const day = month === null ? null : DATE_PART.day.exec(text);
  const m = month === null ? null : Number(month[1]);
  const d = day === null ? null : Number(day[1]);
  return {
    year: Number(year[1]),
    month: m !== null && m >= 1 && m <= 12 ? m : null,
    day: m !== null && m >= 1 && m <= 12 && d !== null && d >= 1 && d <= 31 ? d : null,
  };
}

function appendixParts(paragraphs: readonly NumberedParagraph[], after: number): AppendixParts[] {
  const top = paragraphs.filter((x) => x.table === null && x.n > after);
  const labels = top.filter((x) => APPENDIX_LABEL.test(x.p.text.trim()) && x.p.alignment === 'center');
  return labels.map((label, i) => {
    const end = labels[i + 1]?.n ?? Number.POSITIVE_INFINITY;
    const following = top.filter((x) => x.n > label.n && x.n < end && x.p.text.trim() !== '').slice(0, 5);
    const refIndex = following.findIndex((x) => /^\(\s*kèm theo/iu.test(x.p.text.trim()));
    const title = (refIndex === -1 ? following.slice(0, 1) : following.slice(0, refIndex)).filter((x) => isCaps(x.p.text));
    const tables = new Set<DocxTable>();
    for (const x of paragraphs) if (x.n > label.n && x.n < end && x.table !== null && !x.table.borderless) tables.add(x.table);
    return { label, title, refLine: refIndex === -1 ? null : (following[refIndex] ?? null), tables: [...tables] };
  });
}

export function recognise(paragraphs: readonly NumberedParagraph[], firstBlocks: readonly DocxTable[]): DocumentParts {
  const headerTable = firstBlocks[0] ?? null;
  const header = paragraphs.filter((x) => headerTable !== null && x.table === headerTable);
  const motto = header.filter((x) => isMotto(x.p.text));
  const numberLine = header.find((x) => /^Số(?![\p{L}\d])/u.test(x.p.text.trim())) ?? null;
  const placeDate = header.find((x) => isPlaceDate(x.p.text)) ?? null;
  const organLines = header.filter(
    (x) => x.column === 0 && (numberLine === null || x.n < numberLine.n) && !['', '*'].includes(x.p.text.trim()) && !isMotto(x.p.text),
  );
  const lastHeader = header[header.length - 1]?.n ?? 0;
  const top = paragraphs.filter((x) => x.table === null && x.p.section === 0 && x.n > lastHeader);
  const typeIndex = top.findIndex((x) => x.p.text.trim() !== '' && isCaps(x.p.text.trim()));
  const typeName = typeIndex === -1 ? null : (top[typeIndex] ?? null);
  const summary: NumberedParagraph[] = [];
  for (const x of typeIndex === -1 ? [] : top.slice(typeIndex + 1)) {
    if (x.p.text.trim() === '' || x.p.alignment !== 'center' || /^-{3,}$/u.test(x.p.text.trim())) break;
    summary.push(x);
  }
  const lastTitle = summary[summary.length - 1] ?? typeName;
  const afterSummary = lastTitle === null ? null : (paragraphs.find((x) => x.n === lastTitle.n + 1) ?? null);
  const signatureTable =
    [...paragraphs].reverse().find((x) => x.table !== null && x.p.section === 0 && /^Nơi nhận/u.test(x.p.text.trim()))?.table ?? null;
  const signatureParas = paragraphs.filter((x) => signatureTable !== null && x.table === signatureTable);
  const signatureStart = signatureParas[0]?.n ?? Number.POSITIVE_INFINITY;
  const bodyStart = afterSummary?.n ?? lastHeader;
  return {
    system: systemOf(motto, numberLine),
    date: placeDate === null ? null : readIssueDate(placeDate.p.text),
    header,
    motto,
    organLines,
    numberLine,
    placeDate,
    typeName,
    summary,
    afterSummary,
    body: top.filter((x) => x.n > bodyStart && x.n < signatureStart && x.p.text.trim() !== ''),
    recipients: signatureParas.filter((x) => x.column === 0),
    signer: signatureParas.filter((x) => x.column > 0),
    appendices: appendixParts(paragraphs, signatureParas[signatureParas.length - 1]?.n ?? bodyStart),
  };
}
