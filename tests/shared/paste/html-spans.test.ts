import { describe, expect, it } from 'vitest';
import { htmlSpans, withoutHtmlSpans } from '../../../shared/paste/html-spans';

const inner = (html: string, open: RegExp, close: RegExp): string[] => [...htmlSpans(html, open, close)].map((s) => s.inner);

describe('htmlSpans', () => {
  it('finds each opening with the first closing after it, and the groups of the opening', () => {
    const html = '<tr class="a"><td>1</td><th colspan="2">2</th></tr><tr><td>3</td></tr>';
    expect(inner(html, /<tr[\s>]/i, /<\/tr>/i)).toEqual(['class="a"><td>1</td><th colspan="2">2</th>', '<td>3</td>']);
    const cells = [...htmlSpans(html, /<t([dh])(\s[^<>]*)?>/i, (open) => new RegExp(`</t${open[1] ?? ''}>`, 'i'))];
    expect(cells.map((c) => [c.open[1], c.open[2] ?? '', c.inner])).toEqual([
      ['d', '', '1'],
      ['h', ' colspan="2"', '2'],
      ['d', '', '3'],
    ]);
  });

  it('stops at an opening that is never closed, and says so', () => {
    const spans = [...htmlSpans('<tr>1</tr><tr>2<tr>3', /<tr>/, /<\/tr>/)];
    expect(spans.map((s) => [s.inner, s.closed])).toEqual([
      ['1', true],
      ['2<tr>3', false],
    ]);
  });

  it('is linear where a lazy pattern is quadratic: 100,000 openings without a closing', () => {
    const html = '<tr>'.repeat(100_000);
    expect([...htmlSpans(html, /<tr>/, /<\/tr>/)]).toHaveLength(1);
  });
});

describe('withoutHtmlSpans', () => {
  it('drops comments and style blocks, an unclosed one to the end as a browser reads it', () => {
    expect(withoutHtmlSpans('a<!-- x -->b<!--c-->d', /<!--/, /-->/)).toBe('abd');
    expect(withoutHtmlSpans('a<STYLE>p{}</style >b<style>c', /<style\b/i, /<\/style\s*>/i)).toBe('ab');
  });
});
