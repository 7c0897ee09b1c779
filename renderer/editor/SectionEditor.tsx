/**
 * The text of one section (or the preamble) in Slate. The editor's value is the section's blocks
 * themselves; edits are written back to the document store as one undo step per burst of typing,
 * and changes from outside (undo, redo) replace the editor's content.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { createEditor, type Descendant } from 'slate';
import { Editable, Slate, withReact, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import type { Block } from '../../shared/model';
import { emptyParagraph } from '../../shared/model/ops';
import { useDocument, useDocumentStore } from '../state/use-document';
import { blocksOf, withBlocks } from './section-blocks';
import './slate-types';
import { withUniqueIds } from './with-unique-ids';

function renderElement({ attributes, children, element }: RenderElementProps): React.JSX.Element {
  if (element.type === 'xref') return <span {...attributes}>{children}</span>;
  return <p {...attributes} className={`block block-${element.type}`}>{children}</p>;
}

function renderLeaf({ attributes, children, leaf }: RenderLeafProps): React.JSX.Element {
  let out = <>{children}</>;
  if (leaf.bold === true) out = <strong>{out}</strong>;
  if (leaf.italic === true) out = <em>{out}</em>;
  if (leaf.underline === true) out = <u>{out}</u>;
  return <span {...attributes}>{out}</span>;
}

export function SectionEditor({ containerId, label }: { containerId: string; label: string }): ReactNode {
  const store = useDocumentStore();
  const blocks = useDocument((s) => blocksOf(s.plan, containerId));
  const editor = useMemo(() => withUniqueIds(withReact(createEditor())), []);
  // Slate takes its value once; later changes arrive through the layout effect below.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = useMemo<Descendant[]>(() => (blocks !== undefined && blocks.length > 0 ? [...blocks] : [emptyParagraph(crypto.randomUUID())]), []);
  const emitted = useRef<readonly Block[] | undefined>(blocks);

  useLayoutEffect(() => {
    if (blocks === undefined || blocks === emitted.current) return;
    emitted.current = blocks;
    editor.children = blocks.length > 0 ? [...blocks] : [emptyParagraph(crypto.randomUUID())];
    editor.selection = null;
    editor.onChange();
  }, [blocks, editor]);

  const onChange = useCallback(
    (value: Descendant[]) => {
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      const next = value as Block[];
      emitted.current = next;
      store.edit((plan) => withBlocks(plan, containerId, next), { key: `text:${containerId}` });
    },
    [containerId, editor, store],
  );

  return (
    <Slate editor={editor} initialValue={initial} onChange={onChange}>
      <Editable className="section-editor" aria-label={label} renderElement={renderElement} renderLeaf={renderLeaf} spellCheck={false} />
    </Slate>
  );
}
