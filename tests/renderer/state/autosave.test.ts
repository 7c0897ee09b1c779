/**
 * Issue 22: the autosave is never silent. A copy that fails (a full disk) replaces the last good
 * time with why, and a file someone else changed is said, with who, instead of a time; the copy
 * carries the version of the file the work was read from, so the host can tell.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput, Result } from '../../../shared/ipc';
import { parsePlanText } from '../../../shared/plan-file';
import { startAutosave } from '../../../renderer/state/autosave';
import { DocumentStore } from '../../../renderer/state/document-store';

const PLAN = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));
const VERSION = { size: 10, mtimeMs: 1, sha256: 'a'.repeat(64) };

type Answer = Result<{ conflict: { kind: 'changed' | 'newer-version'; message: string } | null }>;

describe('autosave status', () => {
  const answers: Answer[] = [];
  const sent: ChannelInput<'recovery.save'>[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    const recoverySave = (input: ChannelInput<'recovery.save'>): Promise<Answer> => {
      sent.push(input);
      return Promise.resolve(answers.shift() ?? { ok: true, value: { conflict: null } });
    };
    vi.stubGlobal('window', {
      kehoach: { api: { 'recovery.save': recoverySave }, events: { on: () => () => undefined }, pathForFile: () => '' },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function typeAndWait(store: DocumentStore, summary: string): Promise<void> {
    store.edit((plan) => ({ ...plan, meta: { ...plan.meta, summary } }));
    await vi.advanceTimersByTimeAsync(2500);
  }

  it('shows the time after a copy, why after a failed one, and who changed the file after a conflict', async () => {
    const store = new DocumentStore({
      plan: PLAN,
      path: '/ke-hoach.kehoach',
      version: VERSION,
      readOnly: null,
      sessionId: 's',
      clean: true,
    });
    const stop = startAutosave(store, 2);
    await typeAndWait(store, 'Một');
    expect(store.getState().autosave.kind).toBe('saved');
    expect(sent[0]).toMatchObject({ id: 's', path: '/ke-hoach.kehoach', version: VERSION });

    answers.push({ ok: false, error: { code: 'user', message: 'Ổ đĩa đã đầy, không ghi được "phien.recovery.json".' } });
    await typeAndWait(store, 'Hai');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(2);
    expect(store.getState().autosave).toEqual({ kind: 'failed', message: 'Ổ đĩa đã đầy, không ghi được "phien.recovery.json".' });

    answers.push({ ok: true, value: { conflict: { kind: 'changed', message: 'Người dùng "lan.nt" đã lưu tệp.' } } });
    await typeAndWait(store, 'Ba');
    expect(store.getState().autosave).toEqual({ kind: 'conflict', message: 'Người dùng "lan.nt" đã lưu tệp.' });
    stop();
  });
});
