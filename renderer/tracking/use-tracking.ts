/**
 * The open tracking workspace: the folder the user chose, the matrix the host read from it, read
 * again when the host says its files changed, and the user's corrections sent back.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TrackingView } from '../../shared/ipc';
import { errorMessage, host } from '../host/host';

export interface TrackingState {
  readonly view: TrackingView | null;
  readonly loading: boolean;
  readonly error: string | null;
}

export interface Tracking extends TrackingState {
  choose(): Promise<void>;
  reload(): Promise<void>;
  readonly setParent: (file: string) => Promise<void>;
  readonly setUnit: (file: string, unitId: string | null) => Promise<void>;
}

export function useTracking(folder: string | null, onFolder: (folder: string) => void): Tracking {
  const [state, setState] = useState<TrackingState>({ view: null, loading: false, error: null });

  const run = useCallback(async (work: () => Promise<TrackingView>) => {
    setState((s) => ({ ...s, loading: true, error: null }));
    try {
      const view = await work();
      setState({ view, loading: false, error: null });
    } catch (error) {
      setState((s) => ({ ...s, loading: false, error: errorMessage(error) }));
    }
  }, []);

  const reload = useCallback(async () => {
    if (folder !== null) await run(() => host().call('tracking.open', { folder }));
  }, [folder, run]);

  useEffect(() => {
    if (folder === null) return undefined;
    void reload();
    const off = host().on('tracking.changed', (payload) => {
      if (payload.folder === folder) void reload();
    });
    return () => {
      off();
      void host()
        .call('tracking.close', { folder })
        .catch(() => undefined);
    };
  }, [folder, reload]);

  // Stable across renders, so the file list (one agency picker per file) is not drawn again when
  // only the matrix's filter changes.
  const setParent = useCallback(
    async (file: string) => {
      if (folder !== null) await run(() => host().call('tracking.setParent', { folder, file }));
    },
    [folder, run],
  );
  const setUnit = useCallback(
    async (file: string, unitId: string | null) => {
      if (folder !== null) await run(() => host().call('tracking.setUnit', { folder, file, unitId }));
    },
    [folder, run],
  );

  return {
    ...state,
    reload,
    setParent,
    setUnit,
    async choose() {
      const chosen = await host()
        .call('dialog.openFolder', {})
        .catch((error: unknown) => {
          setState((s) => ({ ...s, error: errorMessage(error) }));
          return null;
        });
      if (chosen !== null) onFolder(chosen.path);
    },
  };
}
