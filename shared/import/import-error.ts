/** Why an import failed, with a Vietnamese message for the user. */

export type ImportErrorCode = 'not-plan' | 'no-text' | 'unreadable' | 'invalid' | 'too-large' | 'pending-review' | 'cancelled';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
