/**
 * Our model inside a DOCX as a custom XML part: its text at export, and at import the model read
 * back from the parts' text and checked against the body's visible text. Strings only, so the
 * writer (render/docx, which owns the zip it builds) and the reader (import/docx, which reads
 * through its capped zip reader) share one codec.
 */
import { fingerprint, visibleText } from './visible-text';
import { decodeEntities } from './entities';

export const MODEL_NAMESPACE = 'urn:kehoach-studio:plan';

export interface EmbeddedModel {
  readonly json: string;
  /** False when the visible text no longer matches what was exported (edited in Word). */
  readonly contentMatches: boolean;
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
    return {
      json: decodeEntities(xml.slice(open.index + open[0].length, end)),
      contentMatches: fingerprint(visibleText(documentXml)) === open[1],
    };
  }
  return null;
}
