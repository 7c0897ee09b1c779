/**
 * A few lines of the printed document, drawn from the same layout blocks the DOCX and PDF are made
 * from (shared/render/layout), with the paragraph styles of the plan's profile: what the user sees
 * here is what will print. Only what the panel previews is drawn: paragraphs, short rules and the
 * borderless tables of the signature block and the nơi nhận braces.
 */
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { FormatProfile } from '../../shared/format';
import { buildStyles, type LayoutBlock, type LayoutParagraph, type ParagraphStyle } from '../../shared/render/layout';

type StyleMap = ReadonlyMap<string, ParagraphStyle>;

/** The preview's text is about 0.7 of the printed size; rules are drawn to the same scale. */
const SCALE = 0.7;

function paragraphStyle(block: LayoutParagraph, styles: StyleMap): CSSProperties {
  const style = styles.get(block.style);
  const align = block.align ?? style?.align ?? 'left';
  return {
    fontWeight: style?.bold === true ? 'bold' : 'normal',
    fontStyle: style?.italic === true ? 'italic' : 'normal',
    textDecoration: style?.underline === true ? 'underline' : 'none',
    textAlign: align === 'justify' ? 'left' : align,
  };
}

function Block({ block, styles }: { readonly block: LayoutBlock; readonly styles: StyleMap }): ReactNode {
  if (block.kind === 'rule') return <div className="pp-rule" style={{ width: `${(block.widthMm * SCALE).toFixed(1)}mm` }} />;
  if (block.kind === 'paragraph') {
    const text = block.runs.map((run) => run.text).join('');
    return (
      <div className="pp-line" style={paragraphStyle(block, styles)}>
        {text === '' ? ' ' : text}
      </div>
    );
  }
  return (
    <div className={`pp-table pp-table-${block.role}`}>
      {block.rows.map((row, r) => (
        <div key={r} className="pp-table-row">
          {row.cells.map((cell, c) => (
            <div key={c} className={cell.rightBorder === true ? 'pp-table-cell pp-brace' : 'pp-table-cell'}>
              {cell.blocks.map((inner, i) => (
                <Block key={i} block={inner} styles={styles} />
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

export function LayoutPreview({
  blocks,
  profile,
  label,
}: {
  readonly blocks: readonly LayoutBlock[];
  readonly profile: FormatProfile;
  readonly label: string;
}): ReactNode {
  const styles = useMemo(() => new Map(buildStyles(profile).map((style) => [style.id, style])), [profile]);
  return (
    <div className="pp-preview pp-doc" role="group" aria-label={label}>
      {blocks.map((block, i) => (
        <Block key={i} block={block} styles={styles} />
      ))}
    </div>
  );
}
