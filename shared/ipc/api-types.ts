/**
 * The API the renderer sees, derived from the contract: `api.documents.open({ path })` for the
 * channel `documents.open`, and `api.events.on('menu.command', cb)` returning an unsubscribe.
 */
import type { ChannelName, EventName } from './channels';
import type { ChannelInput, ChannelOutput, EventPayload } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}.${infer V}` ? V : never;

export type HostApi = {
  readonly [D in DomainOf<ChannelName>]: {
    readonly [V in VerbOf<ChannelName, D>]: (
      input: ChannelInput<`${D}.${V}` & ChannelName>,
    ) => Promise<Result<ChannelOutput<`${D}.${V}` & ChannelName>>>;
  };
};

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
