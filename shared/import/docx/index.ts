/** The safe DOCX reader: see types.ts for what it returns. */
export { readDocx } from './read-docx';
export { DocxReadError, type DocxErrorCode } from './docx-error';
export { ZIP_LIMITS } from './safe-zip';
export * from './types';
