/**
 * The API the renderer sees, derived from the contract: one named method per channel,
 * `api['documents.open']({ path })`, and `events.on('menu.command', cb)` returning an unsubscribe.
 * Keyed by the channel's own name, so no layer splits or joins names on the way.
 */
import type { ChannelName, EventName } from './channels';
import type { ChannelInput, ChannelOutput, EventPayload } from './contract';
import type { Result } from './result';

export type HostApi = {
  readonly [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** Any method of the API, as code that builds it for every channel alike sees one. */
export type AnyHostMethod = (input: never) => Promise<unknown>;

export interface HostEvents {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** A file chosen in a file input (the DOM's File has these and more). */
export interface ChosenFile {
  readonly name: string;
}

/** What the preload puts on `window.kehoach`. */
export interface WindowApi {
  readonly api: HostApi;
  readonly events: HostEvents;
  /** The path of a file chosen in a file input; '' where the host cannot know it (a browser). */
  readonly pathForFile: (file: ChosenFile) => string;
}
