import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../shared/markup';

describe('decodeEntities', () => {
  it('decodes the XML names, &nbsp; and numeric references in one pass', () => {
    expect(decodeEntities('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;')).toBe(`a <b> & "c" 'd'`);
    expect(decodeEntities('Ủy&nbsp;ban &#7911;y &#x1EE6;Y')).toBe('Ủy\u00a0ban ủy ỦY');
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('leaves unknown names and impossible code points as they are', () => {
    expect(decodeEntities('&bogus; &#x110000; & ;')).toBe('&bogus; &#x110000; & ;');
  });
});
