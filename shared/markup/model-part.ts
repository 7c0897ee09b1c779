/**
 * Our model inside a DOCX as a custom XML part: its text at export, and at import the model read
 * back from the parts' text with the body's visible text, which it must render to (import/docx). Strings only, so the
 * writer (render/docx, which owns the zip it builds) and the reader (import/docx, which reads
 * through its capped zip reader) share one codec.
 */
import { fingerprint, visibleText } from './visible-text';
import { decodeEntities } from './entities';

export const MODEL_NAMESPACE = 'urn:kehoach-studio:plan';

export interface EmbeddedModel {
  readonly json: string;
  /**
   * False when the visible text no longer matches the fingerprint written beside the model (edited
   * in Word). True proves nothing about the model: a forger copies the fingerprint with the text.
   */
  readonly contentMatches: boolean;
  /** The visible text of the document the model sits in, which the model must render to. */
  readonly visibleText: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The custom XML part holding the model, stamped with the fingerprint of the body it goes with. */
export function modelPartXml(modelJson: string, documentXml: string): string {
  const hash = fingerprint(visibleText(documentXml));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<plan xmlns="${MODEL_NAMESPACE}" contentHash="${hash}">${escapeXml(modelJson)}</plan>`;
}

/** Our model in the first of the custom XML parts that holds one, or null. */
export function embeddedModelOf(partXmls: readonly string[], documentXml: string): EmbeddedModel | null {
  for (const xml of partXmls) {
    // The opening tag by pattern, the closing one by lastIndexOf: a pattern spanning both would
    // rescan the rest of a hostile part from every opening tag, in quadratic time.
    const open = /<plan xmlns="urn:kehoach-studio:plan" contentHash="([0-9a-f]+)">/.exec(xml);
    const end = xml.lastIndexOf('</plan>');
    if (open === null || end < open.index + open[0].length) continue;
    const text = visibleText(documentXml);
    return {
      json: decodeEntities(xml.slice(open.index + open[0].length, end)),
      contentMatches: fingerprint(text) === open[1],
      visibleText: text,
    };
  }
  return null;
}
