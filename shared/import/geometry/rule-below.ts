/**
 * A rule drawn under a line of text with nothing between them: what ends the trích yếu (the short
 * rule under it, FORMAT.md), however far below the text a renderer puts it. Word draws it as the
 * paragraph's bottom border, our PDF at the foot of a line-high box, a scan shows it wherever the
 * sheet was printed; the line it closes is the one just above it, wherever that is.
 */
import { isHorizontal, type Ruling } from './page-geometry';
import type { TextLine } from './text-lines';

const middle = (line: TextLine): number => (line.top + line.bottom) / 2;

/** Whether a horizontal rule runs under `line`, its middle within the line's span, with no other line between them. */
export function hasRuleBelow(line: TextLine, rules: readonly Ruling[], pageLines: readonly TextLine[]): boolean {
  return rules.some((rule) => {
    if (!isHorizontal(rule)) return false;
    const y = (rule.y1 + rule.y2) / 2;
    const centre = (rule.x1 + rule.x2) / 2;
    if (y <= middle(line) || centre < line.left || centre > line.right) return false;
    return !pageLines.some((other) => other !== line && middle(other) > middle(line) && middle(other) < y);
  });
}
