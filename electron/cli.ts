/**
 * The `kehoach` command line (DESIGN.md §4). Results go to stdout, errors to stderr in Vietnamese
 * with a non-zero exit, and nothing is written unless the whole command succeeded. Each command
 * lives in its own module under `cli/commands/`.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from './cli/command';
import { COMMANDS } from './cli/commands';
import { createAgencyDirectoryStore, defaultUserAgenciesPath } from './services/agency-directory';
import { openChromiumPrinter } from './services/chromium-printer';
import { createTemplateStore } from './services/template-store';
import { UserError } from './services/user-error';

export type { CliIo } from './cli/command';

const USAGE = ['Cách dùng: kehoach <lệnh> [tùy chọn]', '', ...COMMANDS.flatMap((c) => c.usage.map((line) => `  ${line}`))].join('\n');

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw new UsageError(`Không có lệnh "${name}".`);
  const parsed = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
  });
  // No option is declared `multiple`, so a list only appears if one is repeated: the last one wins.
  const values: Record<string, string | boolean | undefined> = {};
  for (const [key, value] of Object.entries(parsed.values as Readonly<Record<string, unknown>>)) {
    const last: unknown = Array.isArray(value) ? (value as unknown[]).at(-1) : value;
    values[key] = typeof last === 'string' || typeof last === 'boolean' ? last : undefined;
  }
  if (values.help === true) {
    io.out(command.usage.join('\n'));
    return 0;
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

export function defaultIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
    templates: createTemplateStore(),
    agencies: createAgencyDirectoryStore({ userPath: defaultUserAgenciesPath(process.env) }),
    openPrinter: () => openChromiumPrinter(),
  };
}
