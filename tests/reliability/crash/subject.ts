/**
 * What the crash harness needs from a writer under test: `setup` prepares inputs once in the test,
 * `inspect` reads the folder after each kill, and a separate child module opens the writer in each
 * child process (kept apart so a child loads the writer and nothing else, and starts fast).
 * Pointing the harness at another writer (autosave, the settings store) means writing one subject
 * and one child module.
 */

export interface TempFile {
  readonly name: string;
  /** What the temp was being written for: 'document', or a companion such as 'backup'. */
  readonly role: string;
}

export interface DiskState {
  /** The version number the document holds, checked complete and byte for byte; null when absent. */
  readonly document: number | null;
  readonly temps: readonly TempFile[];
  /** A torn or unexpected file, a companion (backup…) that is not a complete version, in words. */
  readonly problems: readonly string[];
}

export type Save = (version: number) => Promise<void>;

/**
 * The default export of a child module. It runs in each child before it reports ready, so
 * everything slow happens here; the harness then repeats `save(n)` until the kill.
 */
export type OpenWriter = (folder: string, args: readonly string[]) => Promise<Save>;

export interface CrashSubject {
  readonly name: string;
  /** Absolute path of the module whose default export is the OpenWriter; bundled into each child. */
  readonly childModule: string;
  /** In the test, once: writes inputs into `workDir` and returns the arguments each child is given. */
  setup(workDir: string): Promise<readonly string[]>;
  /** In the test, after each kill. */
  inspect(folder: string): Promise<DiskState>;
}
