/** Why a plan could not be cloned or checked, in Vietnamese for the user. */

export type CloneErrorKind = 'unknown-unit' | 'not-a-unit' | 'no-tasks' | 'template';

export class CloneError extends Error {
  constructor(
    message: string,
    readonly kind: CloneErrorKind,
    /** Closest names in the directory, for an unknown unit. */
    readonly suggestions: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CloneError';
  }
}
