/**
 * The plans a launch asks to open. Windows and Linux pass a double-clicked file on the command
 * line; a second launch hands its list to the running app as the single-instance lock's data
 * (its raw argv may come reordered, with Chromium switches added, or not at all).
 */
import { isAbsolute, resolve } from 'node:path';

const PLAN_EXTENSION = '.kehoach';

/** The `.kehoach` files among command-line arguments (switches and the app's own path skipped). */
export function plansFromArgv(args: readonly string[], cwd: string): string[] {
  return args
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_EXTENSION))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/** What a launch passes to the running instance. */
export interface LaunchData {
  readonly plans: readonly string[];
}

/** The plans a second launch sent; its argv only when it sent nothing readable. */
export function plansFromSecondLaunch(data: unknown, argv: readonly string[], cwd: string): string[] {
  if (typeof data === 'object' && data !== null && 'plans' in data && Array.isArray(data.plans)) {
    return data.plans.filter(
      (plan): plan is string => typeof plan === 'string' && isAbsolute(plan) && plan.toLowerCase().endsWith(PLAN_EXTENSION),
    );
  }
  return plansFromArgv(argv.slice(1), cwd);
}
