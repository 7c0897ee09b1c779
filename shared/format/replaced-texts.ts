/**
 * Texts on the format of documents that a later text replaced, with the day it did: a document
 * dated from that day that still cites one is citing a rule no longer in force. Each entry says
 * what replaced it, so a finding can offer the citation of the successor.
 */
import type { DocumentReference, IssueDate } from '../model/meta.schema';
import { citedNumber } from './citations';
import type { Provenance } from './provenance';
import { latestIsoDay } from './registry';

export interface ReplacedText {
  /** Its number and symbol as cited: "36-HD/VPTW". */
  readonly code: string;
  /** "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng". */
  readonly title: string;
  /** ISO date from which documents no longer follow it. */
  readonly replacedOn: string;
  /** The text that replaced it, as a căn cứ would cite it. */
  readonly by: Omit<DocumentReference, 'id' | 'shortName' | 'role'>;
  readonly provenance: Provenance;
}

export const REPLACED_TEXTS: readonly ReplacedText[] = [
  {
    code: '36-HD/VPTW',
    title: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng',
    replacedOn: '2026-05-27',
    by: {
      typeName: 'Hướng dẫn',
      number: '05',
      symbol: 'HD/VPTW',
      system: 'dang',
      date: '2026-05-27',
      issuer: 'Văn phòng Trung ương Đảng',
      title: 'về thể thức và kỹ thuật trình bày văn bản của Đảng',
    },
    provenance: {
      cite: 'HD 05-HD/VPTW, Phần III.1',
      sources: ['HD05-TXT'],
      confidence: 'high',
      note: '"Hướng dẫn này có hiệu lực từ ngày ký, thay thế Hướng dẫn số 36-HD/VPTW".',
    },
  },
  {
    code: '66-QĐ/TW',
    title: 'Quy định số 66-QĐ/TW ngày 06/02/2017 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng',
    replacedOn: '2026-01-09',
    by: {
      typeName: 'Quy định',
      number: '399',
      symbol: 'QĐ/TW',
      system: 'dang',
      date: '2026-01-09',
      issuer: 'Ban Bí thư',
      title: 'về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng',
    },
    provenance: {
      cite: 'Quy định 399-QĐ/TW ngày 09/01/2026 (hiệu lực từ ngày ký)',
      sources: ['QD399'],
      confidence: 'medium',
      note: 'Các trang đăng Quy định 399-QĐ/TW ghi ngày có hiệu lực 09/01/2026 và thay Quy định 66-QĐ/TW.',
    },
  },
  {
    code: '110/2004/NĐ-CP',
    title: 'Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư',
    replacedOn: '2020-03-05',
    by: {
      typeName: 'Nghị định',
      number: '30',
      symbol: '2020/NĐ-CP',
      system: 'nha-nuoc',
      date: '2020-03-05',
      issuer: 'Chính phủ',
      title: 'về công tác văn thư',
    },
    provenance: { cite: 'NĐ 30/2020/NĐ-CP, Điều 37', sources: ['N-ND'], confidence: 'verified' },
  },
  {
    code: '09/2010/NĐ-CP',
    title: 'Nghị định số 09/2010/NĐ-CP ngày 08/02/2010 của Chính phủ sửa đổi, bổ sung Nghị định số 110/2004/NĐ-CP',
    replacedOn: '2020-03-05',
    by: {
      typeName: 'Nghị định',
      number: '30',
      symbol: '2020/NĐ-CP',
      system: 'nha-nuoc',
      date: '2020-03-05',
      issuer: 'Chính phủ',
      title: 'về công tác văn thư',
    },
    provenance: { cite: 'NĐ 30/2020/NĐ-CP, Điều 37', sources: ['N-ND'], confidence: 'verified' },
  },
];

/** "36-HD/VPTW" written any way a drafter does: no spaces, upper case, "Đ" kept. */
function codeKey(code: string): string {
  return code.normalize('NFC').replace(/\s+/gu, '').toLocaleUpperCase('vi');
}

/** The replaced text a cited reference is, when it was replaced on or before the citing document's date. */
export function replacedReference(
  ref: Pick<DocumentReference, 'number' | 'symbol' | 'system'>,
  citingDate: IssueDate,
): ReplacedText | undefined {
  const key = codeKey(citedNumber(ref));
  const day = latestIsoDay(citingDate);
  return REPLACED_TEXTS.find((t) => codeKey(t.code) === key && t.replacedOn <= day);
}

/** The replaced texts a passage cites by number ("theo Hướng dẫn 36-HD/VPTW"), for a document of `citingDate`. */
export function replacedTextsIn(text: string, citingDate: IssueDate): ReplacedText[] {
  const compact = codeKey(text);
  const day = latestIsoDay(citingDate);
  return REPLACED_TEXTS.filter(
    (t) => t.replacedOn <= day && compact.includes(codeKey(t.code)) && !precededByDigit(compact, codeKey(t.code)),
  );
}

/** "136-HD/VPTW" holds "36-HD/VPTW" but is another text. */
function precededByDigit(compact: string, code: string): boolean {
  let at = compact.indexOf(code);
  while (at !== -1) {
    if (at === 0 || !/\d/u.test(compact.charAt(at - 1))) return false;
    at = compact.indexOf(code, at + 1);
  }
  return true;
}
