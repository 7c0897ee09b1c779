/**
 * The host API over HTTP, for the test harness: the same channels as Electron's preload, sent as
 * `POST /api/<channel>` to the page's own origin; events arrive on one server-sent event stream
 * (the harness has no menus or windows, so only the host's own events, such as a tracking folder
 * that changed, come). A browser's file input gives no path.
 */
import {
  CHANNEL_NAMES,
  EVENTS,
  type AnyHostMethod,
  type ChannelName,
  type EventName,
  type EventPayload,
  type HostApi,
  type HostEvents,
  type Result,
  type WindowApi,
} from '../../shared/ipc';

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

/** One stream for the page, opened with the first listener; each event's data is checked against its schema. */
function createHttpEvents(): HostEvents {
  let source: EventSource | null = null;
  return {
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      source ??= new EventSource('./__harness/events');
      const handle = (event: MessageEvent<string>): void => {
        const parsed = EVENTS[name].safeParse(JSON.parse(event.data));
        if (parsed.success) listener(parsed.data as EventPayload<E>);
      };
      source.addEventListener(name, handle);
      return () => source?.removeEventListener(name, handle);
    },
  };
}

export function createHttpApi(): WindowApi {
  const methods: Partial<Record<ChannelName, AnyHostMethod>> = {};
  for (const name of CHANNEL_NAMES) methods[name] = (input) => post(name, input);
  return {
    // Built from the same names the type is derived from.
    api: methods as HostApi,
    events: createHttpEvents(),
    pathForFile: () => '',
  };
}
