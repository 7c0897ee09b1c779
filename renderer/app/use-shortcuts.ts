/**
 * Keyboard shortcuts of the menus, handled in the page so they work the same in the app and in a
 * browser. (Electron's menu shows them without registering them, so nothing fires twice.)
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc';

export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  // F3 and Shift+F3 go through the results of the last search, as in Word.
  if (event.key.toUpperCase() === 'F3' && !event.ctrlKey && !event.metaKey && !event.altKey)
    return event.shiftKey ? 'findPrevious' : 'findNext';
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
  if (key === 'o' && !event.shiftKey) return 'open';
  if (key === 'n' && !event.shiftKey) return 'new';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  if (key === 'p' && !event.shiftKey) return 'print';
  if (key === 'f' && !event.shiftKey) return 'find';
  if (key === 'h' && !event.shiftKey) return 'replace';
  return null;
}

export function useShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event);
      if (command === null) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [run]);
}
