/**
 * Text typed or pasted with decomposed diacritics ("e" + U+0302 + U+0323) looks like "ệ" but is not
 * the NFC text the model keeps. The editor fixes such text in place with the smallest replacement,
 * so that a caret or selection around the fix moves with it instead of jumping to the block's end.
 */
export interface NfcFix {
  /** Where the replacement starts in the original text. */
  readonly offset: number;
  readonly removed: string;
  readonly inserted: string;
}

/** The smallest replacement that turns `text` into NFC, or null when it already is NFC. */
export function nfcFix(text: string): NfcFix | null {
  const nfc = text.normalize('NFC');
  if (nfc === text) return null;
  let start = 0;
  const shortest = Math.min(text.length, nfc.length);
  while (start < shortest && text[start] === nfc[start]) start++;
  // A base letter that now carries a composed mark differs from itself, so the shared prefix never
  // ends inside a combining sequence; the shared suffix is kept clear of the prefix.
  let end = 0;
  while (end < shortest - start && text[text.length - 1 - end] === nfc[nfc.length - 1 - end]) end++;
  return { offset: start, removed: text.slice(start, text.length - end), inserted: nfc.slice(start, nfc.length - end) };
}

/** Where an offset into the original text lands once `fix` is applied. */
export function offsetAfterNfcFix(fix: NfcFix, offset: number): number {
  if (offset <= fix.offset) return offset;
  const removedEnd = fix.offset + fix.removed.length;
  if (offset >= removedEnd) return offset - fix.removed.length + fix.inserted.length;
  return fix.offset + fix.inserted.length;
}
