/**
 * Typing into the page as a person does, one key at a time with a pause between keys (about 20
 * keys a second, a brisk typist), and the probe's figures for the measured keys.
 */
import type { Page } from 'playwright-core';
import { summarize, type Timing } from '../lib/measure';
import type { OpenedPlan } from './harness-session';

/** Plain letters and spaces: every key is a keydown the probe can time (no composition). */
const TEXT = 'tang cuong phoi hop kiem tra giam sat danh gia ket qua thuc hien nhiem vu ';

export const WARM_UP_KEYS = 20;
export const MEASURED_KEYS = 200;
const PAUSE_MS = 50;

async function typeKeys(page: Page, count: number, offset: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const char = TEXT[(offset + i) % TEXT.length] ?? 'a';
    await page.keyboard.press(char === ' ' ? 'Space' : char);
    await page.waitForTimeout(PAUSE_MS);
  }
}

export interface KeystrokeFigures {
  readonly handling: Timing;
  readonly frame: Timing;
}

/** Types the warm-up keys, then the measured ones, and returns what the page measured for those. */
export async function measureTyping(opened: OpenedPlan): Promise<KeystrokeFigures> {
  await typeKeys(opened.page, WARM_UP_KEYS, 0);
  await opened.page.waitForTimeout(300);
  await opened.page.evaluate(() => {
    window.__benchProbe?.reset();
  });
  await typeKeys(opened.page, MEASURED_KEYS, WARM_UP_KEYS);
  await opened.page.waitForTimeout(300);
  const { samples } = await opened.probe();
  if (samples.length < MEASURED_KEYS * 0.9) throw new Error(`Only ${samples.length} of ${MEASURED_KEYS} keys were measured`);
  const round = (t: Timing): Timing => ({
    runs: t.runs,
    median_ms: round1(t.median_ms),
    p95_ms: round1(t.p95_ms),
    min_ms: round1(t.min_ms),
  });
  return { handling: round(summarize(samples.map((s) => s.handling))), frame: round(summarize(samples.map((s) => s.frame))) };
}

function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}
