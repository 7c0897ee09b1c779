/**
 * The `kehoach` command line (DESIGN.md §4). Results go to stdout, errors to stderr in Vietnamese
 * with a non-zero exit, and nothing is written unless the whole command succeeded. Each command
 * lives in its own module under `cli/commands/`.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from './cli/command';
import { COMMANDS } from './cli/commands';
import type { ReceivedFiles } from './services/received-files';
import { UserError } from './services/user-error';

export type { CliIo } from './cli/command';

const USAGE = ['Cách dùng: kehoach <lệnh> [tùy chọn]', '', ...COMMANDS.flatMap((c) => c.usage.map((line) => `  ${line}`))].join('\n');

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) throw new UsageError(`Không có lệnh "${name}".`);
  // Asked before the module loads, so that help costs nothing; what follows "--" is positional.
  const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (flags.includes('--help') || flags.includes('-h')) {
    io.out(entry.usage.join('\n'));
    return 0;
  }
  const command = await entry.load();
  const parsed = parseArgs({
    args: rest,
    allowPositionals: true,
    options: command.options,
  });
  // No option is declared `multiple`, so a list only appears if one is repeated: the last one wins.
  const values: Record<string, string | boolean | undefined> = {};
  for (const [key, value] of Object.entries(parsed.values as Readonly<Record<string, unknown>>)) {
    const last: unknown = Array.isArray(value) ? (value as unknown[]).at(-1) : value;
    values[key] = typeof last === 'string' || typeof last === 'boolean' ? last : undefined;
  }
  return command.run({ positionals: parsed.positionals, values }, io);
}

function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`Lỗi: ${error instanceof UsageError ? error.message : `tùy chọn không hợp lệ (${error.message})`}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof UserError) {
      io.err(`Lỗi: ${error.message}`);
      return 1;
    }
    io.err(`Lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 3;
  }
}

/** The value of the first call of `load`, computed once. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** The command line's reader of received files: a Node child process per file, started when a file is read. */
async function nodeReader(): Promise<ReceivedFiles> {
  const [{ isolatedReader }, { createJobRunner }, { nodeJobProcess }] = await Promise.all([
    import('./isolation/isolated-reader'),
    import('./isolation/job-runner'),
    import('./isolation/node-job-process'),
  ]);
  return isolatedReader(createJobRunner({ start: nodeJobProcess() }));
}

/** A reader whose modules load on its first use. */
function lazyReader(load: () => Promise<ReceivedFiles>): ReceivedFiles {
  return {
    importFile: async (...args) => (await load()).importFile(...args),
    importText: async (...args) => (await load()).importText(...args),
    pendingReview: async (...args) => (await load()).pendingReview(...args),
    checkDocx: async (...args) => (await load()).checkDocx(...args),
    annotateDocx: async (...args) => (await load()).annotateDocx(...args),
    review: async (...args) => (await load()).review(...args),
    readTracked: async (...args) => (await load()).readTracked(...args),
  };
}

/**
 * The real services. Their modules (zod, the model, the directory, playwright-core) load on first
 * use, so that the usage text and a command that needs few of them start without them.
 */
export function defaultIo(): CliIo {
  const templates = once(async () => (await import('./services/template-store')).createTemplateStore());
  const agencies = once(async () => {
    const { createAgencyDirectoryStore, defaultUserAgenciesPath } = await import('./services/agency-directory');
    return createAgencyDirectoryStore({ userPath: defaultUserAgenciesPath(process.env) });
  });
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
    templates: {
      list: async () => (await templates()).list(),
      get: async (id) => (await templates()).get(id),
    },
    agencies: {
      load: async () => (await agencies()).load(),
      loadUser: async () => (await agencies()).loadUser(),
      saveUser: async (data) => (await agencies()).saveUser(data),
    },
    openPrinter: async () => (await import('./services/chromium-printer')).openChromiumPrinter(),
    received: lazyReader(once(nodeReader)),
  };
}
