/**
 * `npm run fuzz`: the long campaign, run as rounds. Each round runs every randomized target (text,
 * DOCX, PDF and `.kehoach` fuzzing, the three crash subjects, the round trips) with a fresh seed
 * and one round's counts (support/campaign.ts, KEHOACH_FUZZ=round); the hostile files, which are
 * the same every time, run once after the first round for their peak memory. Rounds follow each
 * other until KEHOACH_FUZZ_MINUTES (default 60) is spent, so a run of any length covers every
 * target and a longer one only tries more inputs. A campaign once ran its targets one after the
 * other with fixed counts and, in 52 minutes, never left the first of them.
 *
 * After every round the totals so far are printed, so a campaign stopped early still reports.
 * KEHOACH_SEED=<seed> replays a campaign (round n uses seed + n - 1); KEHOACH_FUZZ_RUNS scales a round.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TargetStats } from './fuzz/runner';
import { campaignSeed } from './support/random';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = 'tests/reliability/vitest.fuzz.config.ts';
const ROTATING = ['fuzz-text', 'fuzz-docx', 'fuzz-pdf', 'fuzz-kehoach', 'crash-save', 'integrity'];
const ONCE = ['hostile-docx', 'hostile-files', 'hostile-pdf', 'prototype-keys', 'fuzz-regressions', 'regex-complexity'];
/** A round still running this long after the budget is stopped (fuzz runs end at the budget by themselves). */
const GRACE_MS = 120_000;

interface CrashTotals {
  kills: number;
  problems: number;
  durationMs: number;
}

const fuzzTotals = new Map<string, TargetStats>();
const crashTotals = new Map<string, CrashTotals>();
/** Per test (one hostile class or one target's run): the largest growth of resident memory seen, and the peak. */
const memory = new Map<string, { growthMb: number; peakMb: number }>();
const failedRounds: string[] = [];

function record(line: string): void {
  const fuzz = /\[fuzz (\w+)\] (\{.*\})/u.exec(line);
  if (fuzz !== null) {
    const s = JSON.parse(fuzz[2] ?? '{}') as Omit<TargetStats, 'totalMs'> & { meanMs: number };
    const t = fuzzTotals.get(fuzz[1] ?? '') ?? { inputs: 0, accepted: 0, rejected: 0, bugs: 0, hangs: 0, slowestMs: 0, totalMs: 0 };
    fuzzTotals.set(fuzz[1] ?? '', {
      inputs: t.inputs + s.inputs,
      accepted: t.accepted + s.accepted,
      rejected: t.rejected + s.rejected,
      bugs: t.bugs + s.bugs,
      hangs: t.hangs + s.hangs,
      slowestMs: Math.max(t.slowestMs, s.slowestMs),
      totalMs: t.totalMs + s.meanMs * s.inputs,
    });
    return;
  }
  const crash = /\[crash\] (\{.*\})/u.exec(line);
  if (crash !== null) {
    const r = JSON.parse(crash[1] ?? '{}') as { subject: string; kills: number; problems: string[]; durationMs: number };
    const t = crashTotals.get(r.subject) ?? { kills: 0, problems: 0, durationMs: 0 };
    crashTotals.set(r.subject, {
      kills: t.kills + r.kills,
      problems: t.problems + r.problems.length,
      durationMs: t.durationMs + r.durationMs,
    });
    return;
  }
  const peak = /\[memory\] (.*): start (\d+) MB, peak (\d+) MB/u.exec(line);
  if (peak !== null) {
    const name = (peak[1] ?? '').replace(/\(seed \d+\)/gu, '').trim();
    const growthMb = Number(peak[3]) - Number(peak[2]);
    const seen = memory.get(name) ?? { growthMb: 0, peakMb: 0 };
    memory.set(name, { growthMb: Math.max(seen.growthMb, growthMb), peakMb: Math.max(seen.peakMb, Number(peak[3])) });
  }
}

const minutes = (ms: number): string => `${(ms / 60_000).toFixed(1)} min`;

