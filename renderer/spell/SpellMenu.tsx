/**
 * The menu over a misspelled word: suggestions, "Bỏ qua" (ignore for this session) and "Thêm vào từ
 * điển" (saved in preferences). Keyboard: arrows move, Enter chooses, Escape closes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { suggest, userWordStatus, withUserWord } from '../../shared/spell';
import { useAppInfo, useDocumentActions } from '../base/app-context';
import { ignoreWord } from './ignored-words';
import './spell.css';

export interface SpellMenuProps {
  readonly word: string;
  /** Where the right-click was, in viewport pixels. */
  readonly x: number;
  readonly y: number;
  /** The text around the word, whose words rank first among suggestions. */
  readonly context?: string;
  readonly onReplace: (replacement: string) => void;
  /** `returnFocus` is false when the user clicked elsewhere. */
  readonly onClose: (returnFocus: boolean) => void;
}

const ADD_TITLES = {
  addable: undefined,
  present: 'Từ này đã có trong từ điển',
  'too-long': 'Từ quá dài để thêm vào từ điển',
  full: 'Từ điển đã đầy',
} as const;

function moveFocus(menu: HTMLElement, step: 1 | -1): void {
  const items = Array.from(menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)'));
  const current = items.findIndex((item) => item === document.activeElement);
  items[(current + step + items.length) % items.length]?.focus();
}

export function SpellMenu({ word, x, y, context, onReplace, onClose }: SpellMenuProps): ReactNode {
  const { preferences } = useAppInfo();
  const actions = useDocumentActions();
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: x, top: y });
  const suggestions = useMemo(
    () => suggest(word, context === undefined ? { userWords: preferences.userWords } : { userWords: preferences.userWords, context }),
    [word, context, preferences.userWords],
  );
  const addStatus = userWordStatus(preferences.userWords, word);

  // Keep the menu inside the window, then put the keyboard in it.
  useLayoutEffect(() => {
    const element = menu.current;
    if (element === null) return;
    const { width, height } = element.getBoundingClientRect();
    setPosition({
      left: Math.max(0, Math.min(x, window.innerWidth - width - 4)),
      top: Math.max(0, Math.min(y, window.innerHeight - height - 4)),
    });
    element.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [x, y]);

  useEffect(() => {
    const dismiss = (event: Event): void => {
      if (!(event.target instanceof Node) || menu.current?.contains(event.target) !== true) onClose(false);
    };
    const blur = (): void => {
      onClose(false);
    };
    document.addEventListener('mousedown', dismiss, true);
    window.addEventListener('blur', blur);
    window.addEventListener('resize', blur);
    return () => {
      document.removeEventListener('mousedown', dismiss, true);
      window.removeEventListener('blur', blur);
      window.removeEventListener('resize', blur);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (menu.current !== null) moveFocus(menu.current, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      onClose(true);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const ignore = (): void => {
    ignoreWord(word);
    onClose(true);
  };
  const addToDictionary = (): void => {
    void actions.setPreferences({ ...preferences, userWords: [...withUserWord(preferences.userWords, word)] });
    onClose(true);
  };

  return createPortal(
    <div ref={menu} role="menu" aria-label={`Chính tả: ${word}`} className="spell-menu popup-menu" style={position} onKeyDown={onKeyDown}>
      {suggestions.length === 0 ? (
        <div className="spell-menu-empty">Không có gợi ý</div>
      ) : (
        suggestions.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            role="menuitem"
            className="spell-suggestion"
            onClick={() => {
              onReplace(suggestion);
            }}
          >
            {suggestion}
          </button>
        ))
      )}
      <div role="separator" className="spell-menu-separator" />
      <button type="button" role="menuitem" onClick={ignore}>
        Bỏ qua
      </button>
      <button type="button" role="menuitem" disabled={addStatus !== 'addable'} title={ADD_TITLES[addStatus]} onClick={addToDictionary}>
        Thêm vào từ điển
      </button>
    </div>,
    document.body,
  );
}
