/** Autosave files: what another run left is offered; this run's own files are not; damage is kept. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecoveryStore, planTitle } from '../../../electron/services/recovery-store';
import { parsePlanText } from '../../../shared/plan-file';

const PLAN = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));

describe('recovery store', () => {
  it('offers the autosaves of a crashed run, newest first, and restores them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rec-'));
    let clock = Date.parse('2026-11-23T08:00:00Z');
    const crashed = createRecoveryStore({ dir, instanceId: 'run-1', now: () => new Date((clock += 1000)) });
    await crashed.save('session-a', '/plans/a.kehoach', null, PLAN);
    await crashed.save('session-b', null, null, { ...PLAN, meta: { ...PLAN.meta, summary: 'Khác' } });

    expect(await crashed.list()).toEqual([]);
    const next = createRecoveryStore({ dir, instanceId: 'run-2' });
    const entries = await next.list();
    expect(entries.map((e) => e.id)).toEqual(['session-b', 'session-a']);
    expect(entries[1]).toMatchObject({ path: '/plans/a.kehoach', title: planTitle(PLAN) });
    const restored = await next.restore('session-a');
    expect(restored.plan).toEqual(PLAN);
    expect(restored.path).toBe('/plans/a.kehoach');

    // Saving again under the same id claims the file for this run.
    await next.save('session-a', '/plans/a.kehoach', null, restored.plan);
    expect((await next.list()).map((e) => e.id)).toEqual(['session-b']);
    await next.discard('session-b');
    expect(await next.list()).toEqual([]);
  });

  it('keeps a damaged autosave on disk but does not offer it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rec-'));
    writeFileSync(join(dir, 'x.recovery.json'), '{"version":1,');
    const store = createRecoveryStore({ dir, instanceId: 'run' });
    expect(await store.list()).toEqual([]);
    await expect(store.restore('x')).rejects.toThrow(/không đọc được/u);
    expect(readdirSync(dir)).toEqual(['x.recovery.json']);
  });

  it('names a plan by its type and trích yếu', () => {
    expect(planTitle(PLAN)).toMatch(/^Kế hoạch thực hiện Nghị quyết/u);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await createRecoveryStore({ dir: '/nonexistent/kehoach', instanceId: 'r' }).list()).toEqual([]);
  });
});
