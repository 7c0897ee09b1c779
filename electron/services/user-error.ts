/** An error whose message is written for the user, in Vietnamese, and shown as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
