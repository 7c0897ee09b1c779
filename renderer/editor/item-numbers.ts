/**
 * The computed numbers of one section's items ("1.", "2.1.", "a)"), worked out once per change of
 * the section's structure and read by each item element through a subscription, so an item
 * re-renders only when its own number changes (moving an item renumbers those after it at once).
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Descendant } from 'slate';
import { numberItems, type Block } from '../../shared/model';

export class ItemNumbers {
  private labels = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  constructor(blocks: readonly Descendant[]) {
    this.labels = ItemNumbers.compute(blocks);
  }

  private static compute(blocks: readonly Descendant[]): Map<string, string> {
    const labels = new Map<string, string>();
    for (const [id, number] of numberItems(blocks as readonly Block[])) labels.set(id, number.label);
    return labels;
  }

  update(blocks: readonly Descendant[]): void {
    const next = ItemNumbers.compute(blocks);
    const same = next.size === this.labels.size && [...next].every(([id, label]) => this.labels.get(id) === label);
    if (same) return;
    this.labels = next;
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  labelOf(id: string): string {
    return this.labels.get(id) ?? '';
  }
}

export const ItemNumbersContext = createContext<ItemNumbers | null>(null);

/** The label of item `id` in the current section ('' outside any editor or for a non-item). */
export function useItemLabel(id: string): string {
  const numbers = useContext(ItemNumbersContext);
  const read = useCallback(() => numbers?.labelOf(id) ?? '', [numbers, id]);
  const subscribe = useCallback((listener: () => void) => numbers?.subscribe(listener) ?? (() => undefined), [numbers]);
  return useSyncExternalStore(subscribe, read);
}
