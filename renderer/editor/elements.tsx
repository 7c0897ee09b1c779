/**
 * How section text is drawn. Numbers and bullets are drawn by CSS from a data attribute, not put in
 * the DOM text: they cannot be typed into or selected, and no non-editable node sits before the
 * text where Chromium would interrupt an IME composition (slate#5736).
 */
import type { ReactNode } from 'react';
import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import { BROKEN_REFERENCE, type Block, type CrossRef } from '../../shared/model';
import { spellLeafClassName } from '../spell';
import { reviewLeafProps } from './review-marks';
import { useDocument } from '../state/use-document';
import { useItemLabel } from './item-numbers';
import { resolverFor } from './xref-targets';

type BlockProps = Omit<RenderElementProps, 'element'> & { readonly element: Block };
type XrefProps = Omit<RenderElementProps, 'element'> & { readonly element: CrossRef };

function ItemBlock({ attributes, children, element }: BlockProps): ReactNode {
  const label = useItemLabel(element.id);
  const level = element.type === 'paragraph' ? 0 : element.level;
  const heading = element.type === 'item' && element.heading;
  const className = `block block-${element.type} level-${level}${heading ? ' heading' : ''}${element.hint === true ? ' hint' : ''}`;
  return (
    <div
      {...attributes}
      className={className}
      data-label={label === '' ? undefined : label}
      title={element.hint === true ? 'Hướng dẫn của mẫu: hãy thay bằng nội dung' : undefined}
    >
      {children}
    </div>
  );
}

function XrefElement({ attributes, children, element }: XrefProps): ReactNode {
  const text = useDocument((s) => resolverFor(s.plan.appendices)(element));
  const broken = text === BROKEN_REFERENCE;
  return (
    <span
      {...attributes}
      contentEditable={false}
      className={`xref${broken ? ' broken' : ''}`}
      title={broken ? 'Tham chiếu hỏng: phụ lục hoặc điểm được trỏ tới đã bị xóa' : 'Tham chiếu (tự cập nhật khi đánh số lại)'}
      data-xref=""
    >
      {text}
      {children}
    </span>
  );
}

export function renderElement({ attributes, children, element }: RenderElementProps): React.JSX.Element {
  if (element.type === 'xref')
    return (
      <XrefElement attributes={attributes} element={element}>
        {children}
      </XrefElement>
    );
  return (
    <ItemBlock attributes={attributes} element={element}>
      {children}
    </ItemBlock>
  );
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps): React.JSX.Element {
  const review = reviewLeafProps(leaf);
  const className = [
    leaf.bold === true ? 'mark-bold' : '',
    leaf.italic === true ? 'mark-italic' : '',
    leaf.underline === true ? 'mark-underline' : '',
    spellLeafClassName(leaf) ?? '',
    review.className ?? '',
  ]
    .filter((c) => c !== '')
    .join(' ');
  return (
    <span {...attributes} {...review} className={className === '' ? undefined : className}>
      {children}
    </span>
  );
}

/** Off-screen chunks of a long section are not painted (content-visibility), as Slate advises. */
export function renderChunk({ attributes, lowest, children }: RenderChunkProps): React.JSX.Element {
  return (
    <div {...attributes} className={lowest ? 'text-chunk' : undefined}>
      {children}
    </div>
  );
}
