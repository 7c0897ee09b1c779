/** Shortcut keys, window titles and suggested file names. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan-file';
import { commandForKey } from '../../renderer/app/use-shortcuts';
import { windowTitle } from '../../renderer/app/use-window-title';
import { DocumentStore } from '../../renderer/state/document-store';
import { suggestedFileName } from '../../renderer/state/file-names';

const PLAN = parsePlanText(readFileSync(new URL('../fixtures/ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach', import.meta.url), 'utf8'));
const key = (k: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
  metaKey: mods.meta ?? false,
});

describe('commandForKey', () => {
  it('maps the usual shortcuts, with Cmd on macOS', () => {
    expect(commandForKey(key('s', { ctrl: true }))).toBe('save');
    expect(commandForKey(key('S', { ctrl: true, shift: true }))).toBe('saveAs');
    expect(commandForKey(key('z', { meta: true }))).toBe('undo');
    expect(commandForKey(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(commandForKey(key('y', { ctrl: true }))).toBe('redo');
    expect(commandForKey(key('o', { ctrl: true }))).toBe('open');
    expect(commandForKey(key('n', { ctrl: true }))).toBe('new');
    expect(commandForKey(key('f', { ctrl: true }))).toBe('find');
    expect(commandForKey(key('h', { meta: true }))).toBe('replace');
    expect(commandForKey(key('F3'))).toBe('findNext');
    expect(commandForKey(key('F3', { shift: true }))).toBe('findPrevious');
  });

  it('leaves other keys alone, including AltGr combinations used to type', () => {
    expect(commandForKey(key('s'))).toBeNull();
    expect(commandForKey(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(commandForKey(key('b', { ctrl: true }))).toBeNull();
  });
});

describe('window title and file names', () => {
  it('names the file and marks unsaved work', () => {
    const store = new DocumentStore({
      plan: PLAN,
      path: '/plans/ke-hoach 30.kehoach',
      version: null,
      readOnly: null,
      sessionId: 's',
      clean: true,
    });
    expect(windowTitle(store)).toEqual({ title: 'ke-hoach 30.kehoach — Kế hoạch Studio', dirty: false });
    store.edit((plan) => ({ ...plan, archive: 'VT' }));
    expect(windowTitle(store)).toEqual({ title: '• ke-hoach 30.kehoach — Kế hoạch Studio', dirty: true });
    expect(windowTitle(null).title).toBe('Kế hoạch Studio');
  });

  it('suggests a file name from the number, symbol and trích yếu, without characters Windows refuses', () => {
    const name = suggestedFileName({ ...PLAN, meta: { ...PLAN.meta, number: '12', summary: 'Triển khai: "Đề án" 06/CP <2026>' } });
    expect(name).toBe('Kế hoạch 12-KH-BQL Triển khai Đề án 06 CP 2026');
    expect(name).not.toMatch(/[\\/:*?"<>|]/u);
  });
});
