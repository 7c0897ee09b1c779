/**
 * Unique font subset tags after a merge. Chromium names the subsets of each print "AAAAAA+…",
 * "BAAAAA+…" in order, so once the per-section prints and the page-number stamps are merged, two
 * different subsets of one font carry the same tag, which ISO 32000-1 §9.6.4 forbids and which
 * strict validators and signing tools reject. Every embedded font program gets a tag of its own,
 * written into its FontDescriptor's FontName and into the BaseFont of every font using it.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

const SUBSET_NAME = /^[A-Z]{6}\+/;
const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'].map((key) => PDFName.of(key));

/** The n-th tag: six capital letters, least significant first (AAAAAA, BAAAAA, …). */
function tag(n: number): string {
  let rest = n;
  let letters = '';
  for (let i = 0; i < 6; i++) {
    letters += String.fromCharCode(65 + (rest % 26));
    rest = Math.floor(rest / 26);
  }
  return letters;
}

function nameOf(dict: PDFDict, key: string): string | undefined {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function retag(dict: PDFDict, key: string, newTag: string): void {
  const name = nameOf(dict, key);
  if (name !== undefined && SUBSET_NAME.test(name)) dict.set(PDFName.of(key), PDFName.of(`${newTag}${name.slice(6)}`));
}

/** The FontDescriptor a font dictionary draws with: its own, or its descendant CIDFont's. */
function descriptorOf(document: PDFDocument, font: PDFDict): PDFRef | undefined {
  const own = font.get(PDFName.of('FontDescriptor'));
  if (own instanceof PDFRef) return own;
  const descendants = document.context.lookupMaybe(font.get(PDFName.of('DescendantFonts')), PDFArray);
  const first = descendants?.get(0);
  const cidFont = first === undefined ? undefined : document.context.lookupMaybe(first, PDFDict);
  const inner = cidFont?.get(PDFName.of('FontDescriptor'));
  return inner instanceof PDFRef ? inner : undefined;
}

/** Gives every embedded subset a tag no other subset in the document has. */
export function uniqueFontSubsetTags(document: PDFDocument): void {
  const objects: [PDFRef, PDFObject][] = document.context.enumerateIndirectObjects();
  const tags = new Map<string, string>();
  const byFontFile = new Map<string, string>();
  for (const [ref, object] of objects) {
    if (!(object instanceof PDFDict) || nameOf(object, 'Type') !== 'FontDescriptor') continue;
    const fontName = nameOf(object, 'FontName');
    if (fontName === undefined || !SUBSET_NAME.test(fontName)) continue;
    // Descriptors sharing one font program are one subset and keep one tag.
    const file = FONT_FILES.map((key) => object.get(key)).find((value) => value instanceof PDFRef);
    const fileKey = file?.toString() ?? ref.toString();
    let newTag = byFontFile.get(fileKey);
    if (newTag === undefined) {
      newTag = tag(byFontFile.size);
      byFontFile.set(fileKey, newTag);
    }
    tags.set(ref.toString(), newTag);
    retag(object, 'FontName', newTag);
  }
  for (const [, object] of objects) {
    if (!(object instanceof PDFDict) || nameOf(object, 'Type') !== 'Font') continue;
    const descriptor = descriptorOf(document, object);
    const newTag = descriptor === undefined ? undefined : tags.get(descriptor.toString());
    if (newTag !== undefined) retag(object, 'BaseFont', newTag);
  }
}
