/**
 * The harness's side of the host: no windows and no native dialogs. A test queues the answers the
 * save and open dialogs will give, and the file a page opens as it starts (what a double click
 * or the command line gives the app); with nothing queued, a save dialog answers with a new
 * file in the harness's documents folder (so a person trying the UI in a browser can save), and
 * the open dialog is cancelled (the page's "Mở tệp" uses a file input instead).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { HostAdapter } from '../services/host-adapter';

export interface HarnessHost extends HostAdapter<null> {
  /** Answers for the next dialogs, in order; null is "cancelled". */
  queueDialogAnswers(answers: readonly (string | null)[]): void;
  /** The file a page opens as it starts (or reloads), as if the user had launched the app with it. */
  launchWith(path: string): void;
  /** A page's event stream (server-sent events): the harness's way of pushing events. */
  addEventStream(res: ServerResponse): void;
  /** The last window title and dirty state the page reported. */
  readonly windowState: { title: string; dirty: boolean; closed: boolean };
}

function freeName(dir: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

export function createHarnessHost(documentsDir: string): HarnessHost {
  const answers: (string | null)[] = [];
  let launchPath: string | null = null;
  const windowState = { title: '', dirty: false, closed: false };
  const streams = new Set<ServerResponse>();
  return {
    name: 'harness',
    windowState,
    queueDialogAnswers(list) {
      answers.push(...list);
    },
    launchWith(path) {
      launchPath = path;
    },
    initialPath: () => launchPath,
    chooseSavePath: (_ctx, _kind, defaultName) =>
      Promise.resolve(answers.length > 0 ? (answers.shift() ?? null) : freeName(documentsDir, defaultName)),
    chooseOpenPath: () => Promise.resolve(answers.length > 0 ? (answers.shift() ?? null) : null),
    chooseFolder: () => Promise.resolve(answers.length > 0 ? (answers.shift() ?? null) : null),
    addEventStream(res) {
      streams.add(res);
      res.on('close', () => {
        streams.delete(res);
      });
    },
    notify(_ctx, name, payload) {
      for (const res of streams) res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
    showInFolder: () => Promise.resolve(),
    openExternally: () => Promise.resolve(),
    setWindowState(_ctx, title, dirty) {
      windowState.title = title;
      windowState.dirty = dirty;
    },
    closeWindow() {
      windowState.closed = true;
    },
  };
}
