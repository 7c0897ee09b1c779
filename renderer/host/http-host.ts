/**
 * The host API over HTTP, for the test harness: the same channels as Electron's preload, sent as
 * `POST /api/<channel>` to the page's own origin. The harness has no menus or windows, so events
 * never fire, and a browser's file input gives no path.
 */
import { CHANNEL_NAMES, splitChannel, type HostApi, type Result, type WindowApi } from '../../shared/ipc';

async function post(channel: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`./api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `Mất kết nối tới máy chủ thử nghiệm: ${String(error)}` } };
  }
}

export function createHttpApi(): WindowApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of CHANNEL_NAMES) {
    const [domain, verb] = splitChannel(name);
    (api[domain] ??= {})[verb] = (input) => post(name, input);
  }
  return {
    api: api as unknown as HostApi,
    events: { on: () => () => undefined },
    pathForFile: () => '',
  };
}
