/**
 * Tracked changes and comments still pending in a DOCX returned after review. They are counted
 * before anything is read, so the import can ask whether to accept them all, reject them all or
 * stop, and never apply or drop them silently. Counting and the text views are plain scans of the
 * XML (indexOf, no backtracking), as hostile files must stay linear.
 */

/** How the document's tracked changes are read: as the reviewer proposes, or as it was sent out. */
export type RevisionView = 'accept' | 'reject';

export interface PendingReview {
  readonly insertions: number;
  readonly deletions: number;
  /** Text moved elsewhere (a moveFrom/moveTo pair counts once). */
  readonly moves: number;
  /** Formatting changes (bold, style…): their text is the same either way. */
  readonly formatting: number;
  readonly comments: number;
}

/** Occurrences of an element's start tag: `<w:ins` followed by a space, ">" or "/" (not w:insideH). */
export function countElements(xml: string, name: string): number {
  const open = `<${name}`;
  let count = 0;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + open.length)) {
    const next = xml.charAt(at + open.length);
    if (next === ' ' || next === '>' || next === '/' || next === '\n' || next === '\t' || next === '\r') count++;
  }
  return count;
}

export function pendingReview(documentXml: string, commentsXml: string | null): PendingReview {
  return {
    insertions: countElements(documentXml, 'w:ins'),
    deletions: countElements(documentXml, 'w:del'),
    moves: countElements(documentXml, 'w:moveFrom'),
    formatting: ['w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange'].reduce(
      (sum, name) => sum + countElements(documentXml, name),
      0,
    ),
    comments: commentsXml === null ? 0 : countElements(commentsXml, 'w:comment'),
  };
}

export function hasPendingReview(review: PendingReview): boolean {
  return review.insertions + review.deletions + review.moves + review.formatting + review.comments > 0;
}

/** "3 chỗ chèn, 2 chỗ xoá, 1 chỗ di chuyển, 4 ý kiến (comment)": what is pending, in words. */
export function describePendingReview(review: PendingReview): string {
  const parts = [
    review.insertions > 0 ? `${review.insertions} chỗ chèn` : '',
    review.deletions > 0 ? `${review.deletions} chỗ xoá` : '',
    review.moves > 0 ? `${review.moves} chỗ di chuyển` : '',
    review.formatting > 0 ? `${review.formatting} chỗ đổi định dạng` : '',
    review.comments > 0 ? `${review.comments} ý kiến (comment)` : '',
  ].filter((p) => p !== '');
  return parts.join(', ');
}

/**
 * The element `name` removed with its content wherever it is not self-closing (the insertion and
 * deletion wrappers never nest in themselves).
 */
function removeElements(xml: string, name: string): string {
  const open = `<${name}`;
  const close = `</${name}>`;
  let out = '';
  let from = 0;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + open.length)) {
    const next = xml.charAt(at + open.length);
    if (!(next === ' ' || next === '>' || next === '\n' || next === '\t' || next === '\r')) continue;
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) break;
    if (xml.charAt(tagEnd - 1) === '/') continue;
    const end = xml.indexOf(close, tagEnd);
    if (end === -1) break;
    out += xml.slice(from, at);
    from = end + close.length;
    at = from - open.length;
  }
  return out + xml.slice(from);
}

/**
 * The document XML as if its tracked changes were all accepted or all rejected, for the parts
 * that read text by pattern (the embedded model's fingerprint): rejected, insertions go and
 * deleted text is text again; accepted, deletions go.
 */
export function revisionView(documentXml: string, view: RevisionView): string {
  if (view === 'accept') return joinMarkedParagraphs(removeElements(removeElements(documentXml, 'w:del'), 'w:moveFrom'), '<w:del ');
  const rejected = removeElements(removeElements(documentXml, 'w:ins'), 'w:moveTo');
  return joinMarkedParagraphs(rejected, '<w:ins ').replaceAll('<w:delText', '<w:t').replaceAll('</w:delText>', '</w:t>');
}

/**
 * A paragraph whose mark was inserted (in the view that rejects) or deleted (in the view that
 * accepts) is not a paragraph of its own there: its end is removed, so it runs on into the next.
 */
function joinMarkedParagraphs(xml: string, mark: string): string {
  let out = '';
  let from = 0;
  for (let at = xml.indexOf('<w:pPr>'); at !== -1; at = xml.indexOf('<w:pPr>', at + 1)) {
    const end = xml.indexOf('</w:pPr>', at);
    if (end === -1) break;
    // Only the paragraph's own properties are looked at: a search past them would make it quadratic.
    const props = xml.slice(at, end);
    const runProps = props.indexOf('<w:rPr>');
    if (runProps === -1 || !props.slice(runProps, props.indexOf('</w:rPr>', runProps)).includes(mark) || end < from) continue;
    const close = xml.indexOf('</w:p>', end);
    if (close === -1) break;
    out += xml.slice(from, close);
    from = close + '</w:p>'.length;
  }
  return out + xml.slice(from);
}
