/**
 * The text of one section (or the preamble) in Slate. The editor's value is the section's blocks
 * themselves: each change is written to the document store as part of a typing step (with where
 * the caret was before and after, for undo), and changes from outside (undo, redo) replace the
 * editor's content and put the caret back where the change was.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Editor, Range, Transforms, type Descendant, type NodeEntry, type Operation } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { Block } from '../../shared/model';
import { emptyParagraph } from '../../shared/edit';
import type { DocumentStore } from '../state/document-store';
import type { Focus } from '../state/focus';
import { useDocumentStore } from '../state/use-document';
import { useSpellCheck } from '../spell';
import { useActiveEditor, type EditorHandle } from './active-editor';
import { createSectionEditor } from './create-section-editor';
import { handleEditorKey, type KeyActions } from './editor-keys';
import { ImeRecommitGuard } from './ime-recommit';
import { renderChunk, renderElement, renderLeaf } from './elements';
import { ItemNumbers, ItemNumbersContext } from './item-numbers';
import { reviewDecorations, useReviewMarks } from './review-marks';
import { blocksOf, withBlocks } from './section-blocks';
import './slate-types';
import { takeTypedBeforeList } from './with-lists';
import './editor.css';

/** The focus requests already served, per store: a request is served once, by one editor. */
const servedRequests = new WeakMap<DocumentStore, number>();

const valueOf = (blocks: readonly Block[] | undefined): Descendant[] =>
  blocks !== undefined && blocks.length > 0 ? [...blocks] : [emptyParagraph(crypto.randomUUID())];

/** Operations that can change which blocks exist or their kind, and so the numbering. */
const changesStructure = (op: Operation): boolean => op.type !== 'insert_text' && op.type !== 'remove_text' && op.type !== 'set_selection';

/** A selection that still points into the editor's content, or null. */
function validSelection(editor: Editor, range: Range | null): Range | null {
  if (range === null) return null;
  const ok = [range.anchor, range.focus].every((point) => {
    if (!Editor.hasPath(editor, point.path)) return false;
    const node = Editor.node(editor, point.path)[0];
    return 'text' in node && point.offset <= node.text.length;
  });
  return ok ? range : null;
}

