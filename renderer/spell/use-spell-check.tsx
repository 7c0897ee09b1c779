/**
 * Spell checking for one Slate editor: a `decorate` function that marks misspelled words (with the
 * user's words and the on/off preference), and the suggestions menu on right-click over one.
 * Checking is cached per paragraph text in shared/spell, so decorating on every render is cheap.
 */
import { useCallback, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { Editor, Transforms, type NodeEntry, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { findMisspellings } from '../../shared/spell';
import { useAppInfo } from '../base/app-context';
import { useIgnoredWords } from './ignored-words';
import { caretOf, misspellingAt, spellDecorations } from './spell-decorations';
import { SpellMenu } from './SpellMenu';

export interface SpellCheck {
  /** For `<Editable decorate>`. */
  readonly decorate: (entry: NodeEntry) => Range[];
  /** For `<Editable onContextMenu>`: opens the menu over a misspelled word, else lets the event be. */
  readonly onContextMenu: (event: MouseEvent<HTMLElement>) => void;
  /** The open menu, or null: render it anywhere inside `<Slate>` (it is portalled to the body). */
  readonly menu: ReactNode;
}

interface MenuTarget {
  readonly range: Range;
  readonly word: string;
  readonly x: number;
  readonly y: number;
}

function pointOfEvent(editor: Editor, event: MouseEvent<HTMLElement>): Range['anchor'] | null {
  try {
    return ReactEditor.findEventRange(editor, event).anchor;
  } catch {
    // Outside any text (padding, a void): no word there.
    return null;
  }
}

export function useSpellCheck(editor: Editor): SpellCheck {
  const { preferences } = useAppInfo();
  const ignored = useIgnoredWords();
  const enabled = preferences.spellCheck;
  const { userWords } = preferences;
  // A new array only when a list changes: the checker's caches are kept per list.
  const words = useMemo(() => (ignored.length === 0 ? userWords : [...userWords, ...ignored]), [userWords, ignored]);
  const check = useCallback((text: string) => findMisspellings(text, { userWords: words }), [words]);
  const [target, setTarget] = useState<MenuTarget | null>(null);

  const decorate = useCallback(
    (entry: NodeEntry): Range[] => (enabled ? spellDecorations(entry, check, caretOf(editor)) : []),
    [enabled, check, editor],
  );

  const onContextMenu = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (!enabled) return;
      const point = pointOfEvent(editor, event);
      const found = point === null ? null : misspellingAt(editor, point, check);
      if (found === null) return;
      event.preventDefault();
      setTarget({ ...found, x: event.clientX, y: event.clientY });
    },
    [enabled, editor, check],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      setTarget(null);
      if (returnFocus) ReactEditor.focus(editor);
    },
    [editor],
  );

  const replace = useCallback(
    (replacement: string) => {
      // The text may have changed under the open menu: replace only the word that was clicked.
      if (target !== null && Editor.string(editor, target.range) === target.word) {
        Transforms.select(editor, target.range);
        Transforms.insertText(editor, replacement);
      }
      close(true);
    },
    [editor, target, close],
  );

  const menu =
    target === null ? null : (
      <SpellMenu word={target.word} x={target.x} y={target.y} context={Editor.string(editor, [])} onReplace={replace} onClose={close} />
    );

  return { decorate, onContextMenu, menu };
}
