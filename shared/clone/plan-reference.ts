/**
 * How a plan is cited by the plans that implement it ("Kế hoạch số 58-KH/TU ngày 15/4/2026 của
 * Ban Thường vụ Tỉnh ủy"), and how its items are cited ("điểm 2 mục I Phụ lục I Kế hoạch số
 * 58-KH/TU"), in the citation style of its own rule system.
 */
import { formatCitation, formatNumberSymbol, getProfile, systemOf, type FormatProfile } from '../format';
import {
  appendixLabel,
  sentenceCase,
  numberItems,
  rowCitations,
  sectionNumber,
  toIsoDate,
  type Appendix,
  type Block,
  type DocumentReference,
  type PlanDocument,
} from '../model';

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * The tên loại as cited; a received plan that does not print one is cited as NĐ 30 cites any
 * document ("Văn bản số …"), so the child's căn cứ names nothing the parent does not say.
 */
const citedTypeName = (plan: PlanDocument): string => sentenceCase(plan.meta.typeName) || 'Văn bản';

/** "Kế hoạch số 58-KH/TU", or "Kế hoạch của …" while the plan has no number yet (or only "Kế hoạch" with no issuer either). */
export function planShortName(plan: PlanDocument): string {
  const typeName = citedTypeName(plan);
  const issuer = plan.meta.issuingOrgan.citation;
  if (plan.meta.number === '') return issuer === '' ? typeName : `${typeName} của ${issuer}`;
  return `${typeName} số ${formatNumberSymbol(plan.meta.number, plan.meta.symbol, getProfile(plan.profile).header.number)}`;
}

/** The parent as a structured reference, for the child's căn cứ and trích yếu. */
export function planReference(plan: PlanDocument, id: string): DocumentReference {
  const date = plan.meta.date.day === null ? '' : toIsoDate(plan.meta.date);
  const summary = plan.meta.summary.trim();
  return {
    id,
    typeName: citedTypeName(plan),
    number: plan.meta.number,
    symbol: plan.meta.symbol,
    system: systemOf(plan.profile),
    date,
    issuer: plan.meta.issuingOrgan.citation,
    title: summary === '' || /^về\s/i.test(summary) ? summary : `về ${lowerFirst(summary)}`,
    shortName: planShortName(plan),
    role: 'implements',
  };
}

/** "Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy về …", as a plan of `citing` writes it. */
export function citationWithTitle(ref: DocumentReference, citing: FormatProfile): string {
  const citation = formatCitation(ref, citing);
  return ref.title === '' ? citation : `${citation} ${ref.title}`;
}

/** "điểm 2 mục I Phụ lục I": each row as the printed table names it, with its appendix. */
export function rowReferences(appendix: Appendix, index: number, count: number): Map<string, string> {
  const label = appendixLabel(appendix, index, count);
  return new Map([...rowCitations(appendix)].map(([id, citation]) => [id, citation === '' ? label : `${citation} ${label}`]));
}

/** "điểm a khoản 2 mục III", "khoản 3 mục IV": each block cited by the numbered item it sits in. */
export function blockReferences(blocks: readonly Block[], sectionIndex: number): Map<string, string> {
  const numbers = numberItems(blocks);
  const section = `mục ${sectionNumber(sectionIndex)}`;
  const refs = new Map<string, string>();
  const open: { level: number; citation: string; dotted: boolean }[] = [];
  // Paragraphs and bullets are cited by the item they follow.
  let current = section;
  for (const block of blocks) {
    if (block.type === 'item') {
      while ((open.at(-1)?.level ?? 0) >= block.level) open.pop();
      const number = numbers.get(block.id)?.number ?? '';
      const dotted = number.includes('.');
      const parts = [block.level === 1 ? `khoản ${number}` : `điểm ${number}`];
      for (let i = open.length - 1; i >= 0 && !dotted; i--) {
        const parent = open[i];
        if (parent === undefined) continue;
        parts.push(parent.citation);
        if (parent.dotted) break;
      }
      open.push({ level: block.level, citation: parts[0] ?? '', dotted });
      current = [...parts, section].join(' ');
    }
    refs.set(block.id, current);
  }
  return refs;
}
