/**
 * The end of a plan: "Nơi nhận:" with its "- …;" lines (a "} (để báo cáo)" brace line names the
 * purpose of the lines above it; "- Lưu: VT, VP." is the archive line), and the signature block
 * (authority lines "TM. …", "KT. …", "T/M …", the position, the signer's name), in either order.
 */
import type { RecipientEntry, Signer } from '../../model';
import { matchKey, isUppercase } from '../normalize/clean-text';
import { ARCHIVE, RECIPIENTS_HEADING, isSignedMark, matchAuthority } from './patterns';

/** Positions that sign, compared without diacritics so OCR'd or unaccented text still matches. */
const POSITION =
  /^(pho )?(chu tich|giam doc|tong giam doc|bi thu|truong ban|chanh van phong|bo truong|thu truong|truong phong|cuc truong|vien truong|hieu truong|chanh an|thu truong|chu nhiem|tong cuc truong|truong)\b/;
/**
 * "(để báo cáo);" at the end of a name. No stretch of white space can be taken by two parts, so a
 * long run of it is not tried in every split.
 */
const PURPOSE = /\(\s*(để\s[^()]*|(?:b\/c|đ\/b|t\/h)\s*)\)\s*[;,.]?$/iu;
const BRACE = /^[-–]?\s*\}\s*(.*)$/su;
/** Superior bodies: the usual receivers of "(để báo cáo)" when a brace's extent is lost in the text. */
const SUPERIOR =
  /Trung ương|Chính phủ|Thủ tướng|Quốc hội|^Bộ\s|^Các Bộ|^Ban Thường vụ|^Thường trực|^Tỉnh ủy|^HĐND|^UBND tỉnh|^Ủy ban nhân dân tỉnh/u;

/** "Sở Tài chính;" → "Sở Tài chính". A loop, because /[;,.]+$/ retries from every mark of a long run. */
function withoutEndPunctuation(text: string): string {
  let end = text.trimEnd().length;
  while (end > 0 && ';,.'.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end).trim();
}

function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w)) && !isUppercase(text) && !/[:;,]/.test(text);
}

export class ClosingReader {
  readonly recipients: RecipientEntry[] = [];
  archive = '';
  drafterInitials = '';
  readonly signer: Signer = { authority: [], position: '', name: '' };
  readonly warnings: string[] = [];
  private inRecipients = false;
  private bracePurpose = '';
  /** Where a "{" line opened a brace group whose extent the source kept (our own DOCX). */
  private groupStart: number | null = null;
  private awaitingName = false;

  get hasSigner(): boolean {
    return this.signer.authority.length > 0 || this.signer.position !== '' || this.signer.name !== '';
  }

  /** True when a line of the closing zone starts here (used to leave the body). */
  static starts(text: string): boolean {
    return RECIPIENTS_HEADING.test(text) || matchAuthority(text) !== null;
  }

  /** Takes a line of the closing zone; false when the line does not belong to it. */
  accept(text: string): boolean {
    const heading = RECIPIENTS_HEADING.exec(text);
    if (heading !== null) {
      this.inRecipients = true;
      const rest = (heading[1] ?? '').trim();
      if (rest !== '') this.acceptRecipient(rest);
      return true;
    }
    const authority = matchAuthority(text);
    if (authority !== null) {
      this.signer.authority.push(authority);
      this.awaitingName = true;
      return true;
    }
    if (isSignedMark(text)) return true;
    if (this.inRecipients && text === '{') {
      this.groupStart = this.recipients.length;
      return true;
    }
    if (this.inRecipients && (/^[-–•+*]/.test(text) || BRACE.test(text))) {
      this.acceptRecipient(text);
      return true;
    }
    if (
      isUppercase(text) &&
      text.split(/\s+/).length <= 8 &&
      this.signer.position === '' &&
      (this.awaitingName || POSITION.test(matchKey(text)))
    ) {
      this.signer.position = text;
      this.awaitingName = true;
      return true;
    }
    if (this.awaitingName && this.signer.name === '' && isPersonName(text)) {
      this.signer.name = text;
      this.awaitingName = false;
      return true;
    }
    if (this.drafterInitials === '' && /^[A-ZĐ][A-ZĐ0-9./]{1,15}(\s*\(\d+\))?$/u.test(text)) {
      this.inRecipients = false;
      this.drafterInitials = text;
      return true;
    }
    return false;
  }

  private acceptRecipient(line: string): void {
    const brace = BRACE.exec(line);
    if (brace !== null) {
      const purpose = (brace[1] ?? '').trim();
      if (purpose === '') {
        // Nothing says what the names beside a bare brace share: they stay single recipients.
        this.groupStart = null;
        this.warnings.push('Dấu ngoặc "}" ở nơi nhận không ghi mục đích (để báo cáo, để thực hiện…); các nơi nhận được giữ từng dòng.');
        return;
      }
      if (this.groupStart === null) {
        this.bracePurpose = purpose;
        return;
      }
      const names = this.recipients.splice(this.groupStart).flatMap((r) => ('name' in r ? [r.name] : r.names));
      if (names.length > 0) this.recipients.push({ purpose, names });
      this.groupStart = null;
      return;
    }
    const text = line.replace(/^[-–•+*]\s*/, '').trim();
    const archive = ARCHIVE.exec(text);
    if (archive !== null) {
      this.archive = withoutEndPunctuation(archive[1] ?? '');
      return;
    }
    const purpose = PURPOSE.exec(text);
    const name = withoutEndPunctuation(purpose === null ? text : text.slice(0, purpose.index));
    if (name === '') return;
    this.recipients.push(purpose === null ? { name } : { name, purpose: `(${(purpose[1] ?? '').trim()})` });
  }

  /** Applies a brace line whose extent the text lost: the leading superior bodies, or the first line. */
  finish(): void {
    if (this.bracePurpose === '') return;
    const singles = this.recipients.flatMap((r) => ('name' in r && r.purpose === undefined ? [r] : []));
    let count = 0;
    while (count < this.recipients.length) {
      const entry = this.recipients[count];
      if (entry === undefined || !('name' in entry) || entry.purpose !== undefined || !SUPERIOR.test(entry.name)) break;
      count++;
    }
    if (count === 0 && singles.length > 0) {
      count = 1;
      this.warnings.push(`Không rõ dấu ngoặc "}" ${this.bracePurpose} áp dụng cho những nơi nhận nào; đã gán cho dòng đầu tiên.`);
    }
    if (count === 0) return;
    const names = this.recipients.slice(0, count).flatMap((r) => ('name' in r ? [r.name] : []));
    this.recipients.splice(0, count, { purpose: this.bracePurpose, names });
  }
}
