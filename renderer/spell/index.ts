/** Spell checking in the editor: the hook, the leaf class, the menu. */
export { useSpellCheck, type SpellCheck } from './use-spell-check';
export { spellLeafClassName } from './spell-leaf';
export { SpellMenu, type SpellMenuProps } from './SpellMenu';
