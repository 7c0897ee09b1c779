/** What every `kehoach` command shares: its I/O, its declared options and the usage errors. */
import type { ParseArgsConfig } from 'node:util';
import type { AgencyDirectoryStore } from '../services/agency-directory';
import { OCR_MODES, type OcrMode } from '../services/ocr/ocr-mode';
import type { PrinterSession } from '../services/chromium-printer';
import type { ReceivedFiles } from '../services/received-files';
import type { TemplateStore } from '../services/template-store';
import { UserError } from '../services/user-error';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
  readonly templates: TemplateStore;
  readonly agencies: AgencyDirectoryStore;
  /** A PDF printer for one export; the command closes it. */
  readonly openPrinter: () => Promise<PrinterSession>;
  /** Where received files (DOCX, PDF, scans, text) are parsed: an isolation process. */
  readonly received: ReceivedFiles;
}

export type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandArgs {
  /** Positional arguments after the command name. */
  readonly positionals: readonly string[];
  readonly values: OptionValues;
}

export interface Command {
  readonly options: ParseArgsOptionsConfig;
  readonly run: (args: CommandArgs, io: CliIo) => Promise<number>;
}

/** A command as the usage text knows it; its module loads when the command runs. */
export interface CommandEntry {
  readonly name: string;
  /** Lines for the usage text, already aligned. */
  readonly usage: readonly string[];
  readonly load: () => Promise<Command>;
}

/** A mistake in how the command was called: exit code 2 and the usage text. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

export function positional(args: CommandArgs, index: number, what: string): string {
  const value = args.positionals[index];
  if (value === undefined || value === '') throw new UsageError(`Thiếu ${what}.`);
  return value;
}

export function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function requireOption(args: CommandArgs, name: string, flag: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(`Thiếu tùy chọn ${flag}.`);
  return value;
}

export function flag(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}

export const JSON_OPTION: ParseArgsOptionsConfig = { json: { type: 'boolean', default: false } };
export const OUTPUT_OPTION: ParseArgsOptionsConfig = { output: { type: 'string', short: 'o' } };

/** `--ocr auto|always|never`: whether a PDF is read through OCR (DESIGN.md §4). */
export const OCR_OPTION: ParseArgsOptionsConfig = { ocr: { type: 'string', default: 'auto' } };

export function ocrMode(args: CommandArgs): OcrMode {
  const value = stringOption(args, 'ocr') ?? 'auto';
  const mode = OCR_MODES.find((m) => m === value);
  if (mode === undefined) throw new UsageError(`Tùy chọn --ocr chỉ nhận auto, always hoặc never (không nhận "${value}").`);
  return mode;
}
