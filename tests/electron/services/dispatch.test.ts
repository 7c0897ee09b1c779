/**
 * Every call from the renderer goes through the dispatcher: unknown channels and inputs that do not
 * match the contract are refused before any service runs; an answer that does not match it never
 * leaves; failures come back as Vietnamese data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../electron/services/dispatch';
import type { Handlers } from '../../../electron/services/host-handlers';
import { UserError } from '../../../electron/services/user-error';
import { CHANNEL_NAMES, PreferencesSchema } from '../../../shared/ipc';
import { PlanFormatError } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';

const PLAN = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));

function handlersWith(overrides: Partial<Handlers<null>>): Handlers<null> {
  const all = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, vi.fn(() => Promise.reject(new Error(`${name} not expected`)))]));
  return { ...all, ...overrides } as unknown as Handlers<null>;
}

describe('dispatch', () => {
  it('refuses an unknown channel', async () => {
    const dispatch = createDispatch(handlersWith({}));
    expect(await dispatch('fs.readFile', { path: '/etc/passwd' }, null)).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Không có chức năng "fs.readFile".' },
    });
    expect(await dispatch('__proto__', {}, null)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses input that does not match the contract, naming the field, before calling the service', async () => {
    const open = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'documents.open': open }));
    const cases: unknown[] = [
      { path: 'relative/plan.kehoach' },
      { path: 42 },
      { path: '/a.kehoach', extra: true },
      null,
      'text',
      { path: '/a\0.kehoach' },
    ];
    for (const input of cases) {
      const result = await dispatch('documents.open', input, null);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ/u);
      }
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses preferences with a field left out, so that none is reset to its default', async () => {
    const set = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'preferences.set': set }));
    for (const input of [{}, { spellCheck: false }, { spellCheck: true, autosaveSeconds: 5 }]) {
      expect(await dispatch('preferences.set', input, null)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(set).not.toHaveBeenCalled();
    const full = PreferencesSchema.parse({ spellCheck: false, userWords: ['thuỷ'], autosaveSeconds: 10 });
    set.mockReturnValue(Promise.resolve(full));
    expect(await dispatch('preferences.set', full, null)).toEqual({ ok: true, value: full });
  });

  it('validates a whole plan on save', async () => {
    const save = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'documents.save': save }));
    const result = await dispatch('documents.save', { path: '/a.kehoach', plan: { schemaVersion: 1 } }, null);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('passes the parsed input and returns the value', async () => {
    const create = vi.fn(() => Promise.resolve({ plan: PLAN, path: null, readOnly: null, warnings: [] }));
    const dispatch = createDispatch(handlersWith({ 'documents.create': create }));
    const result = await dispatch('documents.create', { templateId: 'mau-1' }, null);
    expect(result).toEqual({ ok: true, value: { plan: PLAN, path: null, readOnly: null, warnings: [] } });
    expect(create).toHaveBeenCalledWith({ templateId: 'mau-1' }, null);
  });

  it('never lets out an answer that does not match the contract', async () => {
    const logError = vi.fn();
    const create = vi.fn(() =>
      Promise.resolve({ plan: { ...PLAN, schemaVersion: 0 }, path: 'relative.kehoach', readOnly: null, warnings: [] }),
    );
    const dispatch = createDispatch(handlersWith({ 'documents.create': create as never }), { logError });
    expect(await dispatch('documents.create', { templateId: 'mau-1' }, null)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Lỗi không mong đợi: kết quả của "documents.create" không đúng dạng đã thỏa thuận.' },
    });
    expect(logError).toHaveBeenCalledTimes(1);
  });

  it('turns user errors into their message, and hides other errors behind a short one', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(
      handlersWith({
        'documents.open': () => Promise.reject(new UserError('Không tìm thấy tệp "/a.kehoach".')),
        'documents.openContent': () => {
          throw new PlanFormatError('Kế hoạch không hợp lệ.');
        },
        'templates.list': () => Promise.reject(new TypeError('boom')),
      }),
      { logError },
    );
    expect(await dispatch('documents.open', { path: '/a.kehoach' }, null)).toEqual({
      ok: false,
      error: { code: 'user', message: 'Không tìm thấy tệp "/a.kehoach".' },
    });
    expect(await dispatch('documents.openContent', { name: 'a', text: '' }, null)).toEqual({
      ok: false,
      error: { code: 'user', message: 'Kế hoạch không hợp lệ.' },
    });
    const internal = await dispatch('templates.list', {}, null);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logError).toHaveBeenCalledWith('templates.list', expect.any(TypeError));
  });
});
