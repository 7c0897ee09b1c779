/** Every command of the `kehoach` CLI, in the order the usage text lists them. */
import type { Command } from '../command';
import { exportCommand } from './export';
import { inspectCommand } from './inspect';
import { newCommand } from './new';
import { templatesCommand } from './templates';

export const COMMANDS: readonly Command[] = [templatesCommand, newCommand, inspectCommand, exportCommand];
