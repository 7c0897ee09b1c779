import { describe, expect, it } from 'vitest';
import { formatError } from './helpers';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, type Migration } from '../../../shared/model';

describe('migrate with the default table', () => {
  it('is at schema version 4, three steps from version 1', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(Object.keys(MIGRATIONS)).toEqual(['1', '2', '3']);
  });

  it('lifts version 1 to 4 with nothing else changed (versions 2 to 4 only allow what older files never held)', () => {
    const doc = { schemaVersion: 1, id: 'kh', nested: { a: [1, 2] } };
    const copy = structuredClone(doc);
    const result = migrate(doc);
    expect(result).toEqual({ ...copy, schemaVersion: 4 });
    expect(doc).toEqual(copy);
  });

  it('lifts versions 2 and 3 to 4 unchanged but for the version', () => {
    for (const schemaVersion of [2, 3]) {
      const doc = { schemaVersion, id: 'kh', nested: { a: [1, 2] } };
      expect(migrate(doc)).toEqual({ ...structuredClone(doc), schemaVersion: 4 });
    }
  });

  it('accepts version 4 unchanged', () => {
    const doc = { schemaVersion: 4, id: 'kh', nested: { a: [1, 2] } };
    expect(migrate(doc)).toEqual(structuredClone(doc));
  });

  it('rejects a newer version with kind "newer-version"', () => {
    const error = formatError(() => migrate({ schemaVersion: 5 }));
    expect(error.kind).toBe('newer-version');
    expect(error.field).toBe('schemaVersion');
    expect(error.message).toContain('phiên bản mới hơn');
    expect(error.message).toContain('cấu trúc tệp số 5');
    expect(error.message).not.toContain('schemaVersion');
  });
});

describe('migrate with an injected table', () => {
  it('runs the step from 1 to 2 and sets schemaVersion 2', () => {
    const calls: Record<string, unknown>[] = [];
    const table: Record<number, Migration> = {
      1: (doc) => {
        calls.push(doc);
        const { title, ...rest } = doc;
        return { ...rest, name: title };
      },
    };
    const result = migrate({ schemaVersion: 1, title: 'Kế hoạch' }, table, 2);
    expect(calls).toEqual([{ schemaVersion: 1, title: 'Kế hoạch' }]);
    expect(result).toEqual({ schemaVersion: 2, name: 'Kế hoạch' });
  });

  it('sets the version even when the step does not', () => {
    const result = migrate({ schemaVersion: 1 }, { 1: (doc) => ({ ...doc, schemaVersion: 99, added: true }) }, 2);
    expect(result).toEqual({ schemaVersion: 2, added: true });
  });

  it('chains steps in order up to the target', () => {
    const order: number[] = [];
    const table: Record<number, Migration> = {
      1: (doc) => (order.push(1), { ...doc, one: true }),
      2: (doc) => (order.push(2), { ...doc, two: doc.one === true }),
      3: (doc) => (order.push(3), { ...doc, three: true }),
    };
    expect(migrate({ schemaVersion: 1 }, table, 3)).toEqual({ schemaVersion: 3, one: true, two: true });
    expect(order).toEqual([1, 2]);
  });

  it('starts from the version of the document', () => {
    const order: number[] = [];
    const table: Record<number, Migration> = {
      1: (doc) => (order.push(1), doc),
      2: (doc) => (order.push(2), doc),
    };
    expect(migrate({ schemaVersion: 2 }, table, 3)).toEqual({ schemaVersion: 3 });
    expect(order).toEqual([2]);
  });

  it('throws when a step is missing', () => {
    const error = formatError(() => migrate({ schemaVersion: 1 }, { 1: (doc) => doc }, 3));
    expect(error.message).toBe('Không có bước chuyển đổi từ schemaVersion 2 lên 3.');
    expect(error.field).toBe('schemaVersion');
    expect(error.kind).toBe('invalid');
    expect(() => migrate({ schemaVersion: 1 }, {}, 2)).toThrow('Không có bước chuyển đổi từ schemaVersion 1 lên 2.');
  });

  it('rejects a document newer than the target', () => {
    expect(formatError(() => migrate({ schemaVersion: 3 }, { 1: (doc) => doc }, 2)).kind).toBe('newer-version');
  });
});

describe('migrate rejects what is not a plan', () => {
  it.each([null, undefined, [], [1], 'kế hoạch', 1, true])('rejects %j as not an object', (value) => {
    const error = formatError(() => migrate(value));
    expect(error.message).toBe('Nội dung tệp không phải là một kế hoạch (cần một đối tượng JSON).');
    expect(error.kind).toBe('invalid');
  });

  it.each([0, -1, '1', 1.5, null, Number.NaN])('rejects schemaVersion %j', (version) => {
    const error = formatError(() => migrate({ schemaVersion: version }));
    expect(error.field).toBe('schemaVersion');
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      'Tệp không ghi phiên bản cấu trúc của kế hoạch: đây không phải tệp của Kế hoạch Studio hoặc tệp đã bị sửa hỏng.',
    );
  });

  it('rejects a missing schemaVersion', () => {
    const error = formatError(() => migrate({ id: 'kh' }));
    expect(error.field).toBe('schemaVersion');
    expect(error.name).toBe('PlanFormatError');
    expect(error).toBeInstanceOf(Error);
  });
});
