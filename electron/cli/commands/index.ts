/** Every command of the `kehoach` CLI, in the order the usage text lists them. */
import type { Command } from '../command';
import { checkCommand } from './check';
import { cloneCommand } from './clone';
import { coverageCommand } from './coverage';
import { exportCommand } from './export';
import { importCommand } from './import';
import { inspectCommand } from './inspect';
import { newCommand } from './new';
import { templatesCommand } from './templates';
import { trackCommand } from './track';

export const COMMANDS: readonly Command[] = [
  templatesCommand,
  newCommand,
  inspectCommand,
  importCommand,
  exportCommand,
  checkCommand,
  cloneCommand,
  coverageCommand,
  trackCommand,
];
