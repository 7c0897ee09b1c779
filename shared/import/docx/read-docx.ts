/**
 * `readDocx`: a DOCX package → paragraphs and tables with resolved formatting, page sections with
 * their headers and footers, footnotes, and the model Kế hoạch Studio embeds on export. Untrusted
 * input throws a DocxReadError with a Vietnamese message, never anything else.
 */
import type JSZip from 'jszip';
import { embeddedModelOf, type EmbeddedModel } from '../../markup';
import { readActiveContent } from './active-content';
import { readBody, readStoryParagraphs } from './body';
import { DocxReadError } from './docx-error';
import { NumberingState } from './numbering';
import { pendingReview, revisionView, type RevisionView } from './pending-review';
import type { ReadContext } from './paragraph';
import { openZip, readPart } from './safe-zip';
import { readSections } from './sections';
import { StyleSheet, readThemeFonts } from './styles';
import type { DocxDocument, DocxFootnote } from './types';
import { attr, child, children, parseRelationships, parseXml } from './xml';

const DOCUMENT = 'word/document.xml';

async function readFootnotes(zip: JSZip, ctx: ReadContext): Promise<DocxFootnote[]> {
  const source = await readPart(zip, 'word/footnotes.xml');
  if (source === null) return [];
  return children(parseXml(source, 'word/footnotes.xml'), 'footnote')
    .filter((el) => ['normal', null].includes(attr(el, 'type')))
    .map((el) => {
      const paragraphs = readStoryParagraphs(el, ctx);
      return {
        id: attr(el, 'id') ?? '',
        paragraphs,
        text: paragraphs
          .map((p) => p.text)
          .join('\n')
          .trim(),
      };
    });
}

/** Our embedded model, checked against the visible text; read through the capped reader. */
async function readModel(zip: JSZip, documentXml: string): Promise<EmbeddedModel | null> {
  const parts: string[] = [];
  for (const part of zip.file(/^customXml\/item\d+\.xml$/)) parts.push((await readPart(zip, part.name)) ?? '');
  return embeddedModelOf(parts, documentXml);
}

export interface ReadDocxOptions {
  /** How tracked changes are read; accepted unless said otherwise. */
  readonly revisions?: RevisionView;
}

export async function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Promise<DocxDocument> {
  const revisions = options.revisions ?? 'accept';
  const zip = await openZip(bytes);
  const documentXml = await readPart(zip, DOCUMENT);
  if (documentXml === null) throw new DocxReadError('not-docx', 'Tệp không phải văn bản Word (thiếu phần word/document.xml).');
  const theme = readThemeFonts(await readPart(zip, 'word/theme/theme1.xml'));
  const styles = new StyleSheet(await readPart(zip, 'word/styles.xml'), theme);
  const numberingXml = await readPart(zip, 'word/numbering.xml');
  const ctx: ReadContext = { styles, numbering: new NumberingState(numberingXml), revisions };
  // Headers, footers and footnotes keep their own list counters, as Word does.
  const storyCtx: ReadContext = { styles, numbering: new NumberingState(numberingXml), revisions };
  const body = child(parseXml(documentXml, DOCUMENT), 'body');
  if (body === null) throw new DocxReadError('corrupt', 'Tệp DOCX bị hỏng: không có phần thân văn bản.');
  const { blocks, sectionProps } = readBody(body, ctx);
  const rels = parseRelationships(await readPart(zip, 'word/_rels/document.xml.rels'), 'word');
  return {
    blocks,
    sections: await readSections(sectionProps, zip, rels, storyCtx),
    footnotes: await readFootnotes(zip, storyCtx),
    // The model was exported with the text as sent: compared with the view that rejects the changes,
    // an exported plan reviewed with tracked changes only is still recognised as ours.
    embeddedModel: await readModel(zip, revisions === 'reject' ? revisionView(documentXml, 'reject') : documentXml),
    activeContent: await readActiveContent(zip),
    pendingReview: pendingReview(documentXml, await readPart(zip, 'word/comments.xml')),
  };
}
