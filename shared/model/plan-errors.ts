/** The one error type for unreadable plans, with a Vietnamese message and the field at fault. */

export type PlanErrorKind = 'invalid' | 'newer-version';

export class PlanFormatError extends Error {
  constructor(
    message: string,
    readonly field: string = '',
    readonly kind: PlanErrorKind = 'invalid',
  ) {
    super(message);
    this.name = 'PlanFormatError';
  }
}
