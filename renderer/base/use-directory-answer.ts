/**
 * What the agency directory answers for the text typed now (the organ pickers' search, an agency
 * cell's suggestions), asked of main, which holds the directory's names: preparing 27,000 organs'
 * names for search took the window's thread seconds. Only the answer to the current text is
 * shown, so that Enter never takes a name offered for what was typed before.
 */
import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc';
import { host } from '../host/host';

type DirectoryChannel = 'agencies.search' | 'agencies.suggest';

/** The answer to `input`: an empty list for no input, null while the answer is on its way. */
export function useDirectoryAnswer<C extends DirectoryChannel>(channel: C, input: ChannelInput<C> | null): ChannelOutput<C> | [] | null {
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<{ readonly key: string; readonly value: ChannelOutput<C> } | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    host()
      .call(channel, JSON.parse(key) as ChannelInput<C>)
      .then(
        (value) => {
          if (current) setAnswer({ key, value });
        },
        // A search that failed offers nothing; the text typed stays the user's.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [channel, key]);
  if (key === null) return [];
  return answer?.key === key ? answer.value : null;
}
