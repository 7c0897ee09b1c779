/**
 * The renderer's one way out: the API the preload put on `window.kehoach` in Electron, or the HTTP
 * API of the test harness in a plain browser. Calls return the value or throw a HostCallError
 * carrying the host's Vietnamese message.
 */
import type { ChannelInput, ChannelName, ChannelOutput, EventName, EventPayload, HostError, WindowApi } from '../../shared/ipc';
import { createHttpApi } from './http-host';

declare global {
  interface Window {
    readonly kehoach?: WindowApi;
  }
}

export class HostCallError extends Error {
  constructor(readonly error: HostError) {
    super(error.message);
    this.name = 'HostCallError';
  }
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** The path of a file from a file input; '' in a browser. */
  pathForFile(file: File): string;
}

function wrap(windowApi: WindowApi, kind: Host['kind']): Host {
  return {
    kind,
    async call(channel, input) {
      // A page may run against an older host that lacks a channel.
      const method = Object.hasOwn(windowApi.api, channel) ? windowApi.api[channel] : undefined;
      if (method === undefined) throw new HostCallError({ code: 'unknown-channel', message: `Không có chức năng "${channel}".` });
      const result = await method(input);
      if (!result.ok) throw new HostCallError(result.error);
      return result.value;
    },
    on: (name, listener) => windowApi.events.on(name, listener),
    pathForFile: (file) => windowApi.pathForFile(file),
  };
}

let current: Host | null = null;

export function host(): Host {
  current ??= window.kehoach === undefined ? wrap(createHttpApi(), 'browser') : wrap(window.kehoach, 'electron');
  return current;
}

/** The message to show for any failure of a call. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * "Không mở được: <why>", without saying it twice when the host's message already begins with
 * the same words ("Không mở được: Không mở được "a.kehoach". …").
 */
export function failureText(what: string, error: unknown): string {
  const message = errorMessage(error);
  return message.toLocaleLowerCase('vi').startsWith(what.toLocaleLowerCase('vi')) ? message : `${what}: ${message}`;
}
