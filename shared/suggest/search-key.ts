/**
 * Accent-insensitive search keys: "Sở Nông nghiệp" and "so nong nghiep" fold to the same text, so a
 * user can search without typing diacritics (or with any input method's composition of them).
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
