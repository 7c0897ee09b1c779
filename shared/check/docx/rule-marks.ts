/**
 * Which paragraphs carry a drawn line: a bottom border (directly or from their style) or a drawing
 * (a line shape). The importer's reader does not expose borders or shapes, so this reads them from
 * the package, in the same paragraph order as the reader (body, then table cells in reading order;
 * text boxes and compatibility fallbacks left out). When the counts disagree the marks are unknown.
 */
import JSZip from 'jszip';

const PARAGRAPH = /<w:p(?=[\s>/])(?:[^>]*\/>|[^>]*>([\s\S]*?)<\/w:p>)/gu;
const BOTTOM_BORDER = /<w:pBdr>[\s\S]*?<w:bottom\b(?![^>]*w:val="(?:none|nil)")[^>]*>[\s\S]*?<\/w:pBdr>/u;
const DRAWING = /<w:drawing\b|<w:pict\b|<v:line\b/u;
const STYLE = /<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/gu;

function bordersByStyle(stylesXml: string): Set<string> {
  const ids = new Set<string>();
  for (const [, id = '', body = ''] of stylesXml.matchAll(STYLE)) if (BOTTOM_BORDER.test(body)) ids.add(id);
  return ids;
}

/** One boolean per paragraph of the document body, or null when the package cannot be matched. */
export async function readRuleMarks(bytes: Uint8Array, paragraphCount: number): Promise<boolean[] | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')?.async('string');
    if (documentXml === undefined) return null;
    const styled = bordersByStyle((await zip.file('word/styles.xml')?.async('string')) ?? '');
    const body = documentXml
      .replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/gu, '')
      .replace(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/gu, '');
    const marks = [...body.matchAll(PARAGRAPH)].map(([, inner = '']) => {
      const style = /<w:pStyle w:val="([^"]+)"/u.exec(inner)?.[1];
      return BOTTOM_BORDER.test(inner) || DRAWING.test(inner) || (style !== undefined && styled.has(style));
    });
    return marks.length === paragraphCount ? marks : null;
  } catch {
    return null;
  }
}
