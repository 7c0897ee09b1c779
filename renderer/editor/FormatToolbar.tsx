/**
 * The formatting toolbar of the body: marks, block kinds (paragraph, numbered item, letter point,
 * bullet), levels, heading items and cross-references, each with its shortcut in the tooltip. It
 * acts on the section editor that had the focus last.
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { Transforms } from 'slate';
import type { CrossRef } from '../../shared/model';
import { useActiveEditor } from './active-editor';
import { setBlockType, shiftLevel, toggleHeading, toggleMark, type MarkName, type NewBlockType } from './block-commands';
import { XrefPicker } from './XrefPicker';

const MARKS: readonly { mark: MarkName; name: string; keys: string; glyph: string }[] = [
  { mark: 'bold', name: 'In đậm', keys: 'Ctrl+B', glyph: 'Đ' },
  { mark: 'italic', name: 'In nghiêng', keys: 'Ctrl+I', glyph: 'N' },
  { mark: 'underline', name: 'Gạch chân', keys: 'Ctrl+U', glyph: 'G' },
];

const KINDS: readonly { type: NewBlockType; name: string; keys: string; glyph: string }[] = [
  { type: 'paragraph', name: 'Đoạn văn', keys: 'Ctrl+Shift+N', glyph: '¶' },
  { type: 'decimal', name: 'Mục đánh số', keys: 'Ctrl+Shift+7; hoặc gõ "1. " đầu đoạn', glyph: '1.' },
  { type: 'letter', name: 'Điểm a, b, c', keys: 'Ctrl+Shift+9; hoặc gõ "a) " đầu đoạn', glyph: 'a)' },
  { type: 'bullet', name: 'Gạch đầu dòng', keys: 'Ctrl+Shift+8; hoặc gõ "- " hay "+ " đầu đoạn', glyph: '–' },
];

/** Toolbar buttons keep the focus (and the selection) in the text. */
const keepFocus = (event: React.MouseEvent): void => {
  event.preventDefault();
};

export function FormatToolbar(): ReactNode {
  const active = useActiveEditor();
  const state = useSyncExternalStore(active.subscribe, active.getState);
  const [picking, setPicking] = useState(false);
  const handle = active.current;
  const disabled = handle === null;
  const kind = state.kind;
  const isKind = (type: NewBlockType): boolean =>
    kind !== null &&
    (type === 'paragraph'
      ? kind.type === 'paragraph'
      : type === 'bullet'
        ? kind.type === 'bullet'
        : kind.type === 'item' && kind.marker === type);
  const leveled = kind === null || kind.type !== 'paragraph';

  const openPicker = (): void => {
    active.savedSelection = handle?.editor.selection ?? null;
    setPicking(true);
  };
  const insertRef = (ref: CrossRef): void => {
    setPicking(false);
    const saved = active.savedSelection;
    active.current?.command((editor) => {
      if (saved !== null) Transforms.select(editor, saved);
      Transforms.insertNodes(editor, ref);
      Transforms.move(editor);
    });
  };

  return (
    <div className="format-toolbar" role="toolbar" aria-label="Định dạng văn bản">
      {MARKS.map(({ mark, name, keys, glyph }) => (
        <button
          key={mark}
          type="button"
          className={`format-button mark-${mark}`}
          aria-label={name}
          title={`${name} (${keys})`}
          aria-pressed={state[mark]}
          disabled={disabled}
          onMouseDown={keepFocus}
          onClick={() => {
            handle?.command((editor) => {
              toggleMark(editor, mark);
            });
          }}
        >
          {glyph}
        </button>
      ))}
      <span className="toolbar-separator" />
      {KINDS.map(({ type, name, keys, glyph }) => (
        <button
          key={type}
          type="button"
          className="format-button"
          aria-label={name}
          title={`${name} (${keys})`}
          aria-pressed={isKind(type)}
          disabled={disabled}
          onMouseDown={keepFocus}
          onClick={() => {
            handle?.command((editor) => {
              setBlockType(editor, type);
            });
          }}
        >
          {glyph}
        </button>
      ))}
      <button
        type="button"
        className="format-button"
        aria-label="Giảm mức"
        title="Giảm mức (Shift+Tab)"
        disabled={disabled || !leveled}
        onMouseDown={keepFocus}
        onClick={() => {
          handle?.command((editor) => {
            shiftLevel(editor, -1);
          });
        }}
      >
        ⇤
      </button>
      <button
        type="button"
        className="format-button"
        aria-label="Tăng mức"
        title="Tăng mức (Tab)"
        disabled={disabled || !leveled}
        onMouseDown={keepFocus}
        onClick={() => {
          handle?.command((editor) => {
            shiftLevel(editor, 1);
          });
        }}
      >
        ⇥
      </button>
      <button
        type="button"
        className="format-button"
        aria-label="Đề mục"
        title="Mục đánh số là đề mục (dòng riêng, in đậm)"
        aria-pressed={kind?.type === 'item' && kind.heading}
        disabled={disabled || kind?.type !== 'item'}
        onMouseDown={keepFocus}
        onClick={() => {
          handle?.command(toggleHeading);
        }}
      >
        Đề mục
      </button>
      <span className="toolbar-separator" />
      <button
        type="button"
        className="format-button"
        title="Chèn tham chiếu tới một phụ lục hoặc một điểm của phụ lục"
        disabled={disabled}
        onMouseDown={keepFocus}
        onClick={openPicker}
      >
        Chèn tham chiếu
      </button>
      {picking && (
        <XrefPicker
          onPick={insertRef}
          onClose={() => {
            setPicking(false);
            active.current?.command(() => undefined);
          }}
        />
      )}
    </div>
  );
}
