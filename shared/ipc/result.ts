/**
 * What every call across the host boundary returns. Thrown errors lose their type and fields on the
 * way through IPC, so failures travel as data with a code and a Vietnamese message.
 */
export type ErrorCode =
  /** The input did not match the contract. */
  | 'invalid-input'
  /** The call came from somewhere other than the app's own page. */
  | 'forbidden'
  | 'unknown-channel'
  /** A failure the user can act on: a missing file, a full disk, an unreadable plan. */
  | 'user'
  | 'internal';

export interface HostError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
