/** The open document: edits, undo steps that merge while typing, focus restored, dirty state. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { renameSection } from '../../shared/edit';
import { DocumentStore, isDirty } from '../../renderer/state/document-store';
import type { Focus } from '../../renderer/state/focus';

const PLAN = parsePlanText(readFileSync(new URL('../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));
const FIRST = PLAN.sections[0]?.id ?? '';
const VERSION = { size: 1, mtimeMs: 0, sha256: '0'.repeat(64) };

function storeAt(clock: { t: number }, clean = true): DocumentStore {
  return new DocumentStore({ plan: PLAN, path: '/a.kehoach', version: null, readOnly: null, sessionId: 's', clean, now: () => clock.t });
}

const retitle =
  (title: string) =>
  (plan: PlanDocument): PlanDocument =>
    renameSection(plan, FIRST, title);

describe('DocumentStore', () => {
  it('is clean when opened, dirty after an edit, clean again when the edit is undone', () => {
    const clock = { t: 0 };
    const store = storeAt(clock);
    expect(isDirty(store.getState())).toBe(false);
    store.edit(retitle('A'));
    expect(isDirty(store.getState())).toBe(true);
    store.undo();
    expect(store.getState().plan).toBe(PLAN);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('a restored autosave is dirty from the start', () => {
    expect(isDirty(storeAt({ t: 0 }, false).getState())).toBe(true);
  });

  it('ignores edits that change nothing', () => {
    const store = storeAt({ t: 0 });
    let notified = 0;
    store.subscribe(() => notified++);
    store.edit((plan) => plan);
    expect(notified).toBe(0);
    expect(store.getState().canUndo).toBe(false);
  });

  it('merges quick edits with one key into one undo step, and splits after a pause or another key', () => {
    const clock = { t: 0 };
    const store = storeAt(clock);
    for (const title of ['M', 'MỤ', 'MỤC']) {
      clock.t += 200;
      store.edit(retitle(title), { key: 'title' });
    }
    clock.t += 5000;
    store.edit(retitle('MỤC I'), { key: 'title' });
    store.edit((plan) => ({ ...plan, archive: 'VT' }), { key: 'archive' });
    store.undo();
    expect(store.getState().plan.sections[0]?.title).toBe('MỤC I');
    store.undo();
    expect(store.getState().plan.sections[0]?.title).toBe('MỤC');
    store.undo();
    expect(store.getState().plan).toBe(PLAN);
    expect(store.getState().canUndo).toBe(false);
    store.redo();
    store.redo();
    expect(store.getState().plan.sections[0]?.title).toBe('MỤC I');
  });

  it('starts a new step after undo, even with the same key', () => {
    const clock = { t: 0 };
    const store = storeAt(clock);
    store.edit(retitle('A'), { key: 'k' });
    store.undo();
    store.edit(retitle('B'), { key: 'k' });
    store.edit(retitle('BC'), { key: 'k' });
    store.undo();
    expect(store.getState().plan).toBe(PLAN);
    expect(store.getState().canRedo).toBe(true);
  });

  it('asks for the focus of the undone edit, and of the redone one', () => {
    const store = storeAt({ t: 0 });
    const before: Focus = { kind: 'cell', appendixId: 'a', rowId: 'r', columnId: 'c' };
    const after: Focus = { kind: 'cell', appendixId: 'a', rowId: 'r2', columnId: 'c' };
    store.edit(retitle('X'), { focusBefore: before, focusAfter: after });
    store.undo();
    expect(store.getState().focusRequest?.focus).toEqual(before);
    const serial = store.getState().focusRequest?.serial ?? 0;
    store.redo();
    expect(store.getState().focusRequest).toEqual({ focus: after, serial: serial + 1 });
  });

  it('after saving, the saved version is clean and the next edit is its own step', () => {
    const clock = { t: 0 };
    const store = storeAt(clock);
    store.edit(retitle('A'), { key: 'k' });
    const sent = store.getState().plan;
    store.markSaved(sent, '/b.kehoach', '2026-11-23T10:00:00Z', VERSION);
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().path).toBe('/b.kehoach');
    store.edit(retitle('AB'), { key: 'k' });
    store.undo();
    expect(store.getState().plan).toBe(sent);
  });

  it('saving clears a read-only state', () => {
    const store = new DocumentStore({
      plan: PLAN,
      path: '/x.kehoach',
      version: null,
      readOnly: { kind: 'newer-version', message: 'm' },
      sessionId: 's',
      clean: true,
    });
    store.markSaved(PLAN, '/y.kehoach', 't', VERSION);
    expect(store.getState().readOnly).toBeNull();
  });
});
