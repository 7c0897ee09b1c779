/**
 * Stretches of clipboard HTML between an opening pattern and the first closing one after it
 * (<tr …>…</tr>, <!--…-->), found in one pass. A lazy regular expression such as
 * /<tr[\s>][\s\S]*?<\/tr>/ finds the same, but where a closing tag is missing it searches again
 * from every later opening tag, which is quadratic in the length of a malformed paste.
 */
export interface HtmlSpan {
  /** The opening match, for its groups. */
  readonly open: RegExpExecArray;
  readonly start: number;
  /** After the closing match, or the end of the HTML when there is none. */
  readonly end: number;
  /** What lies between the opening and the closing match. */
  readonly inner: string;
  readonly closed: boolean;
}

type Closing = RegExp | ((open: RegExpExecArray) => RegExp);

function searching(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
}

/** Ends at the first opening without a closing: no later opening can have one either. */
export function* htmlSpans(html: string, open: RegExp, close: Closing): Generator<HtmlSpan> {
  const opener = searching(open);
  for (let m = opener.exec(html); m !== null; m = opener.exec(html)) {
    const from = m.index + m[0].length;
    const closer = searching(typeof close === 'function' ? close(m) : close);
    closer.lastIndex = from;
    const c = closer.exec(html);
    if (c === null) {
      yield { open: m, start: m.index, end: html.length, inner: html.slice(from), closed: false };
      return;
    }
    yield { open: m, start: m.index, end: c.index + c[0].length, inner: html.slice(from, c.index), closed: true };
    opener.lastIndex = c.index + c[0].length;
  }
}

/** The HTML without those stretches; an unclosed one runs to the end, as a browser reads <!-- or <style>. */
export function withoutHtmlSpans(html: string, open: RegExp, close: Closing): string {
  let kept = '';
  let from = 0;
  for (const span of htmlSpans(html, open, close)) {
    kept += html.slice(from, span.start);
    from = span.end;
  }
  return kept + html.slice(from);
}