export function SectionEditor({ containerId, label }: { containerId: string; label: string }): ReactNode {
  const store = useDocumentStore();
  const active = useActiveEditor();
  const [editor] = useState(createSectionEditor);
  const [initial] = useState(() => valueOf(blocksOf(store.getState().plan, containerId)));
  const numbers = useMemo(() => new ItemNumbers(initial), [initial]);
  const spell = useSpellCheck(editor);
  const reviewMarks = useReviewMarks();
  const spellDecorate = spell.decorate;
  const decorate = useCallback(
    (entry: NodeEntry): Range[] => {
      const review = reviewDecorations(entry, reviewMarks);
      return review.length === 0 ? spellDecorate(entry) : [...spellDecorate(entry), ...review];
    },
    [spellDecorate, reviewMarks],
  );
  /** The blocks this editor last wrote to the store (or was given): anything else is from outside. */
  const emitted = useRef(blocksOf(store.getState().plan, containerId));
  const selectionBefore = useRef<Range | null>(null);
  /** The next change is a command of its own: it gets an undo step of its own. */
  const ownStep = useRef(false);

  const focusText = useCallback(
    (range: Range | null, scroll: boolean) => {
      const selection = validSelection(editor, range) ?? Editor.range(editor, Editor.end(editor, []));
      editor.selection = selection;
      requestAnimationFrame(() => {
        ReactEditor.focus(editor);
        if (!scroll) return;
        const dom = ReactEditor.toDOMRange(editor, selection);
        (dom.startContainer instanceof Element ? dom.startContainer : dom.startContainer.parentElement)?.scrollIntoView({
          block: 'center',
        });
      });
    },
    [editor],
  );

  // Undo, redo and any other change from outside replace the text; a focus request for this
  // section puts the caret where the undone change was and scrolls it into view.
  useLayoutEffect(() => {
    const sync = (): void => {
      const state = store.getState();
      const blocks = blocksOf(state.plan, containerId);
      if (blocks !== undefined && blocks !== emitted.current) {
        emitted.current = blocks;
        editor.children = valueOf(blocks);
        editor.selection = validSelection(editor, editor.selection);
        numbers.update(editor.children);
        editor.onChange();
      }
      const request = state.focusRequest;
      if (request === null || request.serial <= (servedRequests.get(store) ?? 0)) return;
      if (request.focus.kind !== 'text' || request.focus.containerId !== containerId) return;
      servedRequests.set(store, request.serial);
      focusText(request.focus.selection, true);
    };
    sync();
    return store.subscribe(sync);
  }, [containerId, editor, focusText, numbers, store]);

  /** The caret the user sees, given to Slate (which reads caret moves later, from events). */
  const readCaret = useCallback(() => {
    const dom = ReactEditor.isFocused(editor) ? window.getSelection() : null;
    const seen =
      dom === null || dom.rangeCount === 0 ? null : ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
    if (seen !== null && (editor.selection === null || !Range.equals(seen, editor.selection))) Transforms.select(editor, seen);
  }, [editor]);

  const command = useCallback(
    (run: (e: Editor) => void) => {
      ownStep.current = true;
      store.sealStep();
      // A toolbar button or shortcut right after a caret move acts where the user sees the caret.
      readCaret();
      if (editor.selection === null) editor.selection = validSelection(editor, selectionBefore.current);
      // Focus before the change: Slate defers focusing an editor with pending operations to a
      // timer, and keys typed right after picking in a dialog would meanwhile land nowhere.
      ReactEditor.focus(editor);
      run(editor);
    },
    [editor, readCaret, store],
  );
  const handle = useMemo<EditorHandle>(() => ({ editor, containerId, command }), [editor, containerId, command]);
  useEffect(
    () => () => {
      active.release(editor);
    },
    [active, editor],
  );

  const onChange = useCallback(
    (value: Descendant[]) => {
      const ops = editor.operations;
      if (ops.some((op) => op.type !== 'set_selection')) {
        if (ops.some(changesStructure)) numbers.update(value);
        const at = (selection: Range | null): Focus => ({ kind: 'text', containerId, selection });
        // What this editor writes is marked as its own before the store tells its listeners.
        const emit = (blocks: Block[], focusBefore: Focus, focusAfter: Focus): void => {
          emitted.current = blocks;
          store.edit((plan) => withBlocks(plan, containerId, blocks), { key: `text:${containerId}`, focusBefore, focusAfter });
        };
        let focusBefore = at(selectionBefore.current);
        // "- " or "1. " typed at the start of a paragraph: the typing, then the list as its own step.
        const typed = takeTypedBeforeList(editor);
        if (typed !== undefined) {
          emit(typed.children as Block[], focusBefore, at(typed.selection));
          focusBefore = at(typed.selection);
          ownStep.current = true;
        }
        if (ownStep.current) store.sealStep();
        emit(value as Block[], focusBefore, at(editor.selection));
        if (ownStep.current) store.sealStep();
        ownStep.current = false;
      }
      selectionBefore.current = editor.selection;
      active.refresh(editor);
    },
    [active, containerId, editor, numbers, store],
  );

  const keys = useMemo<KeyActions>(
    () => ({
      undo: () => {
        store.undo();
      },
      redo: () => {
        store.redo();
      },
      command,
      sealStep: () => {
        store.sealStep();
      },
      readCaret,
    }),
    [command, readCaret, store],
  );

  const [recommit] = useState(() => new ImeRecommitGuard());
  const onDOMBeforeInput = useCallback(
    (event: InputEvent): boolean => {
      if (recommit.isRecommit(event)) {
        event.preventDefault();
        return true;
      }
      // The browser's own undo (Edit menu, a gesture) would rewrite the DOM behind Slate's back.
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return false;
      event.preventDefault();
      if (event.inputType === 'historyUndo') store.undo();
      else store.redo();
      return true;
    },
    [recommit, store],
  );

  return (
    <ItemNumbersContext.Provider value={numbers}>
      <Slate editor={editor} initialValue={initial} onChange={onChange}>
        <Editable
          className="section-editor"
          aria-label={label}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          renderChunk={renderChunk}
          spellCheck={false}
          decorate={decorate}
          onContextMenu={spell.onContextMenu}
          onFocus={() => {
            active.activate(handle);
          }}
          onMouseDown={() => {
            store.sealStep();
          }}
          onKeyDown={(event) => {
            recommit.onKeyDown();
            return handleEditorKey(event, editor, keys);
          }}
          onCompositionEnd={(event) => {
            recommit.onCompositionEnd(event.data);
            return false;
          }}
          onDOMBeforeInput={onDOMBeforeInput}
          onPaste={(event) => {
            // Chromium's paste otherwise arrives as a beforeinput that Slate reads; reading the
            // clipboard event itself gives the same data and works for every kind of paste, at the
            // caret the user sees (a Ctrl+End just before may not have reached Slate yet).
            event.preventDefault();
            readCaret();
            ReactEditor.insertData(editor, event.clipboardData);
            return true;
          }}
        />
        {spell.menu}
      </Slate>
    </ItemNumbersContext.Provider>
  );
}
