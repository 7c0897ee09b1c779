/**
 * One fuzz campaign on one target: fast-check generates recipes (a document and edits, or a value
 * from scratch), each is built into an input and run in the worker under a time limit. A bug or
 * a hang fails the property; fast-check shrinks it, and the smallest failing input is written to
 * tests/fixtures/fuzz/<target>/ to be kept as a regression fixture once the code is fixed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { campaign } from '../support/campaign';
import { FIXTURES } from '../support/fixtures';
import type { FuzzRunner } from './runner';
import type { FuzzInput } from './targets';

export const REGRESSIONS = join(FIXTURES, 'fuzz');

export interface FuzzSpec<R> {
  readonly arbitrary: fc.Arbitrary<R>;
  readonly build: (recipe: R) => FuzzInput | Promise<FuzzInput>;
  /** Extension of the saved regression fixture (.kehoach, .txt, .docx, .pdf). */
  readonly extension: string;
  readonly runs: number;
}

/** Past this size a kept input is gzipped: the long runs that make code quadratic compress to almost nothing. */
const GZIP_ABOVE = 16 * 1024;

export function saveRegression(target: string, extension: string, input: FuzzInput): string {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const folder = join(REGRESSIONS, target);
  mkdirSync(folder, { recursive: true });
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}${extension}`;
  const file = join(folder, bytes.length > GZIP_ABOVE ? `${name}.gz` : name);
  writeFileSync(file, bytes.length > GZIP_ABOVE ? gzipSync(bytes) : bytes);
  return file;
}

export function readRegression(file: string): Uint8Array {
  const bytes = readFileSync(file);
  return new Uint8Array(file.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

export async function fuzz<R>(runner: FuzzRunner, target: string, spec: FuzzSpec<R>, seed: number): Promise<void> {
  const property = fc.asyncProperty(spec.arbitrary, async (recipe) => {
    const outcome = await runner.run(await spec.build(recipe));
    if (outcome.kind === 'bug') throw new Error(outcome.detail);
    if (outcome.kind === 'hang') throw new Error(`no answer within ${String(outcome.ms)} ms`);
  });
  // The campaign's budget ends a run early without failing it: the inputs tried so far count.
  const timeLeft = campaign.timeLeftMs();
  const plugins = timeLeft === undefined ? [] : [fc.interruptAfterTimeLimit(timeLeft)];
  const details = await fc.check<[R]>(property, { numRuns: spec.runs, seed, plugins });
  if (!details.failed) return;
  const recipe = details.counterexample?.[0];
  const saved = recipe === undefined ? 'nothing' : saveRegression(target, spec.extension, await spec.build(recipe));
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n${fc.defaultReportMessage(details) ?? ''}\nInput saved to ${saved}`);
}
