/**
 * The renderer's CSP: only the app's own scripts (no eval, no inline script or style), nothing
 * fetched from elsewhere, no plugins; and the copy in index.html says the same as the header.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("runs only the app's own scripts, never eval or inline code", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*/u);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('reaches no other origin', () => {
    for (const [name, values] of policy) {
      for (const value of values) expect(`${name} ${value}`).toMatch(/ ('self'|'none'|data:|blob:)$/u);
    }
  });

  it('is the same in index.html, but for frame-ancestors (which a meta tag cannot carry)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? '';
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(directives(meta)).toEqual(expected);
  });
});
