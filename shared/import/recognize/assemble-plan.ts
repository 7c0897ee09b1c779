/**
 * What the recognizer found, put together as a PlanDocument that passes the schema: the system
 * chosen from the header's evidence, missing header facts taken from the appendices' "(Kèm theo
 * Kế hoạch số … ngày … của …)" line, deterministic ids.
 */
import { defaultSystem, profileFor, systemsOfOrganName } from '../../format';
import {
  CURRENT_SCHEMA_VERSION,
  oneLine,
  parseIsoDate,
  sentenceCase,
  type IssueDate,
  type PartialDate,
  type PlanDocument,
  type PlanDocumentInput,
  type System,
} from '../../model';
import { parsePlanValue } from '../../plan-file';
import { fingerprint } from '../../markup';
import { ImportError } from '../import-error';
import { fieldsToFill, type ImportCounts, type ImportReport, type UnplacedText } from '../report';
import { buildAppendices, type AppendixDraft } from './appendix-draft';
import type { BodyBuilder } from './body-builder';
import type { ClosingReader } from './closing';
import type { HeaderReader } from './header';
import { typeCodeOf, type matchTypeName } from './patterns';
import { findReferences, parseReference } from './references';

export interface Recognized {
  readonly plan: PlanDocument;
  readonly report: ImportReport;
}

export interface Findings {
  readonly source: ImportReport['source'];
  readonly counts: ImportCounts;
  readonly unplaced: UnplacedText[];
  readonly warnings: string[];
  readonly header: HeaderReader;
  readonly closing: ClosingReader;
  readonly body: BodyBuilder;
  readonly typeName: ReturnType<typeof matchTypeName>;
  /** The systems whose signer prefixes the closing has (T/M or TM.). */
  readonly authoritySystems: ReadonlySet<System>;
  readonly summary: string;
  readonly preambleTexts: readonly string[];
  readonly appendices: readonly AppendixDraft[];
}

/** The years a plan file holds (PartialDateSchema). */
const FIRST_YEAR = 1945;
const LAST_YEAR = 2200;
const ISSUING_VERB = /(?:ban hành|xây dựng|triển khai|thông báo)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)/gu;

/** The issuer (at most 120 characters) and an aside before the verb lie within this many characters. */
const ISSUER_REACH = 400;

/**
 * "…, Ban Thường vụ Huyện ủy (gọi tắt là …) ban hành Kế hoạch …": the words between the last
 * comma and the verb, an aside in brackets left out. Read backwards from each verb, because one
 * pattern from every comma to the verb is quadratic on a long preamble full of commas.
 */
function issuerInPreamble(text: string): string | undefined {
  for (const verb of text.matchAll(ISSUING_VERB)) {
    let before = text.slice(Math.max(0, verb.index - ISSUER_REACH), verb.index).trimEnd();
    if (before.endsWith(')')) before = before.slice(0, Math.max(0, before.lastIndexOf('('))).trimEnd();
    const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    const issuer = before.slice(comma + 1).trim();
    if (comma !== -1 && before.charAt(comma) === ',' && issuer.length >= 4 && issuer.length <= 120) return issuer;
  }
  return undefined;
}

/**
 * The system the document belongs to, by weighing its clues: the heading lines (3), the joiner
 * after the number (2), the signer's prefix (2), the words of the issuer's name (1). With no clue
 * or a tie, the default system.
 */
function chooseSystem(f: Findings, issuer: string): System {
  const votes = new Map<System, number>();
  const vote = (system: System | null | undefined, weight: number): void => {
    if (system !== null && system !== undefined) votes.set(system, (votes.get(system) ?? 0) + weight);
  };
  for (const system of f.header.mottoSystems) vote(system, 3);
  vote(f.header.numberSymbol?.system, 2);
  for (const system of f.authoritySystems) vote(system, 2);
  for (const system of systemsOfOrganName(issuer)) vote(system, 1);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first === undefined || (second !== undefined && second[1] === first[1]) ? defaultSystem() : first[0];
}

