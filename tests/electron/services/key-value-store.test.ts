/** Settings stores: a damaged file is set aside and reported, never wiped; Windows locks are retried. */
import Conf from 'conf';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKeyValueStore, retryTransient, type KeyValueStore } from '../../../electron/services/key-value-store';

function confIn(dir: string): () => KeyValueStore {
  return () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('openKeyValueStore', () => {
  it('reads and writes a healthy store without warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-'));
    const first = openKeyValueStore(confIn(dir), join(dir, 'settings.json'));
    first.store.set('preferences', { spellCheck: false });
    const second = openKeyValueStore(confIn(dir), join(dir, 'settings.json'));
    expect(second.warnings).toEqual([]);
    expect(second.store.get('preferences')).toEqual({ spellCheck: false });
  });

  it('keeps a damaged file under a new name, says so in Vietnamese, and starts empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-'));
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"recent": [ {"path": "/a.kehoach"');
    const opened = openKeyValueStore(confIn(dir), path, () => new Date('2026-11-23T10:00:00Z'));
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toMatch(/bị hỏng.*bản hỏng được giữ ở/u);
    const aside = readdirSync(dir).find((n) => n.includes('.hong-'));
    expect(aside).toBe('settings.json.hong-2026-11-23T10-00-00-000Z');
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe('{"recent": [ {"path": "/a.kehoach"');
    expect(opened.store.get('recent')).toBeUndefined();
    opened.store.set('recent', []);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ recent: [] });
  });

  it('sets aside a file damaged while the app runs before writing afresh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-'));
    const path = join(dir, 'settings.json');
    const opened = openKeyValueStore(confIn(dir), path);
    opened.store.set('a', 1);
    writeFileSync(path, 'not json');
    opened.store.set('b', 2);
    expect(readdirSync(dir).filter((n) => n.includes('.hong-'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ b: 2 });
    expect(opened.warnings).toHaveLength(1);
  });
});

describe('retryTransient', () => {
  it('retries EPERM and EBUSY until the write succeeds', () => {
    let calls = 0;
    const value = retryTransient(() => {
      calls++;
      if (calls < 3) throw errno(calls === 1 ? 'EPERM' : 'EBUSY');
      return 'ok';
    });
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt and rethrows', () => {
    let calls = 0;
    expect(() =>
      retryTransient(() => {
        calls++;
        throw errno('EPERM');
      }, 3),
    ).toThrow('EPERM');
    expect(calls).toBe(3);
  });

  it('does not retry other errors', () => {
    let calls = 0;
    expect(() =>
      retryTransient(() => {
        calls++;
        throw errno('ENOSPC');
      }),
    ).toThrow('ENOSPC');
    expect(calls).toBe(1);
  });
});

describe('temps of a killed write', () => {
  it('are removed by the next write, and nothing else is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-'));
    const path = join(dir, 'settings.json');
    writeFileSync(join(dir, 'settings.json.tmp-1763900000a1b2c3'), '{"half');
    writeFileSync(join(dir, 'settings.json.hong-2026'), 'kept');
    writeFileSync(join(dir, 'agencies.json.tmp-1763900000a1b2c3'), 'another store');
    const opened = openKeyValueStore(confIn(dir), path);
    expect(readdirSync(dir)).toContain('settings.json.tmp-1763900000a1b2c3');
    opened.store.set('a', 1);
    expect(readdirSync(dir).sort()).toEqual(['agencies.json.tmp-1763900000a1b2c3', 'settings.json', 'settings.json.hong-2026']);
  });
});
