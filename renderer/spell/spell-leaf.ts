/**
 * The class of a leaf that a spelling decoration covers. Decorations add `misspelled` to leaves at
 * render time only; it is never stored, so the model's text type does not declare it.
 */
import './spell.css';

export function spellLeafClassName(leaf: object): string | undefined {
  return 'misspelled' in leaf && leaf.misspelled === true ? 'spell-misspelled' : undefined;
}
