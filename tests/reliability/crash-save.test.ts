/**
 * Crash-safe saving (issue 10, part 1): a child process saves in a loop and is killed with SIGKILL
 * at random moments. After every kill the plan on disk is the complete old version or the complete
 * new one, the backup is a complete earlier version, and temps of killed saves are removed by the
 * next save; the same for autosave (the next run offers and restores the session) and for the
 * settings store (it opens without being set aside as damaged). `npm run fuzz` runs them longer.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashCampaign, type CrashOptions } from './crash/harness';
import autosaveSubject from './crash/autosave-subject';
import planFileSubject, { loadBoth } from './crash/plan-file-subject';
import settingsSubject from './crash/settings-subject';
import type { CrashSubject } from './crash/subject';
import { campaign } from './support/campaign';
import { campaignSeed } from './support/random';

/**
 * The campaign's kills, continued (up to four times as many) until they have landed where the
 * test's own checks need them: a small sample must still prove something.
 */
function sampled(enough: NonNullable<CrashOptions['enough']>): Pick<CrashOptions, 'kills' | 'seed' | 'enough' | 'maxKills'> {
  return { kills: campaign.crashKills, seed: campaignSeed(), enough, maxKills: campaign.crashKills * 4 };
}

const work = mkdtempSync(join(tmpdir(), 'kehoach-crash-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a save killed at random moments', () => {
  it(`${planFileSubject.name}: ${String(campaign.crashKills)}+ kills, always the old or the new version, the backup readable`, async () => {
    const folder = join(work, 'plans');
    mkdirSync(folder);
    const report = await runCrashCampaign(planFileSubject, {
      ...sampled((landed) => landed.oldComplete > 0 && landed.newComplete > 0 && (landed.tempsLeft.document ?? 0) > 0),
      folder,
      workDir: work,
    });
    process.stdout.write(`[crash] ${JSON.stringify(report)}\n`);
    expect(report.problems).toEqual([]);
    // The kills did land on both sides of the rename and inside writes, or the test proved nothing.
    expect(report.oldComplete).toBeGreaterThan(0);
    expect(report.newComplete).toBeGreaterThan(0);
    expect(report.tempsLeft.document ?? 0).toBeGreaterThan(0);
    const [document, backup] = await loadBoth(folder);
    expect(document?.id).toMatch(/^crash-\d{9}$/);
    expect(backup?.id).toMatch(/^crash-\d{9}$/);
  }, 600_000);
});

async function campaignOf(subject: CrashSubject, name: string): Promise<void> {
  const folder = join(work, name);
  mkdirSync(folder);
  const report = await runCrashCampaign(subject, {
    ...sampled((landed) => landed.oldComplete > 0 && landed.newComplete > 0),
    folder,
    workDir: work,
  });
  process.stdout.write(`[crash] ${JSON.stringify(report)}\n`);
  expect(report.problems).toEqual([]);
  expect(report.oldComplete).toBeGreaterThan(0);
  expect(report.newComplete).toBeGreaterThan(0);
}

describe('autosave and settings killed at random moments', () => {
  it(`${autosaveSubject.name}: ${String(campaign.crashKills)}+ kills, the session always restores`, async () => {
    await campaignOf(autosaveSubject, 'recovery');
  }, 600_000);

  it(`${settingsSubject.name}: ${String(campaign.crashKills)}+ kills, the store never damaged`, async () => {
    await campaignOf(settingsSubject, 'settings');
  }, 600_000);
});