function report(elapsedMs: number, rounds: number): string {
  const lines = [`\n=== campaign totals after ${String(rounds)} round(s), ${minutes(elapsedMs)} ===`];
  lines.push('| target | inputs | accepted | refused | bugs | hangs | slowest | time in inputs |', '|---|---|---|---|---|---|---|---|');
  for (const [target, t] of fuzzTotals) {
    lines.push(
      `| ${target} | ${String(t.inputs)} | ${String(t.accepted)} | ${String(t.rejected)} | ${String(t.bugs)} | ${String(t.hangs)} | ${(t.slowestMs / 1000).toFixed(2)} s | ${minutes(t.totalMs)} |`,
    );
  }
  lines.push('', '| crash subject | kills | damaged | time |', '|---|---|---|---|');
  for (const [subject, t] of crashTotals)
    lines.push(`| ${subject} | ${String(t.kills)} | ${String(t.problems)} | ${minutes(t.durationMs)} |`);
  lines.push('', '| test (hostile class or target) | largest growth | peak resident |', '|---|---|---|');
  for (const [name, m] of [...memory].sort((a, b) => b[1].growthMb - a[1].growthMb)) {
    lines.push(`| ${name} | +${String(m.growthMb)} MB | ${String(m.peakMb)} MB |`);
  }
  lines.push('', failedRounds.length === 0 ? 'Every round passed.' : `Failed: ${failedRounds.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

let current: ReturnType<typeof spawn> | null = null;

/** Runs the given test files in one vitest process (its own process group, so a stop reaches its workers). */
function runVitest(files: readonly string[], env: NodeJS.ProcessEnv, stopAt: number): Promise<number | null> {
  const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
  const child = spawn(process.execPath, [vitest, 'run', '--config', CONFIG, ...files.map((f) => `tests/reliability/${f}.test.ts`)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  current = child;
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    process.stdout.write(chunk);
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    parts.forEach(record);
  });
  const timer = setTimeout(
    () => {
      stop(child);
    },
    Math.max(0, stopAt - Date.now()),
  );
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending !== '') record(pending);
      current = null;
      resolve(code);
    });
  });
}

function stop(child: ReturnType<typeof spawn>): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

async function main(): Promise<void> {
  const budgetMinutes = Number(process.env.KEHOACH_FUZZ_MINUTES ?? '60');
  if (!(budgetMinutes > 0)) throw new Error('KEHOACH_FUZZ_MINUTES must be a positive number');
  const started = Date.now();
  const deadline = started + budgetMinutes * 60_000;
  const baseSeed = campaignSeed();
  process.stdout.write(
    `Campaign: ${String(budgetMinutes)} min, base seed ${String(baseSeed)} (KEHOACH_SEED=${String(baseSeed)} replays it)\n`,
  );
  let rounds = 0;
  const onSignal = (): void => {
    if (current !== null) stop(current);
    process.stdout.write(report(Date.now() - started, rounds));
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  while (Date.now() < deadline) {
    rounds++;
    const seed = baseSeed + rounds - 1;
    const env = { KEHOACH_FUZZ: 'round', KEHOACH_SEED: String(seed), KEHOACH_FUZZ_DEADLINE: String(deadline) };
    process.stdout.write(`\n=== round ${String(rounds)}, seed ${String(seed)} ===\n`);
    // One process per target, in this order: vitest would order the files by its own lights.
    for (const file of ROTATING) {
      if (Date.now() >= deadline) break;
      const code = await runVitest([file], env, deadline + GRACE_MS);
      if (code !== 0) failedRounds.push(`${file} in round ${String(rounds)} (seed ${String(seed)}) exited ${String(code)}`);
    }
    if (rounds === 1) {
      const hostile = Date.now() < deadline ? await runVitest(ONCE, env, deadline + GRACE_MS) : 0;
      if (hostile !== 0) failedRounds.push(`hostile files exited ${String(hostile)}`);
    }
    process.stdout.write(report(Date.now() - started, rounds));
  }
  process.exitCode = failedRounds.length === 0 ? 0 : 1;
}

await main();
