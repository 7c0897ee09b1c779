/** The set-up every fuzz test file shares: one worker per file, its counts printed at the end. */
import { afterAll, beforeAll } from 'vitest';
import { campaign } from '../support/campaign';
import { FuzzRunner } from './runner';
import type { TargetName } from './targets';

export function useRunner(target: TargetName): () => FuzzRunner {
  let runner: FuzzRunner | null = null;
  beforeAll(() => {
    runner = new FuzzRunner(target, campaign.timeLimitMs);
  });
  afterAll(async () => {
    if (runner === null) return;
    const { totalMs, ...stats } = runner.stats;
    process.stdout.write(`[fuzz ${target}] ${JSON.stringify({ ...stats, meanMs: Math.round(totalMs / Math.max(1, stats.inputs)) })}\n`);
    await runner.close();
  });
  return () => {
    if (runner === null) throw new Error('the fuzz runner starts in beforeAll');
    return runner;
  };
}
