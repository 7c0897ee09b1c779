/**
 * Every input that once made a reader throw something other than its Vietnamese error, or hang,
 * kept under tests/fixtures/fuzz/<target>/ and run again through the same worker and time limit.
 * found.json says for each how it was found, what it broke and what fixed it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGRESSIONS, readRegression } from './fuzz/property';
import { FuzzRunner } from './fuzz/runner';
import type { TargetName } from './fuzz/targets';
import { campaign } from './support/campaign';

const TARGETS: readonly TargetName[] = ['kehoach', 'text', 'docx', 'pdf'];
const TEXT_TARGETS = new Set<TargetName>(['kehoach', 'text']);

const runners = new Map<TargetName, FuzzRunner>();
afterAll(async () => {
  await Promise.all([...runners.values()].map((r) => r.close()));
});

function runner(target: TargetName): FuzzRunner {
  const existing = runners.get(target);
  if (existing !== undefined) return existing;
  const created = new FuzzRunner(target, campaign.timeLimitMs);
  runners.set(target, created);
  return created;
}

describe('inputs that once failed', { timeout: 120_000 }, () => {
  const cases = TARGETS.flatMap((target) => {
    const folder = join(REGRESSIONS, target);
    return existsSync(folder)
      ? readdirSync(folder)
          .sort()
          .map((name) => ({ target, file: join(folder, name), name }))
      : [];
  });

  it('are kept, each with how it was found, what it broke and what fixed it', () => {
    const index = JSON.parse(readFileSync(join(REGRESSIONS, 'found.json'), 'utf8')) as Record<string, unknown>;
    expect(cases.length).toBeGreaterThan(0);
    expect(Object.keys(index).sort()).toEqual(cases.map((c) => `${c.target}/${c.name}`).sort());
  });

  for (const { target, file, name } of cases) {
    it(`${target}/${name}: accepted or refused with a clear Vietnamese error, in time`, async () => {
      const bytes = readRegression(file);
      const outcome = await runner(target).run(TEXT_TARGETS.has(target) ? new TextDecoder().decode(bytes) : bytes);
      expect(outcome.kind === 'bug' ? outcome.detail : outcome.kind).toMatch(/^(accepted|rejected)$/);
    });
  }
});