export function assemblePlan(f: Findings): Recognized {
  const { counts, warnings } = f;
  const sections = f.body.sections;
  if (f.typeName === null && sections.length === 0 && f.appendices.length === 0) {
    throw new ImportError(
      'not-plan',
      'Không nhận ra văn bản là kế hoạch: không thấy tên loại văn bản (KẾ HOẠCH…), các mục I, II… hay phụ lục.',
    );
  }
  if (f.typeName === null) warnings.push('Không thấy tên loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH…); hãy điền tên loại.');
  else if (!['KH', 'CTr'].includes(f.typeName.docType))
    warnings.push(`Văn bản là ${f.typeName.typeName}, không phải kế hoạch; chỉ nhận dạng được phần cấu trúc chung.`);
  const selfRef =
    f.appendices.map((a) => (a.refLine === '' ? null : parseReference(a.refLine, 'self', 'implements'))).find((r) => r !== null) ?? null;
  const { parent, issuer } = f.header.organs();
  const system = chooseSystem(f, issuer);
  const citationInPreamble = f.preambleTexts.map(issuerInPreamble).find((c) => c !== undefined);
  const citation =
    citationInPreamble ?? (selfRef !== null && selfRef.issuer !== '' ? selfRef.issuer : issuer === '' ? '' : sentenceCase(oneLine(issuer)));
  const header = issuer !== '' ? issuer : citation.toUpperCase();
  if (issuer === '') warnings.push('Không thấy tên cơ quan ban hành ở đầu văn bản; hãy kiểm tra lại.');
  const numberSymbol = f.header.numberSymbol;
  const selfDate = selfRef?.date ?? '';
  const basis = findReferences(f.preambleTexts);
  counts.references = basis.length;
  let date: PartialDate | null = f.header.placeDate?.date ?? null;
  if (date === null && /^\d{4}-\d{2}-\d{2}$/.test(selfDate)) date = parseIsoDate(selfDate);
  if (date !== null && (date.year < FIRST_YEAR || date.year > LAST_YEAR)) {
    // A misread or mistyped year: no plan in this form bears it, and the plan file cannot hold it.
    warnings.push(
      `Năm ban hành ${date.year} không thể có (văn bản theo thể thức này có từ năm ${FIRST_YEAR}); hãy nhập lại ngày của văn bản.`,
    );
    date = null;
  }
  // A date the document does not bear stays unknown: guessing one (from the căn cứ, or a fixed
  // year) would choose the rule profile and print a date nobody wrote.
  if (date === null && f.header.placeDate === null) warnings.push('Không thấy ngày ban hành; hãy nhập lại ngày của văn bản.');
  const issueDate: IssueDate = date ?? { year: null, month: null, day: null };
  counts.header = [issuer, numberSymbol, f.header.placeDate, f.typeName].filter((x) => x !== null && x !== '').length;
  counts.recipients =
    f.closing.recipients.reduce((n, r) => n + ('names' in r ? r.names.length : 1), 0) + (f.closing.archive === '' ? 0 : 1);
  counts.signer = f.closing.hasSigner ? 1 : 0;
  if (!f.closing.hasSigner) warnings.push('Không nhận ra khối chữ ký (quyền hạn, chức vụ, họ tên).');
  const appendices = buildAppendices(f.appendices, counts, f.unplaced, warnings);
  const markings = f.header.markings;
  const input: PlanDocumentInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `import-${fingerprint(`${f.summary}|${numberSymbol?.number ?? ''}|${issuer}`)}`,
    profile: profileFor(system, issueDate).id,
    templateId: '',
    meta: {
      // Without a printed tên loại only the ký hiệu can say the type ("87/KH-UBND"); nothing is assumed.
      docType: f.typeName?.docType ?? typeCodeOf(numberSymbol?.symbol ?? ''),
      typeName: f.typeName?.typeName ?? '',
      summary: f.summary,
      parentOrgan: parent,
      issuingOrgan: { header, citation },
      place: f.header.placeDate?.place ?? '',
      number: numberSymbol?.number ?? selfRef?.number ?? '',
      symbol: numberSymbol?.symbol ?? selfRef?.symbol ?? '',
      date: issueDate,
      markings: {
        secrecy: (['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const).find((m) => markings.includes(m)) ?? '',
        urgency: (['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const).find((m) => markings.includes(m)) ?? '',
        circulation: markings.find((m) => /LƯU HÀNH|XEM XONG/u.test(m)) ?? '',
        draft: f.header.draft,
        drafterInitials: f.closing.drafterInitials,
      },
    },
    basis,
    preamble: f.body.preamble,
    sections: sections.map((s, i) => ({ id: `s${i + 1}`, title: s.title, blocks: s.blocks })),
    sectionNumbering: sections.filter((s) => s.dash).length * 2 > sections.length ? 'roman-dash' : 'roman-dot',
    appendices,
    signer: f.closing.signer,
    recipients: f.closing.recipients,
    archive: f.closing.archive,
  };
  try {
    const plan = parsePlanValue(input);
    return { plan, report: { source: f.source, counts, unplaced: f.unplaced, warnings, toFill: fieldsToFill(plan) } };
  } catch (error) {
    throw new ImportError(
      'invalid',
      `Không dựng được kế hoạch từ nội dung đã nhận dạng: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
