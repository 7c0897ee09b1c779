/**
 * Cancellation and progress for long imports. `CancelSignal` is the part of the standard
 * AbortSignal that shared code uses (shared/ compiles without the DOM and Node typings), so the
 * runner passes its AbortSignal as is.
 */
import { ImportError } from '../import-error';

export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface ImportProgress {
  /** 1-based page being read, and the number of pages that will be read. */
  readonly page: number;
  readonly pages: number;
  /** What is being done to the page, in Vietnamese ("Nhận dạng chữ trang 3/20"). */
  readonly message: string;
}

export interface LongImportOptions {
  readonly signal?: CancelSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export const CANCELLED_MESSAGE = 'Đã hủy nhập văn bản.';

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted === true) throw new ImportError('cancelled', CANCELLED_MESSAGE);
}
