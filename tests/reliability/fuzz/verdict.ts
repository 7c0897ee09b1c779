/**
 * What counts as handling bad input well. A failure must be one of the project's typed errors —
 * PlanFormatError (.kehoach), ImportError (import), DocxReadError (DOCX package), UserError
 * (services) — whose message is meant for the user: NFC Vietnamese, without an engine message
 * ("Unexpected token", "Cannot read properties") or a stack leaking through, and of a size a
 * dialog can show. Any other thrown value is a bug in the code under test. Runs in the worker.
 */
import { UserError } from '../../../electron/services/user-error';
import { ImportError } from '../../../shared/import';
import { DocxReadError } from '../../../shared/import/docx';
import { PlanFormatError } from '../../../shared/model';

const TYPED = [PlanFormatError, ImportError, DocxReadError, UserError] as const;

/** Letters only Vietnamese uses among the scripts a message could be in. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const ENGINE_TEXT =
  /Unexpected (?:token|end|non-whitespace|character)|is not valid JSON|in JSON at position|Cannot read prop|is not a function|is not iterable|Maximum call stack|Invalid (?:array length|string length)|\[object \w+\]|\bundefined\b|\bNaN\b|\n\s+at /u;
export const MAX_MESSAGE_CHARS = 2000;

/** Why a message is not clear enough for the user, or null when it is. */
export function unclearMessage(message: string): string | null {
  if (message.trim() === '') return 'empty message';
  if (message.length > MAX_MESSAGE_CHARS) return `message of ${String(message.length)} characters`;
  if (message !== message.normalize('NFC')) return 'message not in NFC';
  if (!VIETNAMESE.test(message)) return 'message not in Vietnamese';
  const leak = ENGINE_TEXT.exec(message);
  if (leak !== null) return `engine text in the message: "${leak[0].trim()}"`;
  return null;
}

/** A broken promise the target checks on accepted input (a round trip that changes the plan…). */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

export type Verdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly message: string }
  | { readonly kind: 'bug'; readonly detail: string };

/** Runs one call on untrusted input and says how it ended. */
export async function judge(call: () => unknown): Promise<Verdict> {
  try {
    await call();
    return { kind: 'accepted' };
  } catch (error) {
    if (TYPED.some((type) => error instanceof type)) {
      const message = (error as Error).message;
      const unclear = unclearMessage(message);
      return unclear === null
        ? { kind: 'rejected', message }
        : { kind: 'bug', detail: `${(error as Error).name}: ${unclear}: ${message.slice(0, 300)}` };
    }
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `thrown ${typeof error}: ${String(error)}`;
    return { kind: 'bug', detail: detail.split('\n').slice(0, 8).join('\n') };
  }
}
