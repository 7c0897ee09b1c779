/**
 * One entry point for every call from the renderer, used by Electron's IPC and by the harness's
 * HTTP server alike: an unknown channel or an input that does not match the contract is refused
 * before any service runs, every answer is checked against the contract's output schema before it
 * leaves (the renderer relies on its shape as much as the host relies on the input's), and every
 * failure comes back as data with a Vietnamese message.
 */
import { z } from 'zod';
import { CONTRACT, fail, isChannel, ok, type ChannelName, type Result } from '../../shared/ipc';
import { formatIssuePath, PlanFormatError } from '../../shared/model';
import type { Handlers, ParsedInput } from './host-handlers';
import { UserError } from './user-error';

const vietnamese = z.locales.vi().localeError;

export type Dispatch<Ctx> = (channel: unknown, input: unknown, ctx: Ctx) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors go (the app's log); the user sees only a short message. */
  readonly logError?: (channel: string, error: unknown) => void;
}

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue === undefined ? '' : formatIssuePath(issue.path);
  return `Dữ liệu gửi lên không hợp lệ${field === '' ? '' : ` ở "${field}"`}: ${issue?.message ?? ''}`;
}

export function createDispatch<Ctx>(handlers: Handlers<Ctx>, { logError }: DispatchOptions = {}): Dispatch<Ctx> {
  return async (channel, input, ctx) => {
    if (!isChannel(channel)) return fail('unknown-channel', `Không có chức năng "${String(channel).slice(0, 80)}".`);
    const parsed = CONTRACT[channel].input.safeParse(input ?? {}, { error: vietnamese });
    if (!parsed.success) return fail('invalid-input', describeIssues(parsed.error));
    try {
      const handler = handlers[channel] as (input: ParsedInput<ChannelName>, ctx: Ctx) => unknown;
      const value = await handler(parsed.data, ctx);
      const answer = CONTRACT[channel].output.safeParse(value);
      if (!answer.success) {
        logError?.(channel, answer.error);
        return fail('internal', `Lỗi không mong đợi: kết quả của "${channel}" không đúng dạng đã thỏa thuận.`);
      }
      return ok(value);
    } catch (error) {
      if (error instanceof UserError || error instanceof PlanFormatError) return fail('user', error.message);
      logError?.(channel, error);
      return fail('internal', `Lỗi không mong đợi khi thực hiện "${channel}": ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
