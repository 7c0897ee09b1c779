/**
 * The header block before the tên loại: organ names (parent, issuer), the Party motto or the
 * Quốc hiệu and Tiêu ngữ, "Số …" with its symbol, the place and date, and markings.
 */
import { mottoLines } from '../../format';
import type { System } from '../../model';
import { foldText, isUppercase } from '../normalize/clean-text';
import { isDecoration, matchNumberSymbol, matchPlaceDate, type NumberSymbol, type PlaceDate } from './patterns';

const PARENT_START =
  /^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|TỔNG CỤC|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|HĐND|SỞ)(?![\p{L}\p{N}])/u;
/** Each profile's heading lines, folded as received text is: "doc lap tu do hanh phuc". */
const MOTTOS = mottoLines().map((line) => ({ folded: foldText(line.text), system: line.system }));
const MARKINGS = /^(TUYỆT MẬT|TỐI MẬT|MẬT|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|LƯU HÀNH NỘI BỘ|XEM XONG TRẢ LẠI)$/u;
/** Organ names, the motto, số/ký hiệu and the date line are short, even when a PDF joins two of them. */
const MAX_HEADER_LINE = 200;

export interface OrganLine {
  readonly text: string;
  readonly bold: boolean | null;
}

export class HeaderReader {
  readonly organ: OrganLine[] = [];
  /** The systems whose heading lines the header has. */
  readonly mottoSystems = new Set<System>();
  numberSymbol: NumberSymbol | null = null;
  placeDate: PlaceDate | null = null;
  draft = '';
  readonly markings: string[] = [];

  accept(text: string, bold: boolean | null): boolean {
    // Every line of a header block is short; a long one is the preamble or the body.
    if (text.length > MAX_HEADER_LINE) return false;
    const folded = foldText(text);
    const motto = MOTTOS.find((m) => folded.includes(m.folded));
    if (motto !== undefined) {
      this.mottoSystems.add(motto.system);
      return true;
    }
    if (isDecoration(text)) return true;
    const numberSymbol = matchNumberSymbol(text);
    if (numberSymbol !== null && this.numberSymbol === null) {
      this.numberSymbol = numberSymbol;
      return true;
    }
    const placeDate = matchPlaceDate(text);
    if (placeDate !== null && this.placeDate === null) {
      this.placeDate = placeDate;
      return true;
    }
    if (/^d[uự]\s*th[aả]o\b/iu.test(text)) {
      this.draft = text;
      return true;
    }
    if (MARKINGS.test(text)) {
      this.markings.push(text);
      return true;
    }
    if (text.length <= 90 && isUppercase(text)) {
      this.organ.push({ text, bold });
      return true;
    }
    return false;
  }

  /** Parent organ and issuer: bold tells them apart when known; otherwise the parent is the first line when it names one. */
  organs(): { parent: string; issuer: string } {
    const lines = this.organ;
    if (lines.length === 0) return { parent: '', issuer: '' };
    const boldKnown = lines.some((l) => l.bold === true) && lines.some((l) => l.bold === false);
    if (boldKnown) {
      return {
        parent: lines
          .filter((l) => l.bold !== true)
          .map((l) => l.text)
          .join('\n'),
        issuer: lines
          .filter((l) => l.bold === true)
          .map((l) => l.text)
          .join('\n'),
      };
    }
    // A parent's locality may take its own line ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ").
    const locality = (text: string | undefined): boolean => /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s/u.test(text ?? '');
    const first = lines[0];
    const parentLines = locality(lines[1]?.text) ? 2 : 1;
    if (first !== undefined && lines.length > parentLines && PARENT_START.test(first.text)) {
      return {
        parent: lines
          .slice(0, parentLines)
          .map((l) => l.text)
          .join(' '),
        issuer: lines
          .slice(parentLines)
          .map((l) => l.text)
          .join('\n'),
      };
    }
    return { parent: '', issuer: lines.map((l) => l.text).join('\n') };
  }
}
