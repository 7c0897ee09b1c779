/** The parts of a small DOCX that reads as a plan, to which each hostile test adds its own. */
import type { ZipEntry } from './zip-writer';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const PLAN_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 12/KH-UBND',
  'KẾ HOẠCH',
  'Triển khai chuyển đổi số năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Triển khai đồng bộ các nhiệm vụ.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Các sở, ban, ngành triển khai Kế hoạch này.',
];

export const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export function documentXml(body: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string {
  return `${prolog}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`;
}

export const PLAN_BODY = PLAN_LINES.map(paragraph).join('');

export function relationships(rels: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_RELS}">${rels.join('')}</Relationships>`;
}

export interface DocxOptions {
  readonly document?: string;
  /** Relationship elements of word/_rels/document.xml.rels. */
  readonly rels?: readonly string[];
  readonly contentTypes?: readonly string[];
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
}

export function docxEntries(options: DocxOptions = {}): ZipEntry[] {
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${(options.contentTypes ?? []).join('')}</Types>`;
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': types,
    '_rels/.rels': relationships([`<Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/>`]),
    'word/document.xml': options.document ?? documentXml(PLAN_BODY),
    'word/_rels/document.xml.rels': relationships(options.rels ?? []),
    ...options.parts,
  };
  return Object.entries(parts).map(([name, content]) => ({ name, content }));
}
