#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx kehoach` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main, defaultIo } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2), defaultIo());
