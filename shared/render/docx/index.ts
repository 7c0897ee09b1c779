/** The DOCX backend: layout → Word document, with the source model embedded. */
export { renderDocx, type DocxOptions } from './render-docx';
export { readEmbeddedModel, type EmbeddedModel, MODEL_NAMESPACE } from './embedded-model';
export { visibleText, fingerprint } from './fingerprint';
