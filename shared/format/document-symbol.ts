/** A công văn is known by its tên loại code, CV, in both systems (NĐ 30 only leaves it out of the ký hiệu). */
export const LETTER_DOC_TYPE = 'CV';

export function isLetter(docType: string): boolean {
  return docType === LETTER_DOC_TYPE;
}
