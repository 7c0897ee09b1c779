/** The one error the DOCX reader throws: its message is Vietnamese and meant for the user. */

export type DocxErrorCode = 'not-docx' | 'encrypted' | 'too-large' | 'corrupt' | 'unsafe-xml';

export class DocxReadError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocxReadError';
  }
}
