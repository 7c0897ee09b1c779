/**
 * A line of millions of one character (a 10 MB line of dots) runs V8 out of stack in the
 * recognizer's regular expressions, however linear: it is refused as not a plan, in Vietnamese,
 * never with a RangeError.
 */
import { describe, expect, it } from 'vitest';
import { ImportError, importText } from '../../../shared/import';

describe('overlong text', () => {
  it('refuses a 9-million-dot line with a Vietnamese message', () => {
    let error: unknown = null;
    try {
      importText(`KẾ HOẠCH\n${'.'.repeat(9_000_000)}`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('too-large');
    expect((error as ImportError).message).toMatch(/dài bất thường/u);
  });
});
